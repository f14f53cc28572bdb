package org.transcriptbot.index.parse;

import java.util.regex.Pattern;

/**
 * Whether a question announces itself as a follow-up in its first words: "追问一下，……", "我再追问一句",
 * "再问一下，……", "谢谢。我想接着刚才的问题问一下", "Just to follow up on that, …", "A follow-up on Haiti.", "Following
 * up on Matt's question, …", "Can I follow up?". Only the opening counts (one short greeting or
 * thanks may come first): "follow up" inside a question ("Will Washington follow up on the
 * sanctions?") asks about something else.
 */
final class FollowUpWords {
    /** One short opening sentence or address before the announcement: "Thanks, Graham.", "谢谢。". */
    private static final String GREETING = "(?:[^.?!。？！]{0,24}[.!。！,，]\\s*)?";

    private static final Pattern ZH =
            Pattern.compile(
                    "^"
                            + GREETING
                            + "(?:那|那么)?(?:我)?(?:想|还想)?(?:再|还|接着)?"
                            + "(?:追问|跟进|再问一下|再问一句|再问一个|问一个后续|接着刚才|就刚才)");

    private static final Pattern EN =
            Pattern.compile(
                    "^"
                            + GREETING
                            + "(?:(?:and|so|sorry|just|quickly|quick|very|one|a|can|could|may|let|me|i|i'd|i'll"
                            + "|want|wanted|like|to|if|might|small|brief)[\\s,]+){0,5}"
                            + "(?:follow(?:ing)?[- ]?up|follow-on)\\b",
                    Pattern.CASE_INSENSITIVE);

    private FollowUpWords() {}

    /** True when the question's first words say it follows up the one before. */
    static boolean announced(String question) {
        return ZH.matcher(question).find() || EN.matcher(question).find();
    }
}
