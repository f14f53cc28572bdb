package org.transcriptbot.bot.conversation;

import java.util.List;
import org.transcriptbot.bot.render.RichText;

/**
 * What the bot does in answer, independent of Telegram's wire format (the console shows these too).
 */
public sealed interface Outgoing
        permits Outgoing.Send,
                Outgoing.Edit,
                Outgoing.AnswerButton,
                Outgoing.AnswerInline,
                Outgoing.Typing {
    /** A button: its label and what pressing it asks for. */
    record Button(String label, Callback callback) {
        /** The callback_data Telegram carries back (at most 64 bytes). */
        public String data() {
            return callback.encode();
        }
    }

    /** A new message; replyTo threads it under the asker's message. */
    record Send(
            long chatId,
            boolean group,
            Integer replyTo,
            Integer threadId,
            RichText text,
            List<List<Button>> buttons)
            implements Outgoing {
        public Send {
            buttons = buttons == null ? List.of() : List.copyOf(buttons);
        }

        /** The answer to a message: in a group threaded under it, in a private chat plain. */
        static Send answering(Incoming.ChatMessage m, RichText text, List<List<Button>> buttons) {
            return new Send(
                    m.chatId(),
                    !m.privateChat(),
                    m.privateChat() ? null : m.messageId(),
                    m.threadId(),
                    text,
                    buttons);
        }
    }

    /** Replaces the text and buttons of a message the bot sent. */
    record Edit(long chatId, int messageId, RichText text, List<List<Button>> buttons)
            implements Outgoing {
        public Edit {
            buttons = buttons == null ? List.of() : List.copyOf(buttons);
        }
    }

    /** Acknowledges a button press, with an optional short notice. */
    record AnswerButton(String callbackId, String text, boolean alert) implements Outgoing {}

    /** One inline result: a title, a description and the message it inserts. */
    record InlineItem(String id, String title, String description, RichText content) {}

    record AnswerInline(String inlineId, List<InlineItem> items, int cacheSeconds)
            implements Outgoing {
        public AnswerInline {
            items = List.copyOf(items);
        }
    }

    /** "typing…" while an answer is being prepared. */
    record Typing(long chatId, Integer threadId) implements Outgoing {}
}
