package org.transcriptbot.bot.core;

import java.util.List;
import org.transcriptbot.bot.render.Doc;

/** What the bot does in answer, independent of Telegram's wire format. */
public sealed interface Action permits Action.Send, Action.Edit, Action.AnswerButton, Action.AnswerInline, Action.Typing {
    /** A button: its label and the data sent back when pressed (at most 64 bytes). */
    record Button(String label, String data) {
    }

    /** A new message; replyTo threads it under the asker's message. */
    record Send(long chatId, boolean group, Integer replyTo, Integer threadId, Doc doc, List<List<Button>> buttons)
            implements Action {
        public Send {
            buttons = buttons == null ? List.of() : List.copyOf(buttons);
        }
    }

    /** Replaces the text and buttons of a message the bot sent. */
    record Edit(long chatId, int messageId, Doc doc, List<List<Button>> buttons) implements Action {
        public Edit {
            buttons = buttons == null ? List.of() : List.copyOf(buttons);
        }
    }

    /** Acknowledges a button press, with an optional short notice. */
    record AnswerButton(String callbackId, String text, boolean alert) implements Action {
    }

    /** One inline result: a title, a description and the message it inserts. */
    record InlineItem(String id, String title, String description, Doc content) {
    }

    record AnswerInline(String inlineId, List<InlineItem> items, int cacheSeconds) implements Action {
        public AnswerInline {
            items = List.copyOf(items);
        }
    }

    /** "typing…" while an answer is being prepared. */
    record Typing(long chatId, Integer threadId) implements Action {
    }
}
