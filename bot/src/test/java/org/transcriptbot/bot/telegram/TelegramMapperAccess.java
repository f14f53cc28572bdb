package org.transcriptbot.bot.telegram;

import org.transcriptbot.bot.core.Action;

/** Test access to the mapper. */
public final class TelegramMapperAccess {
    private TelegramMapperAccess() {
    }

    public static int inlineResults(Action.AnswerInline a) {
        return TelegramMapper.inline(a).getResults().size();
    }
}
