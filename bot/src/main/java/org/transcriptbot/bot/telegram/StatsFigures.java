package org.transcriptbot.bot.telegram;

import java.time.Duration;
import java.util.function.Supplier;
import org.transcriptbot.bot.conversation.DeliveryFigures;
import org.transcriptbot.bot.state.DeliveryStats;

/** The delivery figures /stats shows, read from the state file each time they are asked for. */
record StatsFigures(Supplier<DeliveryStats> stats) implements DeliveryFigures {
    @Override
    public long inboxDepth() {
        return stats.get().inboxDepth();
    }

    @Override
    public long outboxDepth() {
        return stats.get().outboxDepth();
    }

    @Override
    public Duration oldestPendingAnswer() {
        return stats.get().oldestPendingAnswer().orElse(null);
    }

    @Override
    public long messagesSent() {
        return stats.get().sent();
    }

    @Override
    public long retries() {
        return stats.get().retries();
    }

    @Override
    public long refusals() {
        return stats.get().refusals();
    }
}
