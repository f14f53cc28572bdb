package org.transcriptbot.index.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question asking a fact asks it of: the thing a number question counts (运动员 of 多少名运动员参赛,
 * the crew of "how many of the crew") and the thing a name question asks the name of (台风 of
 * 台风叫什么名字). Read from the words around the question word, as {@link AskedFact} reads the kind of
 * fact.
 */
final class AskedObject {
    private AskedObject() {}

    /**
     * The thing a number question counts: the words right after 多少 / 几 and a classifier (多少名运动员,
     * 几块金牌, 多少个成员国), or after "how many" / "how much"; none when a unit of measure follows (几天,
     * 多少人, 多少钱: the measure is what is counted). In English up to three words are taken, since the
     * noun comes after its adjectives; any of them held counts.
     */
    private static final Pattern COUNTED =
            Pattern.compile(
                    "(?:多少|几)(?![天年月周日时分秒次人岁倍成轮趟列吨元钱点号])"
                            // a classifier is never part of the thing counted (几个了 counts nothing)
                            + "[个名位块家座部艘架辆条只项种所批台颗枚份篇]?+(\\p{IsHan}{2,})"
                            // English: the noun phrase, adjectives and all (how many broken
                            // valves),
                            // up to an auxiliary
                            // "how many of the crew": what follows "of the"
                            + "|\\bhow\\s+(?:many|much)\\s+(?:of\\s+(?:the|its|their|those|these|our|your)\\s+)?"
                            + "((?!(?:has|have|had|did|do|does|will|would"
                            + "|can|could|are|is|was|were)\\b)[\\p{L}'’-]+(?:\\s+(?!(?:has|have|had|did|do"
                            + "|does|will|would|can|could|are|is|was|were)\\b)[\\p{L}'’-]+){0,2})",
                    Pattern.CASE_INSENSITIVE);

    /** The thing a name question names: the word right before 叫什么 / 的名字, or "the X called". */
    private static final Pattern NAMED =
            Pattern.compile(
                    "(\\p{IsHan}{2})的?(?:叫什么|叫做什么|名字|名称)"
                            + "|\\bwhat\\s+(?:is|was|are|were)\\s+(?:the|its|their|this|that)?\\s*"
                            + "(?:[\\w-]+\\s+){0,2}?([\\w-]+)\\s+called\\b"
                            + "|\\bname\\s+of\\s+(?:the|its|their|this|that)?\\s*([\\w-]+)",
                    Pattern.CASE_INSENSITIVE);

    /**
     * The words naming what a number question counts ("运动员参赛" of 多少名运动员参赛), or null when it names
     * none (开行了多少列, 有多少).
     */
    static String counted(String question) {
        var m = COUNTED.matcher(question);
        if (!m.find() || AskedFact.of(question) != AskedFact.NUMBER) {
            return null;
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    /** The word naming what a name question asks the name of (台风 of 台风叫什么名字), or null. */
    static String named(String question) {
        Matcher m = NAMED.matcher(question);
        if (!m.find() || AskedFact.of(question) != AskedFact.NAME) {
            return null;
        }
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return null;
    }
}
