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
import org.transcriptbot.bot.core.Action;
import org.transcriptbot.bot.render.Doc;
import org.transcriptbot.bot.render.HtmlRenderer;

/** The bot's actions to Telegram's methods: chat messages via Outgoing (so they can wait in the outbox), the rest directly. */
final class OutgoingMapper {
    /** Visible characters a message may hold (Telegram's limit is 4096; the rest is headroom for splitting). */
    static final int MESSAGE_LIMIT = 4000;
    private static final LinkPreviewOptions NO_PREVIEW = LinkPreviewOptions.builder().isDisabled(true).build();

    private OutgoingMapper() {
    }

    /** A message to send: long documents become several messages, the buttons under the last. */
    static List<Outgoing> messages(Action.Send s) {
        List<Doc> docs = s.doc().split(MESSAGE_LIMIT);
        List<Outgoing> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            out.add(new Outgoing(s.chatId(), s.group(), null, HtmlRenderer.render(docs.get(i)), false, s.replyTo(),
                    s.threadId(), i == docs.size() - 1 ? s.buttons() : List.of()));
        }
        return out;
    }

    static Outgoing edit(Action.Edit e) {
        Doc doc = e.doc().split(MESSAGE_LIMIT).get(0);
        return new Outgoing(e.chatId(), e.chatId() < 0, e.messageId(), HtmlRenderer.render(doc), false, null, null,
                e.buttons());
    }

    /** The Telegram method that sends (or edits) an outgoing message. */
    static BotApiMethod<? extends Serializable> method(Outgoing o) {
        String parseMode = o.plain() ? null : "HTML";
        if (o.editMessageId() != null) {
            return EditMessageText.builder().chatId(String.valueOf(o.chatId())).messageId(o.editMessageId())
                    .text(o.text()).parseMode(parseMode).linkPreviewOptions(NO_PREVIEW).replyMarkup(keyboard(o.buttons()))
                    .build();
        }
        var b = SendMessage.builder().chatId(String.valueOf(o.chatId())).text(o.text()).parseMode(parseMode)
                .linkPreviewOptions(NO_PREVIEW).replyMarkup(keyboard(o.buttons()));
        if (o.replyTo() != null) {
            b.replyParameters(ReplyParameters.builder().messageId(o.replyTo()).allowSendingWithoutReply(true).build());
        }
        if (o.threadId() != null) {
            b.messageThreadId(o.threadId());
        }
        return b.build();
    }

    static InlineKeyboardMarkup keyboard(List<List<Action.Button>> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        List<InlineKeyboardRow> keyboard = new ArrayList<>();
        for (List<Action.Button> row : rows) {
            InlineKeyboardRow r = new InlineKeyboardRow();
            for (Action.Button b : row) {
                r.add(InlineKeyboardButton.builder().text(b.label()).callbackData(b.data()).build());
            }
            keyboard.add(r);
        }
        return InlineKeyboardMarkup.builder().keyboard(keyboard).build();
    }

    static AnswerCallbackQuery answer(Action.AnswerButton a) {
        var b = AnswerCallbackQuery.builder().callbackQueryId(a.callbackId());
        if (a.text() != null) {
            b.text(a.text().length() > 200 ? a.text().substring(0, 199) + "…" : a.text()).showAlert(a.alert());
        }
        return b.build();
    }

    static AnswerInlineQuery inline(Action.AnswerInline a) {
        List<InlineQueryResult> results = new ArrayList<>();
        for (Action.InlineItem item : a.items().subList(0, Math.min(50, a.items().size()))) {
            Doc content = item.content().split(MESSAGE_LIMIT).get(0);
            results.add(InlineQueryResultArticle.builder().id(item.id()).title(item.title())
                    .description(item.description())
                    .inputMessageContent(InputTextMessageContent.builder().messageText(HtmlRenderer.render(content))
                            .parseMode("HTML").linkPreviewOptions(NO_PREVIEW).build())
                    .build());
        }
        return AnswerInlineQuery.builder().inlineQueryId(a.inlineId()).results(results).cacheTime(a.cacheSeconds()).build();
    }

    static SendChatAction typing(Action.Typing t) {
        var b = SendChatAction.builder().chatId(String.valueOf(t.chatId())).action("typing");
        if (t.threadId() != null) {
            b.messageThreadId(t.threadId());
        }
        return b.build();
    }
}
