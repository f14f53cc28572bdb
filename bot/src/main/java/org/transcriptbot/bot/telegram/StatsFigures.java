package org.transcriptbot.bot.telegram;

import org.transcriptbot.bot.messages.StatsMessage;
import org.transcriptbot.bot.state.DeliveryStats;

/** The delivery figures /stats shows, from the state file's and the dispatcher's figures. */
final class StatsFigures {
    private StatsFigures() {}

    static StatsMessage.Delivery of(DeliveryStats s) {
        return new StatsMessage.Delivery(
                s.inboxDepth(),
                s.outboxDepth(),
                s.oldestPendingAnswer().orElse(null),
                s.sent(),
                s.retries(),
                s.refusals(),
                s.dropped());
    }
}
