package org.transcriptbot.index.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The synonym file's English-to-Chinese rules read the other way: {@code money, funding => 资金} also
 * gives {@code 资金 => money, funding}, so a Chinese question reaches an English transcript through
 * the same lexicon that takes English questions to Chinese ones. English forms of two letters or
 * less (us, un, eu) are left out of the reverse rules: in English text they are mostly other words
 * (the pronoun us), and so are Chinese forms of one character (核, 岛: a character of many words).
 */
final class ReverseLexicon {
    private static final int SHORTEST = 3;

    private ReverseLexicon() {}

    /** The reverse rules of every one-way rule from English words to Chinese words. */
    static String of(String rules) {
        StringBuilder out = new StringBuilder();
        for (String line : rules.lines().map(String::strip).toList()) {
            int arrow = line.indexOf("=>");
            if (line.startsWith("#") || arrow < 0) {
                continue;
            }
            List<String> from = forms(line.substring(0, arrow));
            List<String> to = forms(line.substring(arrow + 2));
            if (from.isEmpty()
                    || to.isEmpty()
                    || !from.stream().allMatch(ReverseLexicon::latin)
                    || !to.stream().allMatch(ReverseLexicon::han)) {
                continue;
            }
            List<String> english = new ArrayList<>();
            for (String f : from) {
                if (f.replace(" ", "").length() >= SHORTEST) {
                    english.add(f);
                }
            }
            List<String> chinese = to.stream().filter(t -> t.length() > 1).toList();
            if (!english.isEmpty() && !chinese.isEmpty()) {
                out.append(String.join(", ", chinese))
                        .append(" => ")
                        .append(String.join(", ", english))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static List<String> forms(String side) {
        return Arrays.stream(side.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean latin(String s) {
        return s.codePoints().allMatch(c -> c < 0x2E80);
    }

    private static boolean han(String s) {
        return s.codePoints()
                .allMatch(
                        c ->
                                Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                                        || c == ' ');
    }
}
