package org.transcriptbot.bot.telegram;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.transcriptbot.bot.conversation.Outgoing;
import org.transcriptbot.bot.render.HtmlRenderer;
import org.transcriptbot.bot.render.MessageSplitter;
import org.transcriptbot.bot.render.RichText;

/**
 * The bot's actions to Telegram's methods: chat messages via StoredMessage (so they can wait in the
 * outbox), the rest directly.
 */
final class OutgoingMapper {
    private static final LinkPreviewOptions NO_PREVIEW =
            LinkPreviewOptions.builder().isDisabled(true).build();

    private OutgoingMapper() {}

    /** A message to send: long documents become several messages, the buttons under the last. */
    static List<StoredMessage> messages(Outgoing.Send s) {
        List<RichText> docs = MessageSplitter.split(s.text());
        List<StoredMessage> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            out.add(
                    new StoredMessage(
                            s.chatId(),
                            s.group(),
                            null,
                            HtmlRenderer.render(docs.get(i)),
                            false,
                            s.replyTo(),
                            s.threadId(),
                            i == docs.size() - 1 ? stored(s.buttons()) : List.of()));
        }
        return out;
    }

    static StoredMessage edit(Outgoing.Edit e) {
        RichText doc = MessageSplitter.first(e.text());
        return new StoredMessage(
                e.chatId(),
                e.chatId() < 0,
                e.messageId(),
                HtmlRenderer.render(doc),
                false,
                null,
                null,
                stored(e.buttons()));
    }

    /** The buttons as the outbox stores them: label and callback data. */
    private static List<List<StoredMessage.Button>> stored(List<List<Outgoing.Button>> rows) {
        return rows.stream()
                .map(
                        row ->
                                row.stream()
                                        .map(b -> new StoredMessage.Button(b.label(), b.data()))
                                        .toList())
                .toList();
    }

    /** The Telegram method that sends (or edits) an outgoing message. */
    static BotApiMethod<? extends Serializable> method(StoredMessage o) {
        String parseMode = o.plain() ? null : "HTML";
        if (o.editMessageId() != null) {
            return EditMessageText.builder()
                    .chatId(String.valueOf(o.chatId()))
                    .messageId(o.editMessageId())
                    .text(o.text())
                    .parseMode(parseMode)
                    .linkPreviewOptions(NO_PREVIEW)
                    .replyMarkup(keyboard(o.buttons()))
                    .build();
        }
        var b =
                SendMessage.builder()
                        .chatId(String.valueOf(o.chatId()))
                        .text(o.text())
                        .parseMode(parseMode)
                        .linkPreviewOptions(NO_PREVIEW)
                        .replyMarkup(keyboard(o.buttons()));
        if (o.replyTo() != null) {
            b.replyParameters(
                    ReplyParameters.builder()
                            .messageId(o.replyTo())
                            .allowSendingWithoutReply(true)
                            .build());
        }
        if (o.threadId() != null) {
            b.messageThreadId(o.threadId());
        }
        return b.build();
    }

    static InlineKeyboardMarkup keyboard(List<List<StoredMessage.Button>> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        List<InlineKeyboardRow> keyboard = new ArrayList<>();
        for (List<StoredMessage.Button> row : rows) {
            InlineKeyboardRow r = new InlineKeyboardRow();
            for (StoredMessage.Button b : row) {
                r.add(
                        InlineKeyboardButton.builder()
                                .text(b.label())
                                .callbackData(b.data())
                                .build());
            }
            keyboard.add(r);
        }
        return InlineKeyboardMarkup.builder().keyboard(keyboard).build();
    }

    static AnswerCallbackQuery answer(Outgoing.AnswerButton a) {
        var b = AnswerCallbackQuery.builder().callbackQueryId(a.callbackId());
        if (a.text() != null) {
            b.text(a.text().length() > 200 ? a.text().substring(0, 199) + "…" : a.text())
                    .showAlert(a.alert());
        }
        return b.build();
    }

    static AnswerInlineQuery inline(Outgoing.AnswerInline a) {
        List<InlineQueryResult> results = new ArrayList<>();
        for (Outgoing.InlineItem item : a.items().subList(0, Math.min(50, a.items().size()))) {
            RichText content = MessageSplitter.first(item.content());
            results.add(
                    InlineQueryResultArticle.builder()
                            .id(item.id())
                            .title(item.title())
                            .description(item.description())
                            .inputMessageContent(
                                    InputTextMessageContent.builder()
                                            .messageText(HtmlRenderer.render(content))
                                            .parseMode("HTML")
                                            .linkPreviewOptions(NO_PREVIEW)
                                            .build())
                            .build());
        }
        return AnswerInlineQuery.builder()
                .inlineQueryId(a.inlineId())
                .results(results)
                .cacheTime(a.cacheSeconds())
                .build();
    }

    static SendChatAction typing(Outgoing.Typing t) {
        var b = SendChatAction.builder().chatId(String.valueOf(t.chatId())).action("typing");
        if (t.threadId() != null) {
            b.messageThreadId(t.threadId());
        }
        return b.build();
    }
}
