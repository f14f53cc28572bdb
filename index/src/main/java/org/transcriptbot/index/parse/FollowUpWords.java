package org.transcriptbot.index.parse;

import java.util.regex.Pattern;

/**
 * Whether a question announces itself as a follow-up in its first words: "追问一下，……", "我再追问一句",
 * "再问一下，……", "就这个问题再问一下", "谢谢。我想接着刚才的问题问一下", "Just to follow up on that, …", "A follow-up on
 * Haiti.", "Following up on Matt's question, …", "Can I follow up?". Only the opening counts (one
 * short greeting or thanks may come first): "follow up" inside a question ("Will Washington follow
 * up on the sanctions?") asks about something else, and a report that someone else "追问"
 * ("据报道，有议员追问……") is no announcement.
 */
final class FollowUpWords {
    /** One short opening sentence or address before the announcement: "Thanks, Graham.". */
    private static final String GREETING = "(?:[^.?!。？！]{0,24}[.!。！,，]\\s*)?";

    /** A greeting or thanks before a Chinese announcement: "谢谢。", "发言人你好，". */
    private static final String ZH_GREETING =
            "(?:[^。？！，,]{0,8}(?:谢谢|你好|您好|好)[^。？！，,]{0,4}[。！，,]\\s*)?";

    private static final Pattern ZH =
            Pattern.compile(
                    "^"
                            + ZH_GREETING
                            + "(?:那么?|我们?|想|还|再|接着|就(?:这个|刚才的?|此)(?:问题)?|关于(?:这个|刚才的?)(?:问题)?)*"
                            + "(?:追问|跟进|再问一下|再问一句|再问一个|问一个后续|接着刚才|就刚才)");

    private static final Pattern EN =
            Pattern.compile(
                    "^"
                            + GREETING
                            + "(?:(?:and|so|sorry|just|quickly|quick|very|one|a|can|could|may|let|me|i|i'd|i'll"
                            + "|want|wanted|like|to|if|might|small|brief)[\\s,]+){0,5}"
                            + "(?:follow(?:ing)?[- ]?(?:up|on)\\b)",
                    Pattern.CASE_INSENSITIVE);

    private FollowUpWords() {}

    /** True when the question's first words say it follows up the one before. */
    static boolean announced(String question) {
        return ZH.matcher(question).find() || EN.matcher(question).find();
    }
}
