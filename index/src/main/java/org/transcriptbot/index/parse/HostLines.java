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

    /** Giving the floor to the askers: "下面请提问。", "请继续提问。", "Next question.", "Who's next?". */
    private static final Pattern FLOOR_TO_ASKERS =
            Pattern.compile(
                    "^(好的?|那么)?[，,。]?((下面|现在|接下来)[，,]?)?(请|欢迎)(大家|各位)?(记者)?(朋友|媒体朋友)?(继续)?(提问|发问)"
                            + "|还有(没有)?(其他|别的)(问题|提问)|下一个问题|最后一个问题"
                            + "|next question|who'?s next|any (other|more) questions|last question",
                    Pattern.CASE_INSENSITIVE);

    /** Closing the conference: "如果没有其他提问，今天的记者会到此结束。", "That concludes today's briefing.". */
    private static final Pattern CLOSING =
            Pattern.compile(
                    "(如果|要是)(大家)?还?没有(其他|别的|更多)的?(提问|问题)|(记者会|发布会|吹风会|见面会|采访)\\S{0,4}(到此结束|就到这里)"
                            + "|^(今天)?就到这里|that concludes|that'?s (all|it) for today|we'?ll (end|leave it) there",
                    Pattern.CASE_INSENSITIVE);

    /**
     * A line of thanks to the room and nothing else: "谢谢大家！", "Thank you very much, everybody.".
     */
    private static final Pattern THANKS =
            Pattern.compile(
                    "^((好的?|那么|all right|okay|ok)[，,。.]?\\s*)?(谢谢大家|谢谢各位|(thank you|thanks)( very much)?,?"
                            + " (all|everybody|everyone))[。！!.]?$",
                    Pattern.CASE_INSENSITIVE);

    private static final int PROCEDURAL_LENGTH = 60;

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

    /**
     * A procedural line, whoever says it: a short line that gives the floor to the askers or closes
     * the conference ("如果没有其他提问，今天的记者会到此结束。谢谢大家！"), or, from the official who has just answered,
     * any line that gives the floor on ({@link #givesTheFloor}).
     */
    static boolean isProcedural(String text, boolean answeredLast) {
        return text.length() <= PROCEDURAL_LENGTH
                        && (FLOOR_TO_ASKERS.matcher(text).find()
                                || CLOSING.matcher(text).find()
                                || THANKS.matcher(text).matches())
                || answeredLast && givesTheFloor(text);
    }

    /** The first official introduced with a title ("……副局长施某某先生"), or null. */
    static String firstOfficialIntroduced(String text) {
        Matcher m = INTRODUCED.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
