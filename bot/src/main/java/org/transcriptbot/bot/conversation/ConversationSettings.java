package org.transcriptbot.bot.conversation;

import java.util.Set;
import org.transcriptbot.bot.messages.Lang;

/**
 * The settings a conversation follows, already checked by the configuration: who administers the
 * bot, how many results an answer pages through, how long Telegram may cache inline results, the
 * language for users whose Telegram language is neither Chinese nor English, and the fair-use limit
 * (0: none).
 */
public record ConversationSettings(
        Set<Long> admins,
        int results,
        int inlineCacheSeconds,
        Lang defaultLang,
        int questionsPerMinute) {
    public ConversationSettings {
        admins = Set.copyOf(admins);
    }
}
