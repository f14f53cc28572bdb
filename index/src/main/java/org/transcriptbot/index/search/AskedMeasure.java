package org.transcriptbot.index.search;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The measure a count is asked in (多少吨, 几公里, 多少人, how many tons) and whether a sentence states a
 * figure in that measure: "运了多少吨货" is not answered by "开行15000多列". Hand-written: the measures are a
 * small closed set of the language; each group lists the forms a transcript may use for one
 * measure, in Chinese and English.
 */
final class AskedMeasure {
    private static final List<String> GROUPS =
            List.of(
                    "吨|tons?|tonnes?",
                    "公里|千米|km|kilomet(?:re|er)s?|miles?",
                    "米|met(?:re|er)s?|feet|foot",
                    "列|trains?",
                    "次|回|times",
                    "人|名|位|people|persons",
                    "天|日|days?",
                    "年|years?",
                    "个月|months?",
                    "小时|hours?",
                    "倍|times|-fold",
                    "岁|years?\\s+old",
                    "亩|公顷|hectares?|acres?");

    private static final Pattern ASKED =
            Pattern.compile(
                    "(?:多少|几)(公里|千米|个月|小时|[吨米列次人天年岁倍亩])"
                            + "|\\bhow\\s+many\\s+(tons|tonnes|kilometres|kilometers|miles|metres"
                            + "|meters|feet|trains|times|people|days|years|months|hours|hectares"
                            + "|acres)\\b",
                    Pattern.CASE_INSENSITIVE);

    private static final String FIGURE =
            "(?:\\d[\\d.,]*|[一二三四五六七八九十百千万亿两几数]+)\\s*(?:多|余)?\\s*"
                    + "(?:[万亿千百]|million|billion|thousand|hundred)?\\s*(?:";

    /** Each group's forms, to find the group of the measure asked. */
    private static final List<Pattern> MEASURES =
            GROUPS.stream()
                    .map(g -> Pattern.compile("(?:" + g + ")", Pattern.CASE_INSENSITIVE))
                    .toList();

    /** Each group's figure: a number with one of its forms. */
    private static final List<Pattern> STATED =
            GROUPS.stream()
                    .map(g -> Pattern.compile(FIGURE + g + ")", Pattern.CASE_INSENSITIVE))
                    .toList();

    private AskedMeasure() {}

    /**
     * What a sentence must hold to give the count in the measure asked (a figure with one of the
     * measure's forms), or null when the question asks none. A measure that begins a word SmartCN
     * read in the question (人 of 多少人道主义援助) is none; one SmartCN left single and the topic joined
     * with the next character (吨货 of 多少吨货) still is.
     */
    static Pattern of(String question, List<TopicUnit> units) {
        Matcher m = ASKED.matcher(question);
        if (!m.find()) {
            return null;
        }
        int at = m.group(1) != null ? m.start(1) : m.start(2);
        String asked = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
        String rest = question.substring(at);
        if (units.stream()
                .anyMatch(
                        u ->
                                !u.joined()
                                        && u.text().length() > asked.length()
                                        && rest.startsWith(u.text()))) {
            return null;
        }
        for (int g = 0; g < GROUPS.size(); g++) {
            if (MEASURES.get(g).matcher(asked).matches()) {
                return STATED.get(g);
            }
        }
        return null;
    }
}
