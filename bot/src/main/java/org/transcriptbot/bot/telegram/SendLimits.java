package org.transcriptbot.bot.telegram;

import java.time.Duration;

/**
 * Telegram's sending limits as sliding windows: at most chatMessages to one chat in any chatWindow
 * (3 in 3 s: one a second with a short burst), groupMessages to one group in any groupWindow (20 a
 * minute), allMessages in any allWindow over all chats (30 a second).
 */
public record SendLimits(
        int chatMessages,
        Duration chatWindow,
        int groupMessages,
        Duration groupWindow,
        int allMessages,
        Duration allWindow) {
    /** The longest window: send times older than this no longer matter. */
    public Duration longest() {
        Duration d = chatWindow.compareTo(groupWindow) > 0 ? chatWindow : groupWindow;
        return d.compareTo(allWindow) > 0 ? d : allWindow;
    }
}
