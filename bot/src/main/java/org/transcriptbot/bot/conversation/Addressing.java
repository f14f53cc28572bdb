package org.transcriptbot.bot.conversation;

import java.util.List;
import java.util.Locale;

/**
 * Reads how a message addresses the bot: a /command (maybe /command@bot), or a mention of the bot's
 * handle.
 */
final class Addressing {
    private static final String COMMAND_NAME = "[A-Za-z0-9_]{1,32}";

    private Addressing() {}

    /**
     * A parsed command: name without slash, the bot it is addressed to (null if none), and its
     * argument text.
     */
    record Command(String name, String target, String args) {}

    /** The command a message starts with, or null. */
    static Command command(String text, List<Incoming.Entity> entities) {
        if (text == null || !text.startsWith("/")) {
            return null;
        }
        int end = commandEnd(text, entities);
        String token = text.substring(1, end);
        String target = null;
        int at = token.indexOf('@');
        if (at >= 0) {
            target = token.substring(at + 1);
            token = token.substring(0, at);
        }
        if (!token.matches(COMMAND_NAME)) {
            return null;
        }
        return new Command(token.toLowerCase(Locale.ROOT), target, text.substring(end).strip());
    }

    /** Where the command word ends: Telegram's bot_command entity, else the first whitespace. */
    private static int commandEnd(String text, List<Incoming.Entity> entities) {
        for (Incoming.Entity e : entities) {
            if ("bot_command".equals(e.type()) && e.offset() == 0) {
                return Math.min(text.length(), e.length());
            }
        }
        int end = 1;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /**
     * The text without the mention of the bot (username, botId), or null if the bot is not
     * mentioned.
     */
    static String withoutMention(Incoming.ChatMessage m, String username, long botId) {
        String text = m.text();
        String handle = "@" + username;
        for (Incoming.Entity e : m.entities()) {
            if (e.offset() < 0 || e.offset() + e.length() > text.length()) {
                continue;
            }
            String s = text.substring(e.offset(), e.offset() + e.length());
            boolean me =
                    "mention".equals(e.type()) && s.equalsIgnoreCase(handle)
                            || "text_mention".equals(e.type())
                                    && e.userId() != null
                                    && e.userId() == botId;
            if (me) {
                return cutOut(text, e.offset(), e.offset() + e.length());
            }
        }
        int at = text.toLowerCase(Locale.ROOT).indexOf(handle.toLowerCase(Locale.ROOT));
        return m.entities().isEmpty() && at >= 0 ? cutOut(text, at, at + handle.length()) : null;
    }

    private static String cutOut(String text, int start, int end) {
        return (text.substring(0, start) + " " + text.substring(end)).strip();
    }
}
