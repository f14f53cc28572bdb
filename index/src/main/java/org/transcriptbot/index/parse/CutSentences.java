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
        String before = paragraph.substring(0, start).strip();
        String run = paragraph.substring(start).strip();
        return before.matches("(?s).*\\p{Ll}{2}[.!?]")
                && !run.isEmpty()
                && Character.isLowerCase(run.charAt(0))
                && run.charAt(0) < 0x250;
    }
}
