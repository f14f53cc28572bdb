package org.transcriptbot.bot.telegram;

import org.telegram.telegrambots.meta.api.objects.Update;
import org.transcriptbot.bot.core.Action;
import org.transcriptbot.bot.core.Incoming;

/** Test access to the mappers. */
public final class TelegramMapperAccess {
    private TelegramMapperAccess() {
    }

    public static Incoming incoming(Update u) {
        return TelegramMapper.incoming(u);
    }

    public static int inlineResults(Action.AnswerInline a) {
        return OutgoingMapper.inline(a).getResults().size();
    }
}
