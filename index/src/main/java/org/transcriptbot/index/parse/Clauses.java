package org.transcriptbot.index.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A paragraph cut into clauses: each ends after a comma, a semicolon, a colon or a sentence end
 * (closing quotes and brackets kept with it), the smallest pieces a pasted fragment is looked for
 * in.
 */
final class Clauses {
    private static final String CLAUSE_END = "，。；！？…：,;!?:";
    private static final String CLOSING = "”’」』）)】\"'";

    /**
     * One clause: its offsets in the paragraph, its terms and its letters and digits (both worked
     * out when first asked: most clauses of a transcript are only looked at for where they start).
     */
    static final class Clause {
        private final String paragraph;
        private final int start;
        private final int end;
        private Map<String, Integer> terms;
        private int keyLength = -1;

        Clause(String paragraph, int start, int end) {
            this.paragraph = paragraph;
            this.start = start;
            this.end = end;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        Map<String, Integer> terms() {
            if (terms == null) {
                terms = Terms.of(paragraph.substring(start, end));
            }
            return terms;
        }

        int keyLength() {
            if (keyLength < 0) {
                keyLength =
                        (int)
                                paragraph
                                        .substring(start, end)
                                        .codePoints()
                                        .filter(Character::isLetterOrDigit)
                                        .count();
            }
            return keyLength;
        }
    }

    private Clauses() {}

    static List<Clause> of(String text) {
        List<Clause> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (endsClause(text, i)) {
                int end = i + 1;
                while (end < text.length() && CLOSING.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                out.add(clause(text, start, end));
                start = end;
                i = end - 1;
            }
        }
        if (start < text.length()) {
            out.add(clause(text, start, text.length()));
        }
        return out;
    }

    private static boolean endsClause(String text, int i) {
        char c = text.charAt(i);
        boolean digitBefore = i > 0 && Character.isDigit(text.charAt(i - 1));
        boolean digitAfter = i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
        if (c == '.') {
            return i + 1 == text.length()
                    || Character.isWhitespace(text.charAt(i + 1)) && !digitBefore;
        }
        return CLAUSE_END.indexOf(c) >= 0 && !(digitBefore && digitAfter); // not "1,000"/"10:30"
    }

    private static Clause clause(String text, int start, int end) {
        return new Clause(text, start, end);
    }
}
