package org.transcriptbot.index.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other language's form of the large numbers in a question: "800 billion" is 8000亿 in a Chinese
 * transcript, 4亿 is "400 million" in an English one. Written by hand because no library in the
 * stack converts between the Western (thousand, million, billion) and the Chinese (万, 亿) scales.
 */
public final class NumberForms {
    private static final Pattern ENGLISH =
            Pattern.compile(
                    "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s*(thousand|million|billion|trillion|bn|mn)\\b",
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern CHINESE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(万亿|亿|万)");
    private static final List<String> WORDS =
            List.of(
                    "zero",
                    "one",
                    "two",
                    "three",
                    "four",
                    "five",
                    "six",
                    "seven",
                    "eight",
                    "nine",
                    "ten",
                    "eleven",
                    "twelve",
                    "thirteen",
                    "fourteen",
                    "fifteen",
                    "sixteen",
                    "seventeen",
                    "eighteen",
                    "nineteen",
                    "twenty");
    private static final Pattern SMALL =
            Pattern.compile(
                    "(?<![\\p{L}\\p{N}.,])(\\d{1,2}|"
                            + String.join("|", WORDS)
                            + ")(?![\\p{L}\\p{N}]|[.,]\\d)",
                    Pattern.CASE_INSENSITIVE);

    /** Fractions: the Chinese form and the English word. */
    private static final List<List<String>> FRACTIONS =
            List.of(
                    List.of("二分之一", "一半", "half"),
                    List.of("三分之一", "a third", "one third"),
                    List.of("四分之一", "a quarter"),
                    List.of("三分之二", "two thirds"));

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    private NumberForms() {}

    /**
     * The other forms of every large number in the text, space-separated (empty when there is
     * none).
     */
    public static String alternatives(String text) {
        Set<String> out = new LinkedHashSet<>();
        matches(text).forEach(m -> out.addAll(m.phrases()));
        return String.join(" ", out);
    }

    /** Where the text has a large number, and its other forms. */
    public static List<Synonyms.Match> matches(String text) {
        List<Synonyms.Match> out = new ArrayList<>();
        Matcher e = ENGLISH.matcher(text);
        while (e.find()) {
            BigDecimal value =
                    new BigDecimal(e.group(1).replace(",", "")).multiply(english(e.group(2)));
            out.add(new Synonyms.Match(e.start(), e.end(), List.of(chinese(value), plain(value))));
        }
        small(text, out);
        fractions(text, out);
        Matcher c = CHINESE.matcher(text);
        while (c.find()) {
            BigDecimal unit =
                    switch (c.group(2)) {
                        case "万亿" -> YI.multiply(WAN);
                        case "亿" -> YI;
                        default -> WAN;
                    };
            out.add(
                    new Synonyms.Match(
                            c.start(),
                            c.end(),
                            List.of(western(new BigDecimal(c.group(1)).multiply(unit)))));
        }
        return out;
    }

    /**
     * A number up to twenty, in digits or in English words, gains the other form (4 million bucks:
     * "Four million dollars"), unless it is part of a large number already matched.
     */
    private static void small(String text, List<Synonyms.Match> out) {
        Matcher m = SMALL.matcher(text);
        while (m.find()) {
            int start = m.start();
            if (out.stream().anyMatch(o -> start >= o.start() && start < o.end())) {
                continue;
            }
            String n = m.group(1).toLowerCase(Locale.ROOT);
            String other =
                    Character.isDigit(n.charAt(0))
                            ? (Integer.parseInt(n) < WORDS.size()
                                    ? WORDS.get(Integer.parseInt(n))
                                    : null)
                            : String.valueOf(WORDS.indexOf(n));
            if (other != null) {
                out.add(new Synonyms.Match(start, m.end(), List.of(other)));
            }
        }
    }

    /** 三分之一 and "a third", 一半 and "half". */
    private static void fractions(String text, List<Synonyms.Match> out) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (List<String> forms : FRACTIONS) {
            for (String form : forms) {
                int at = form.charAt(0) < 0x2E80 ? wordAt(lower, form) : lower.indexOf(form);
                if (at >= 0) {
                    List<String> others = forms.stream().filter(f -> !f.equals(form)).toList();
                    out.add(new Synonyms.Match(at, at + form.length(), others));
                    break;
                }
            }
        }
    }

    private static int wordAt(String text, String word) {
        Matcher m =
                Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])")
                        .matcher(text);
        return m.find() ? m.start() : -1;
    }

    private static BigDecimal english(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "thousand" -> BigDecimal.valueOf(1_000);
            case "million", "mn" -> BigDecimal.valueOf(1_000_000);
            case "billion", "bn" -> BigDecimal.valueOf(1_000_000_000);
            default -> BigDecimal.valueOf(1_000_000_000_000L);
        };
    }

    /** 8000亿, 400万, 5000 (below ten thousand). */
    private static String chinese(BigDecimal value) {
        if (value.compareTo(YI) >= 0) {
            return plain(value.divide(YI)) + "亿";
        }
        if (value.compareTo(WAN) >= 0) {
            return plain(value.divide(WAN)) + "万";
        }
        return plain(value);
    }

    /** 800 billion, 4 million, 2 trillion. */
    private static String western(BigDecimal value) {
        String[] names = {"trillion", "billion", "million", "thousand"};
        long[] scales = {1_000_000_000_000L, 1_000_000_000L, 1_000_000L, 1_000L};
        for (int i = 0; i < names.length; i++) {
            BigDecimal scale = BigDecimal.valueOf(scales[i]);
            if (value.compareTo(scale) >= 0) {
                return plain(value.divide(scale)) + " " + names[i];
            }
        }
        return plain(value);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
