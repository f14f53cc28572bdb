package org.transcriptbot.bot.conversation;

import java.util.List;

/** What a user did, independent of Telegram's wire format (the console produces these too). */
public sealed interface Incoming
        permits Incoming.ChatMessage, Incoming.ButtonPress, Incoming.InlineRequest {
    long updateId();

    Sender from();

    /** Who sent it. language is Telegram's language_code (may be null). */
    record Sender(long id, String name, boolean bot, String language) {}

    /**
     * A formatting entity of a message (bot_command, mention, text_mention), offsets in UTF-16
     * units.
     */
    record Entity(String type, int offset, int length, Long userId) {}

    /** The message a message replies to. */
    record ReplyTo(int messageId, Long fromId, boolean fromBot, String text) {}

    /**
     * A message in a chat. text is null for stickers, photos and service messages; edited marks an
     * edit of an earlier message.
     */
    record ChatMessage(
            long updateId,
            long chatId,
            boolean privateChat,
            Sender from,
            int messageId,
            Integer threadId,
            String text,
            List<Entity> entities,
            ReplyTo replyTo,
            boolean edited)
            implements Incoming {
        public ChatMessage {
            entities = entities == null ? List.of() : List.copyOf(entities);
        }
    }

    /**
     * A press of an inline keyboard button; messageText is the text of the message it is under (if
     * known).
     */
    record ButtonPress(
            long updateId,
            String callbackId,
            Sender from,
            Long chatId,
            Integer messageId,
            boolean privateChat,
            String data,
            String messageText)
            implements Incoming {}

    /** "@bot query" typed in any chat. */
    record InlineRequest(long updateId, String id, Sender from, String query) implements Incoming {}
}
