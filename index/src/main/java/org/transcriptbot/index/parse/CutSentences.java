package org.transcriptbot.index.parse;

/**
 * The marks a cut leaves in a text, read apart from its words: a paragraph that stops inside a
 * clause (cut off where text was pasted), and an English run that starts in lower case after a
 * finished sentence (a sentence's second half pasted after another's end).
 */
final class CutSentences {
    private CutSentences() {}

    /**
     * True when the paragraph stops inside a clause (no punctuation at all): it was cut off where
     * other text was pasted, and the words before the cut may be the pasted ones.
     */
    static boolean cutMidClause(String paragraph) {
        String s = paragraph.strip();
        return !s.isEmpty() && Character.isLetterOrDigit(s.codePointBefore(s.length()));
    }

    /**
     * True when the text from {@code start} on opens in lower case right after a finished English
     * sentence (a word, not an abbreviation such as "U.S.", before its full stop).
     */
    static boolean opensMidSentence(String paragraph, int start) {
        String run = paragraph.substring(start).strip();
        String before = paragraph.substring(0, start).strip();
        return !run.isEmpty()
                && Character.isLowerCase(run.charAt(0))
                && run.charAt(0) < 0x250
                && endsWordSentence(before, before.length());
    }

    /**
     * True when the text's first n characters end with two lower-case letters and a full stop, "!"
     * or "?" (what the pattern {@code (?s).*\p{Ll}{2}[.!?]} matches, without compiling it for every
     * clause).
     */
    private static boolean endsWordSentence(String s, int n) {
        if (n < 3 || ".!?".indexOf(s.charAt(n - 1)) < 0) {
            return false;
        }
        int second = s.codePointBefore(n - 1);
        int at = n - 1 - Character.charCount(second);
        return at > 0
                && Character.getType(second) == Character.LOWERCASE_LETTER
                && Character.getType(s.codePointBefore(at)) == Character.LOWERCASE_LETTER;
    }

    /**
     * True when the text may hold a place where opensMidSentence holds: two lower-case letters and
     * a full stop, "!" or "?", then (after white space) a lower-case Latin letter. A cheap test
     * before the clauses and terms of a whole transcript are worked out.
     */
    static boolean mayOpenMidSentence(String text) {
        for (int i = text.length() - 2; i >= 2; i--) {
            if (".!?".indexOf(text.charAt(i)) < 0 || !endsWordSentence(text, i + 1)) {
                continue;
            }
            int j = i + 1;
            while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            if (j < text.length()
                    && Character.isLowerCase(text.charAt(j))
                    && text.charAt(j) < 0x250) {
                return true;
            }
        }
        return false;
    }
}
