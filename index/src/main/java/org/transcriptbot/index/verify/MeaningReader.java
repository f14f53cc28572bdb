package org.transcriptbot.index.verify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the changes of meaning between the transcript's wording and a quote that is close to it:
 * negations dropped or added, numbers or units changed, words swapped for their opposites. Both
 * sides are compared as wholes (the quote is aligned with the wording, so what one has more of the
 * other lost); no library does this for Chinese and English together, so the word lists are here,
 * kept to grammar words (opposites: {@link Opposites}).
 */
final class MeaningReader {
    /** Chinese negations; compounds whose negation character does not negate are removed first. */
    private static final Pattern ZH_NEGATION = Pattern.compile("没有|没|不|无|非|未|别|勿|莫|否");

    private static final Pattern ZH_NOT_NEGATING =
            Pattern.compile("不仅|不但|不断|不论|无论|不管|非常|除非|不过|莫非|无比|无数|不久|并非?|未来|别人|别的|特别|区别|分别|告别|否则");
    private static final Pattern EN_NEGATION =
            Pattern.compile(
                    "(?i)\\b(?:not|no|never|none|nor|neither|nobody|nothing|nowhere|cannot)\\b|n['’]t\\b");

    /** A multiplier standing alone ("万人") is not a number of its own. */
    private static final String MULTIPLIERS = "十百千万亿";

    /** A currency after a number belongs to it: "8000亿美元" is not "8000亿欧元". */
    private static final String CURRENCY = "(?:美元|欧元|日元|英镑|卢布|人民币|元)?";

    private static final Pattern NUMBER =
            Pattern.compile(
                    "[$€£¥]?\\d[\\d,.]*\\s*(?:%|％|percent|per cent|thousand|million|billion|trillion|[万亿千百])?"
                            + CURRENCY
                            + "|[零〇一二两三四五六七八九十百千万亿]+(?=[个名位次年月日天倍项条家国人种届场轮点批例份座周岁成多])"
                            + CURRENCY
                            + "|(?i)\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
                            + "|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million"
                            + "|billion|half|double|twice|dozen)\\b");

    private MeaningReader() {}

    /** The changes of meaning from the transcript's wording to the quote, negations first. */
    static List<MeaningChange> changes(String wording, String quote) {
        List<MeaningChange> out = new ArrayList<>();
        negations(wording, quote, out);
        numbers(wording, quote, out);
        Opposites.changes(wording, quote, out);
        return out;
    }

    private static void negations(String wording, String quote, List<MeaningChange> out) {
        List<String> said = negationsIn(wording);
        List<String> quoted = negationsIn(quote);
        List<String> dropped = minus(said, quoted);
        List<String> added = minus(quoted, said);
        if (!dropped.isEmpty()) {
            out.add(
                    new MeaningChange(
                            MeaningChange.Kind.NEGATION_DROPPED, String.join("、", dropped), ""));
        }
        if (!added.isEmpty()) {
            out.add(
                    new MeaningChange(
                            MeaningChange.Kind.NEGATION_ADDED, "", String.join("、", added)));
        }
    }

    private static List<String> negationsIn(String text) {
        String plain = ZH_NOT_NEGATING.matcher(text).replaceAll("_");
        List<String> out = all(ZH_NEGATION.matcher(plain));
        for (String n : all(EN_NEGATION.matcher(plain))) {
            String word = n.toLowerCase(Locale.ROOT).replace('’', '\'');
            out.add(
                    word.equals("n't") || word.equals("cannot")
                            ? "not"
                            : word); // "don't" is "do not"
        }
        return out;
    }

    private static void numbers(String wording, String quote, List<MeaningChange> out) {
        List<String> said = minus(numbersIn(wording), numbersIn(quote));
        List<String> quoted = minus(numbersIn(quote), numbersIn(wording));
        for (int i = 0; i < Math.max(said.size(), quoted.size()); i++) {
            out.add(
                    new MeaningChange(
                            MeaningChange.Kind.NUMBER,
                            i < said.size() ? said.get(i) : "",
                            i < quoted.size() ? quoted.get(i) : ""));
        }
    }

    private static List<String> numbersIn(String text) {
        List<String> out = new ArrayList<>();
        for (String n : all(NUMBER.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)))) {
            String t = n.strip().replaceAll("[,.]$", "").toLowerCase(Locale.ROOT);
            if (!t.isEmpty() && !(t.length() == 1 && MULTIPLIERS.indexOf(t.charAt(0)) >= 0)) {
                out.add(t);
            }
        }
        return out;
    }

    private static List<String> all(Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The items of a not also in b (as multisets, in a's order). */
    private static List<String> minus(List<String> a, List<String> b) {
        List<String> rest = new ArrayList<>(b);
        List<String> out = new ArrayList<>();
        for (String s : a) {
            if (!rest.remove(s)) {
                out.add(s);
            }
        }
        return out;
    }
}
