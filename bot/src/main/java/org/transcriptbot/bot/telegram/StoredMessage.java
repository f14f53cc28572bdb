package org.transcriptbot.bot.telegram;

import java.util.List;

/**
 * A chat message as the outbox keeps it (as JSON): a new message, or an edit when editMessageId is
 * set; text is Telegram HTML unless plain.
 */
record StoredMessage(
        long chatId,
        boolean group,
        Integer editMessageId,
        String text,
        boolean plain,
        Integer replyTo,
        Integer threadId,
        List<List<StoredMessage.Button>> buttons) {
    /** A button as stored: its label and the callback data Telegram carries back. */
    record Button(String label, String data) {}

    StoredMessage {
        buttons = buttons == null ? List.of() : buttons.stream().map(List::copyOf).toList();
    }

    /** The same message without its HTML: what Telegram could not parse still reaches the user. */
    StoredMessage asPlainText() {
        String visible =
                text.replaceAll("<[^>]+>", "")
                        .replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&quot;", "\"")
                        .replace("&amp;", "&");
        return new StoredMessage(
                chatId, group, editMessageId, visible, true, replyTo, threadId, buttons);
    }

    /** A one-line description for logs (never the text). */
    String describe() {
        return editMessageId == null
                ? "sendMessage to chat " + chatId
                : "editMessageText " + chatId + "/" + editMessageId;
    }
}
