package org.transcriptbot.index.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a host's (or a spokesperson's procedural) line says: that it hands a question to another
 * official, gives the floor to the next asker, or introduces the officials present.
 */
final class HostLines {
    private static final Pattern HAND_OVER =
            Pattern.compile(".*(请|有请|Please|please|go ahead|Go ahead|over to).*");
    private static final Pattern FLOOR =
            Pattern.compile(
                    "请.{0,12}(提问|回答|发言|继续|介绍)|下一位|最后一个问题|go ahead|over to|next question"
                            + "|last question|one more",
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern INTRODUCED =
            Pattern.compile(
                    "(?:" + LabelGrammar.ROLE_WORDS + ")\\s*([\\p{IsHan}·]{2,3}?)(?:先生|女士|同志)");

    private HostLines() {}

    /** A short request that another official answer: "请孔司长回答。", "Please, go ahead.". */
    static boolean handsOver(String text) {
        return text.length() <= 40 && HAND_OVER.matcher(text).matches();
    }

    /**
     * A short line that gives the floor to the next asker or answerer: "请继续提问。", "Go ahead, Said.",
     * "Last question.".
     */
    static boolean givesTheFloor(String text) {
        return text.length() <= 40 && FLOOR.matcher(text).find();
    }

    /** The first official introduced with a title ("……副局长施某某先生"), or null. */
    static String firstOfficialIntroduced(String text) {
        Matcher m = INTRODUCED.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
