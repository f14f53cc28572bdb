package org.transcriptbot.index.search;

import java.util.regex.Pattern;

/**
 * The kind of fact a question asks for, read from how it asks (多少, 几个, 什么时候, how many, when), never
 * from what it is about; and whether a sentence states a fact of that kind (a figure, a date). A
 * passage on the question's topic that states no such fact near the topic does not answer it
 * ("北京冬奥会有多少名运动员参赛？" over a passage that praises the Games and counts only officials). Hand-written
 * patterns: the question words and number forms are a small closed set of the language, which no
 * library lists.
 */
enum AskedFact {
    /** Nothing in particular: a view, a reason, a description. */
    NONE(null, null),

    /** A count, an amount, a size or a share. */
    NUMBER(
            "多少(?!程度)|几(?![乎])|多大(?!程度)|多高|多长|多远|多重|多快|多久|百分之几"
                    + "|\\bhow\\s+(many|much|big|large|high|long|far|old|tall|often)\\b"
                    + "|\\bwhat\\s+(percentage|share|proportion|number|amount)\\b",
            // a figure: digits not read as a date, or a number word with its measure
            "\\d+(?:[.,]\\d+)*(?![\\d.,]*\\s*[年月日号])"
                    + "|[一二三四五六七八九十百千万亿两半数]+(?:多|余)?[个次位名项成倍块架吨家座部艘人只条种批列辆"
                    + "处片户公米千万亿元分小周天年轮届场所间台颗枚份篇期代]"
                    + "|\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty"
                    + "|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half|third"
                    + "|quarter|percent)\\b"),

    /** A date or a time. */
    TIME(
            "什么时候|何时|哪一?年|哪一?天|几月|几号|几点"
                    + "|\\bwhen\\s+(will|would|did|does|do|is|are|was|were|can|could|should)\\b"
                    + "|\\bwhat\\s+(time|year|date|day)\\b"
                    + "|\\bhow\\s+soon\\b",
            "\\d+\\s*[年月日号时点]|\\d{4}|[一二三四五六七八九十]+[月日号]"
                    + "|[今去明前]年|[本上下][周月]|[昨今明]天|近日|日前|年[底初内]|月[底初]|[上下]午"
                    + "|星期|周[一二三四五六日]"
                    + "|\\b(january|february|march|april|may|june|july|august|september|october"
                    + "|november|december|monday|tuesday|wednesday|thursday|friday|saturday"
                    + "|sunday|today|tomorrow|yesterday|tonight|ago|soon|next|last|until"
                    + "|[ap]\\.m\\.)\\b");

    /**
     * The thing a number question counts: the words right after 多少 / 几 and a classifier (多少名运动员,
     * 几块金牌, 多少个成员国), or after "how many" / "how much"; none when a unit of measure follows (几天,
     * 多少人, 多少钱: the measure is what is counted). In English up to three words are taken, since the
     * noun comes after its adjectives; any of them held counts.
     */
    private static final Pattern COUNTED =
            Pattern.compile(
                    "(?:多少|几)(?![天年月周日时分秒次人岁倍成轮趟列吨元钱点号])"
                            + "[个名位块家座部艘架辆条只项种所批台颗枚份篇]?(\\p{IsHan}{2,})"
                            // English: the noun phrase, adjectives and all (how many broken valves)
                            + "|\\bhow\\s+(?:many|much)\\s+([\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2})",
                    Pattern.CASE_INSENSITIVE);

    private final Pattern asks;
    private final Pattern states;

    AskedFact(String asks, String states) {
        this.asks = asks == null ? null : Pattern.compile(asks, Pattern.CASE_INSENSITIVE);
        this.states = states == null ? null : Pattern.compile(states, Pattern.CASE_INSENSITIVE);
    }

    /** What the question asks for; a time question that also asks a number is a time question. */
    static AskedFact of(String question) {
        if (TIME.asks.matcher(question).find()) {
            return TIME;
        }
        return NUMBER.asks.matcher(question).find() ? NUMBER : NONE;
    }

    /**
     * The words naming what a number question counts ("运动员参赛" of 多少名运动员参赛), or null when it names
     * none (开行了多少列, 有多少).
     */
    static String counted(String question) {
        var m = COUNTED.matcher(question);
        if (!m.find() || of(question) != NUMBER) {
            return null;
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    /** The question asks for a figure or a date (not a view or a reason). */
    boolean specific() {
        return this != NONE;
    }

    /** The sentence states a fact of this kind (a number for a duration asked as a time counts). */
    boolean statedIn(String sentence) {
        if (this == NONE) {
            return true;
        }
        return states.matcher(sentence).find()
                || (this == TIME && NUMBER.states.matcher(sentence).find());
    }
}
