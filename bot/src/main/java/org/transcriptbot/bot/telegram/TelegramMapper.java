package org.transcriptbot.bot.telegram;

import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.transcriptbot.bot.conversation.Incoming;
import org.transcriptbot.bot.conversation.Outgoing;
import org.transcriptbot.bot.render.HtmlRenderer;
import org.transcriptbot.bot.render.MessageSplitter;
import org.transcriptbot.bot.render.RichText;

/** Telegram's objects to and from the bot's own model. */
public final class TelegramMapper {
    private TelegramMapper() {
    }

    /** The incoming event of an update, or null for updates the bot does not act on. */
    public static Incoming incoming(Update u) {
        int id = u.getUpdateId();
        if (u.hasMessage()) {
            return message(id, u.getMessage(), false);
        }
        if (u.hasEditedMessage()) {
            return message(id, u.getEditedMessage(), true);
        }
        if (u.hasCallbackQuery()) {
            CallbackQuery q = u.getCallbackQuery();
            MaybeInaccessibleMessage mm = q.getMessage();
            Long chatId = mm == null ? null : mm.getChatId();
            Integer messageId = mm == null ? null : mm.getMessageId();
            boolean privateChat = mm != null && mm.getChat() != null && "private".equals(mm.getChat().getType());
            String text = mm instanceof Message msg ? msg.getText() : null;
            return new Incoming.ButtonPress(id, q.getId(), sender(q.getFrom()), chatId, messageId, privateChat, q.getData(), text);
        }
        if (u.hasInlineQuery()) {
            InlineQuery q = u.getInlineQuery();
            return new Incoming.InlineRequest(id, q.getId(), sender(q.getFrom()), q.getQuery());
        }
        return null;
    }

    private static Incoming.Sender sender(User u) {
        if (u == null) {
            return null;
        }
        String name = u.getUserName() != null ? u.getUserName() : u.getFirstName();
        return new Incoming.Sender(u.getId(), name, Boolean.TRUE.equals(u.getIsBot()), u.getLanguageCode());
    }

    private static Incoming.ChatMessage message(int id, Message m, boolean edited) {
        List<Incoming.Entity> entities = new ArrayList<>();
        if (m.getEntities() != null) {
            for (MessageEntity e : m.getEntities()) {
                entities.add(new Incoming.Entity(e.getType(), e.getOffset(), e.getLength(),
                        e.getUser() == null ? null : e.getUser().getId()));
            }
        }
        Incoming.ReplyTo replyTo = null;
        Message r = m.getReplyToMessage();
        if (r != null) {
            String text = r.getText() != null ? r.getText() : r.getCaption();
            replyTo = new Incoming.ReplyTo(r.getMessageId(), r.getFrom() == null ? null : r.getFrom().getId(),
                    r.getFrom() != null && Boolean.TRUE.equals(r.getFrom().getIsBot()), text);
        }
        boolean privateChat = m.getChat() != null && "private".equals(m.getChat().getType());
        Integer thread = Boolean.TRUE.equals(m.getIsTopicMessage()) ? m.getMessageThreadId() : null;
        return new Incoming.ChatMessage(id, m.getChatId(), privateChat, sender(m.getFrom()), m.getMessageId(), thread,
                m.getText(), entities, replyTo, edited);
    }

    static InlineKeyboardMarkup keyboard(List<List<Outgoing.Button>> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        List<InlineKeyboardRow> keyboard = new ArrayList<>();
        for (List<Outgoing.Button> row : rows) {
            InlineKeyboardRow r = new InlineKeyboardRow();
            for (Outgoing.Button b : row) {
                r.add(InlineKeyboardButton.builder().text(b.label()).callbackData(b.data()).build());
            }
            keyboard.add(r);
        }
        return InlineKeyboardMarkup.builder().keyboard(keyboard).build();
    }

    /** A message to send: long documents become several messages, the buttons under the last. */
    public static List<SendMessage> send(Outgoing.Send s) {
        List<RichText> docs = MessageSplitter.split(s.text());
        List<SendMessage> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            var b = SendMessage.builder()
                    .chatId(String.valueOf(s.chatId()))
                    .text(HtmlRenderer.render(docs.get(i)))
                    .parseMode("HTML")
                    .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
            if (s.replyTo() != null) {
                b.replyParameters(ReplyParameters.builder().messageId(s.replyTo()).allowSendingWithoutReply(true).build());
            }
            if (s.threadId() != null) {
                b.messageThreadId(s.threadId());
            }
            if (i == docs.size() - 1 && !s.buttons().isEmpty()) {
                b.replyMarkup(keyboard(s.buttons()));
            }
            out.add(b.build());
        }
        return out;
    }

    public static EditMessageText edit(Outgoing.Edit e) {
        RichText doc = MessageSplitter.first(e.text());
        return EditMessageText.builder()
                .chatId(String.valueOf(e.chatId()))
                .messageId(e.messageId())
                .text(HtmlRenderer.render(doc))
                .parseMode("HTML")
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                .replyMarkup(keyboard(e.buttons()))
                .build();
    }

    public static AnswerCallbackQuery answer(Outgoing.AnswerButton a) {
        var b = AnswerCallbackQuery.builder().callbackQueryId(a.callbackId());
        if (a.text() != null) {
            b.text(a.text().length() > 200 ? a.text().substring(0, 199) + "…" : a.text()).showAlert(a.alert());
        }
        return b.build();
    }

    public static AnswerInlineQuery inline(Outgoing.AnswerInline a) {
        List<InlineQueryResult> results = new ArrayList<>();
        for (Outgoing.InlineItem item : a.items().subList(0, Math.min(50, a.items().size()))) {
            RichText content = MessageSplitter.first(item.content());
            results.add(InlineQueryResultArticle.builder()
                    .id(item.id())
                    .title(item.title())
                    .description(item.description())
                    .inputMessageContent(InputTextMessageContent.builder()
                            .messageText(HtmlRenderer.render(content))
                            .parseMode("HTML")
                            .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                            .build())
                    .build());
        }
        return AnswerInlineQuery.builder().inlineQueryId(a.inlineId()).results(results).cacheTime(a.cacheSeconds()).build();
    }

    public static SendChatAction typing(Outgoing.Typing t) {
        var b = SendChatAction.builder().chatId(String.valueOf(t.chatId())).action("typing");
        if (t.threadId() != null) {
            b.messageThreadId(t.threadId());
        }
        return b.build();
    }

    /** A one-line description of a method for logs (never the token, never the whole text). */
    static String describe(BotApiMethod<?> m) {
        if (m instanceof SendMessage s) {
            return "sendMessage to " + s.getChatId();
        }
        if (m instanceof EditMessageText e) {
            return "editMessageText " + e.getChatId() + "/" + e.getMessageId();
        }
        return m.getMethod();
    }
}
