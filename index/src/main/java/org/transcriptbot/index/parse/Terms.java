package org.transcriptbot.index.parse;

import java.util.HashMap;
import java.util.Map;
import org.transcriptbot.index.text.Chinese;

/**
 * The terms compared to tell which turn a piece of text belongs to: pairs of adjacent Chinese
 * characters (folded to Simplified; none across a function character), Latin words of three letters
 * or more (lower-cased, a plural s dropped) and numbers of two digits or more, each with its count.
 * Written here rather than taken from Lucene's analysers: the parser counts terms of every clause
 * of a transcript, and a token stream per clause would cost more than this loop.
 */
final class Terms {
    /**
     * Chinese function characters (particles, prepositions, pronouns): a pair across one of them
     * ("的中" in "…的中国") is not a word, and two answers sharing it say nothing.
     */
    private static final String FUNCTION_CHARACTERS = "的了是在和与也都就而及之其这那有为对将把被从向等着个";

    private Terms() {}

    /** Adds the terms of text to counts and returns counts. */
    static Map<String, Integer> count(CharSequence text, Map<String, Integer> counts) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = i + 1;
            if (Character.isIdeographic(c)) {
                while (end < text.length() && Character.isIdeographic(text.charAt(end))) {
                    char a = Chinese.simplified(text.charAt(end - 1));
                    char b = Chinese.simplified(text.charAt(end));
                    if (FUNCTION_CHARACTERS.indexOf(a) < 0 && FUNCTION_CHARACTERS.indexOf(b) < 0) {
                        counts.merge("" + a + b, 1, Integer::sum);
                    }
                    end++;
                }
            } else if (isLatin(c) || Character.isDigit(c)) {
                while (end < text.length()
                        && (isLatin(text.charAt(end)) || Character.isDigit(text.charAt(end)))) {
                    end++;
                }
                word(text.subSequence(i, end).toString(), counts);
            }
            i = end;
        }
        return counts;
    }

    static Map<String, Integer> of(CharSequence text) {
        return count(text, new HashMap<>());
    }

    private static void word(String w, Map<String, Integer> counts) {
        boolean number = Character.isDigit(w.charAt(0));
        if (w.length() < (number ? 2 : 3)) {
            return;
        }
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        if (!number && lower.length() > 4 && lower.endsWith("s") && !lower.endsWith("ss")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        counts.merge(lower, 1, Integer::sum);
    }

    private static boolean isLatin(char c) {
        return c < 0x250 && Character.isLetter(c);
    }
}
