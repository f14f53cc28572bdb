package org.transcriptbot.index.search;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The times a question pins its fact to (今年, 去年, 2015年, ten years ago, last month) and whether a
 * passage speaks of such a time; and whether a question asks about an event that happened while a
 * sentence only announces one (将于, will). A count asked for ten years ago is not answered by
 * today's count, nor a meeting that took place by one that is announced. Hand-written: the time
 * words of a question are a small closed set, the same in every transcript.
 */
final class TimeAnchors {
    private static final Pattern RELATIVE_YEAR =
            Pattern.compile(
                    "今年|去年|前年|(\\d+|[一二两三四五六七八九十几]+)年前|上个?月|上星期|上周"
                            + "|\\bthis\\s+year\\b"
                            + "|\\blast\\s+(year|month|week)\\b|\\bthe\\s+year\\s+before\\s+last\\b"
                            + "|\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                            + "|fifteen|twenty|thirty|fifty|a)\\s+years?\\s+ago\\b",
                    Pattern.CASE_INSENSITIVE);

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]\\d\\d|20\\d\\d)(?!\\d)");

    private static final Map<String, Integer> NUMBERS =
            Map.ofEntries(
                    Map.entry("一", 1),
                    Map.entry("两", 2),
                    Map.entry("二", 2),
                    Map.entry("三", 3),
                    Map.entry("四", 4),
                    Map.entry("五", 5),
                    Map.entry("六", 6),
                    Map.entry("七", 7),
                    Map.entry("八", 8),
                    Map.entry("九", 9),
                    Map.entry("十", 10),
                    Map.entry("二十", 20),
                    Map.entry("三十", 30),
                    Map.entry("五十", 50),
                    Map.entry("十五", 15),
                    Map.entry("a", 1),
                    Map.entry("one", 1),
                    Map.entry("two", 2),
                    Map.entry("three", 3),
                    Map.entry("four", 4),
                    Map.entry("five", 5),
                    Map.entry("six", 6),
                    Map.entry("seven", 7),
                    Map.entry("eight", 8),
                    Map.entry("nine", 9),
                    Map.entry("ten", 10),
                    Map.entry("eleven", 11),
                    Map.entry("twelve", 12),
                    Map.entry("fifteen", 15),
                    Map.entry("twenty", 20),
                    Map.entry("thirty", 30),
                    Map.entry("fifty", 50));

    /** Asked about something done: 了, 已经, did, met. */
    private static final Pattern PAST_ASKED =
            Pattern.compile(
                    "\\p{IsHan}了|已经|曾经|\\b(did|had|met|was|were)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern FUTURE =
            Pattern.compile(
                    "将|拟于|计划于|\\b(will|shall|going\\s+to|plans?\\s+to|scheduled\\s+to|expected\\s+to)\\b",
                    Pattern.CASE_INSENSITIVE);

    private static final Pattern PAST =
            Pattern.compile(
                    "\\p{IsHan}了|已经|已于|曾|\\b(did|was|were|had|has\\s+been|have\\s+been|ago)\\b"
                            + "|\\b\\p{L}{3,}ed\\b",
                    Pattern.CASE_INSENSITIVE);

    private TimeAnchors() {}

    /**
     * The times a text speaks of, as keys: "Y0" for 今年 and this year, "Y-1" for 去年 and last year,
     * "Y-10" for 十年前 and ten years ago, "M-1", "W-1", and each year written out ("2015").
     */
    static Set<String> of(String text) {
        Set<String> keys = new HashSet<>();
        Matcher m = RELATIVE_YEAR.matcher(text);
        while (m.find()) {
            keys.add(key(m.group().toLowerCase(Locale.ROOT)));
        }
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
            keys.add(y.group(1));
        }
        keys.remove(null);
        return keys;
    }

    private static String key(String time) {
        if (time.equals("今年") || time.startsWith("this year")) {
            return "Y0";
        }
        if (time.equals("去年") || time.startsWith("last year")) {
            return "Y-1";
        }
        if (time.equals("前年") || time.startsWith("the year before")) {
            return "Y-2";
        }
        if (time.contains("月") || time.contains("month")) {
            return "M-1";
        }
        if (time.contains("周") || time.contains("星期") || time.contains("week")) {
            return "W-1";
        }
        String count = time.replaceAll("年前|\\s*years?\\s+ago", "").strip();
        Integer n = count.matches("\\d+") ? Integer.valueOf(count) : NUMBERS.get(count);
        return n == null ? null : "Y-" + n;
    }

    /** A time counted from now (去年, 今年), not a year written out. */
    private static boolean relative(String key) {
        return key.startsWith("Y") || key.startsWith("M") || key.startsWith("W");
    }

    /**
     * The passage speaks of a time the question asks about: one of the same keys, or, for a time
     * counted back from now (去年), any year written out (the transcript's date is not known here).
     */
    static boolean spokenOf(Set<String> asked, String passage) {
        if (asked.isEmpty()) {
            return true;
        }
        Set<String> stated = of(passage);
        for (String key : asked) {
            if (stated.contains(key)
                    || (relative(key) && stated.stream().anyMatch(s -> !relative(s)))) {
                return true;
            }
        }
        return false;
    }

    /** The question asks about something that has happened. */
    static boolean asksPast(String question) {
        return PAST_ASKED.matcher(question).find();
    }

    /** The sentence only announces (将于, will) and tells of nothing done. */
    static boolean onlyAnnounces(String sentence) {
        return FUTURE.matcher(sentence).find() && !PAST.matcher(sentence).find();
    }
}
