package org.transcriptbot.index.verify;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Words swapped for their opposites between the transcript's wording and a quote ("增加" quoted as
 * "减少"): a change of meaning of its own. The list is kept to common opposites of Chinese and
 * English, since no library offers one for both.
 */
final class Opposites {
    /** Common opposites (either direction). */
    private static final String[][] OPPOSITES = {
        {"增加", "减少"},
        {"增长", "下降"},
        {"上升", "下降"},
        {"扩大", "缩小"},
        {"提高", "降低"},
        {"支持", "反对"},
        {"赞成", "反对"},
        {"接受", "拒绝"},
        {"正确", "错误"},
        {"成功", "失败"},
        {"合作", "对抗"},
        {"和平", "战争"},
        {"开放", "封闭"},
        {"积极", "消极"},
        {"有利", "不利"},
        {"加强", "削弱"},
        {"团结", "分裂"},
        {"必须", "不必"},
        {"高于", "低于"},
        {"多于", "少于"},
        {"最大", "最小"},
        {"同意", "拒绝"},
        {"友好", "敌对"},
        {"安全", "危险"},
        {"increase", "decrease"},
        {"rise", "fall"},
        {"more", "less"},
        {"higher", "lower"},
        {"support", "oppose"},
        {"accept", "reject"},
        {"success", "failure"},
        {"win", "lose"},
        {"open", "closed"},
        {"strong", "weak"},
        {"always", "never"},
        {"agree", "disagree"},
        {"legal", "illegal"},
        {"accurate", "inaccurate"},
        {"possible", "impossible"},
        {"likely", "unlikely"},
        {"before", "after"},
        {"up", "down"},
        {"best", "worst"},
    };

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    private Opposites() {}

    /** Adds an OPPOSITE change for each word the wording has more of and its opposite less. */
    static void changes(String wording, String quote, List<MeaningChange> out) {
        Map<String, Integer> said = words(wording);
        Map<String, Integer> quoted = words(quote);
        for (String[] pair : OPPOSITES) {
            for (int side = 0; side < 2; side++) {
                String was = pair[side];
                String now = pair[1 - side];
                if (count(wording, said, was) > count(quote, quoted, was)
                        && count(quote, quoted, now) > count(wording, said, now)) {
                    out.add(new MeaningChange(MeaningChange.Kind.OPPOSITE, was, now));
                }
            }
        }
    }

    /** How often each English word (lower case) stands in a text. */
    private static Map<String, Integer> words(String text) {
        Map<String, Integer> out = new HashMap<>();
        for (String w : NON_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
            out.merge(w, 1, Integer::sum);
        }
        return out;
    }

    /** Occurrences of a word: whole English words, Chinese words anywhere. */
    private static int count(String text, Map<String, Integer> words, String word) {
        if (word.charAt(0) < 0x80) {
            return words.getOrDefault(word, 0);
        }
        int n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            n++;
        }
        return n;
    }
}
