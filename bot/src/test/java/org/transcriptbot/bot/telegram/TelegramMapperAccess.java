package org.transcriptbot.bot.telegram;

import org.telegram.telegrambots.meta.api.objects.Update;
import org.transcriptbot.bot.conversation.Incoming;
import org.transcriptbot.bot.conversation.Outgoing;

/** Test access to the mappers. */
public final class TelegramMapperAccess {
    private TelegramMapperAccess() {}

    public static Incoming incoming(Update u) {
        return TelegramMapper.incoming(u);
    }

    public static int inlineResults(Outgoing.AnswerInline a) {
        return OutgoingMapper.inline(a).getResults().size();
    }
}
