package org.transcriptbot.bot.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transcriptbot.bot.state.Outbox;

/**
 * Drops answers that waited longer than the maximum age (an outage of a day): they leave the outbox with one log
 * line for all of them, instead of being retried forever. Looks at most once a second.
 */
final class ExpiryCheck {
    private static final Logger LOG = LoggerFactory.getLogger(ExpiryCheck.class);

    private final Outbox outbox;
    private final long maxAgeMs;
    private final DeliveryCounters counters;
    private long lastLook = Long.MIN_VALUE;

    ExpiryCheck(Outbox outbox, Duration maxAge, DeliveryCounters counters) {
        this.outbox = outbox;
        this.maxAgeMs = maxAge.toMillis();
        this.counters = counters;
    }

    /** Removes expired messages from the queues (none of them in flight) and from the outbox. */
    void dropExpired(List<? extends Collection<Outbox.Message>> queues, long now) {
        if (now - lastLook < 1_000 && lastLook != Long.MIN_VALUE) {
            return;
        }
        lastLook = now;
        long cutoff = now - maxAgeMs;
        List<Long> ids = new ArrayList<>();
        for (Collection<Outbox.Message> q : queues) {
            q.removeIf(m -> {
                boolean old = m.createdAt() < cutoff;
                if (old) {
                    ids.add(m.id());
                }
                return old;
            });
        }
        if (!ids.isEmpty()) {
            outbox.discard(ids);
            counters.dropped.addAndGet(ids.size());
            LOG.warn("Dropped {} answer(s) that could not be delivered within {} h", ids.size(), maxAgeMs / 3_600_000);
        }
    }
}
