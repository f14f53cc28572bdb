package org.transcriptbot.bot.telegram;

import org.transcriptbot.bot.conversation.Outgoing;

/** Test access to the mapper. */
public final class TelegramMapperAccess {
    private TelegramMapperAccess() {
    }

    public static org.transcriptbot.bot.conversation.Incoming incoming(org.telegram.telegrambots.meta.api.objects.Update u) {
        return TelegramMapper.incoming(u);
    }

    public static java.util.List<org.telegram.telegrambots.meta.api.methods.send.SendMessage> send(Outgoing.Send s) {
        return TelegramMapper.send(s);
    }

    public static int inlineResults(Outgoing.AnswerInline a) {
        return TelegramMapper.inline(a).getResults().size();
    }
}
