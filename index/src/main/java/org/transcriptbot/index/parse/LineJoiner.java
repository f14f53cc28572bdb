package org.transcriptbot.index.parse;

import java.util.ArrayList;
import java.util.List;
import org.transcriptbot.index.model.Anomaly;
import org.transcriptbot.index.parse.LineReader.Fragment;
import org.transcriptbot.index.text.Chinese;

/**
 * Repairs lines broken mid-sentence: a fragment that does not end a sentence is joined with the
 * unlabelled fragments after it until a sentence ends (Chinese fragments directly, English ones
 * with a space). The header (before the first label) is kept line by line.
 */
final class LineJoiner {
    /**
     * A paragraph after joining: its text, source lines, the label that opened it (null: a
     * continuation) and whether it is text of another place pasted here (a splice; it is read where
     * it belongs, not here).
     */
    record Para(String text, int first, int last, SpeakerLabel label, boolean pasted) {}

    private LineJoiner() {}

    static List<Para> join(
            List<Fragment> fragments,
            SpliceDetector splices,
            List<Anomaly> anomalies,
            boolean hasSpeakers) {
        List<Para> out = new ArrayList<>();
        boolean inHeader = hasSpeakers;
        int i = 0;
        boolean pasted = false;
        while (i < fragments.size()) {
            Fragment f = fragments.get(i);
            inHeader &= f.label() == null;
            StringBuilder text = new StringBuilder(f.text());
            int last = f.line();
            int j = i + 1;
            String firstBreak = null;
            boolean spliced = false;
            while (!inHeader
                    && j < fragments.size()
                    && fragments.get(j).label() == null
                    && !endsSentence(text)) {
                Fragment next = fragments.get(j);
                if (text.length() > 0 && splices.isSplice(text, j)) {
                    anomalies.add(splice(text, last, next));
                    spliced = true;
                    break;
                }
                if (text.length() > 0 && firstBreak == null) {
                    firstBreak = "\"…" + tail(text, 8) + "\" + \"" + head(next, 8) + "…\"";
                }
                text.append(joiner(text, next.text())).append(next.text());
                last = next.line();
                j++;
            }
            if (firstBreak != null) {
                int joined = j - i - (f.text().isEmpty() ? 1 : 0);
                anomalies.add(brokenLines(f.line(), last, joined, firstBreak));
            }
            out.add(new Para(text.toString(), f.line(), last, f.label(), pasted));
            pasted = spliced;
            i = j;
        }
        return out;
    }

    private static Anomaly splice(CharSequence text, int last, Fragment next) {
        return new Anomaly(
                Anomaly.Kind.SPLICE,
                last,
                next.line(),
                "the sentence \"…"
                        + tail(text, 12)
                        + "\" breaks off and goes on with text of another place: \""
                        + head(next, 16)
                        + "…\"");
    }

    private static Anomaly brokenLines(int first, int last, int joined, String firstBreak) {
        return new Anomaly(
                Anomaly.Kind.BROKEN_LINE_JOIN,
                first,
                last,
                joined
                        + " fragments broken mid-sentence joined into one paragraph (first break: "
                        + firstBreak
                        + ")");
    }

    private static String head(Fragment f, int n) {
        return f.text().substring(0, Math.min(n, f.text().length()));
    }

    /**
     * A sentence ends with Chinese or English end punctuation (closing quotes and brackets set
     * aside) or a colon.
     */
    static boolean endsSentence(CharSequence text) {
        String s = text.toString();
        if (Chinese.endsSentence(s)) {
            return true;
        }
        int i = s.length() - 1;
        while (i >= 0 && "”’」』）)】\"'".indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && s.charAt(i) == '.';
    }

    /**
     * A space between two pieces of Latin-script text broken across lines, nothing between Chinese
     * fragments.
     */
    static String joiner(CharSequence left, String right) {
        if (left.length() == 0 || right.isEmpty()) {
            return "";
        }
        char a = left.charAt(left.length() - 1);
        char b = right.charAt(0);
        return a < 0x2E80 && b < 0x2E80 && "([{\"'-".indexOf(a) < 0 ? " " : "";
    }

    static String tail(CharSequence s, int n) {
        return s.subSequence(Math.max(0, s.length() - n), s.length()).toString();
    }
}
