package org.transcriptbot.bot.telegram;

import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.transcriptbot.bot.conversation.Incoming;

/** Telegram's updates to the bot's own model of what a user did. */
public final class TelegramMapper {
    private TelegramMapper() {}

    /** The incoming event of an update, or null for updates the bot does not act on. */
    static Incoming incoming(Update u) {
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
            boolean privateChat =
                    mm != null && mm.getChat() != null && "private".equals(mm.getChat().getType());
            String text = mm instanceof Message msg ? msg.getText() : null;
            return new Incoming.ButtonPress(
                    id,
                    q.getId(),
                    sender(q.getFrom()),
                    chatId,
                    messageId,
                    privateChat,
                    q.getData(),
                    text);
        }
        if (u.hasInlineQuery()) {
            InlineQuery q = u.getInlineQuery();
            return new Incoming.InlineRequest(id, q.getId(), sender(q.getFrom()), q.getQuery());
        }
        return null;
    }

    /**
     * Updates with the same key are handled in order: a chat's messages and button presses, a
     * user's inline queries.
     */
    static long orderKey(Incoming in) {
        if (in instanceof Incoming.ChatMessage m) {
            return m.chatId();
        }
        if (in instanceof Incoming.ButtonPress b && b.chatId() != null) {
            return b.chatId();
        }
        return in.from() == null ? 0 : in.from().id();
    }

    private static Incoming.Sender sender(User u) {
        if (u == null) {
            return null;
        }
        String name = u.getUserName() != null ? u.getUserName() : u.getFirstName();
        return new Incoming.Sender(
                u.getId(), name, Boolean.TRUE.equals(u.getIsBot()), u.getLanguageCode());
    }

    private static Incoming.ChatMessage message(int id, Message m, boolean edited) {
        List<Incoming.Entity> entities = new ArrayList<>();
        if (m.getEntities() != null) {
            for (MessageEntity e : m.getEntities()) {
                entities.add(
                        new Incoming.Entity(
                                e.getType(),
                                e.getOffset(),
                                e.getLength(),
                                e.getUser() == null ? null : e.getUser().getId()));
            }
        }
        Incoming.ReplyTo replyTo = null;
        Message r = m.getReplyToMessage();
        if (r != null) {
            String text = r.getText() != null ? r.getText() : r.getCaption();
            replyTo =
                    new Incoming.ReplyTo(
                            r.getMessageId(),
                            r.getFrom() == null ? null : r.getFrom().getId(),
                            r.getFrom() != null && Boolean.TRUE.equals(r.getFrom().getIsBot()),
                            text);
        }
        boolean privateChat = m.getChat() != null && "private".equals(m.getChat().getType());
        Integer thread = Boolean.TRUE.equals(m.getIsTopicMessage()) ? m.getMessageThreadId() : null;
        return new Incoming.ChatMessage(
                id,
                m.getChatId(),
                privateChat,
                sender(m.getFrom()),
                m.getMessageId(),
                thread,
                m.getText(),
                entities,
                replyTo,
                edited);
    }
}
