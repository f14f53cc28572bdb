package org.transcriptbot.bot.telegram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transcriptbot.bot.metrics.Metrics;
import org.transcriptbot.bot.state.Outbox;
import org.transcriptbot.bot.state.SendLog;
import org.transcriptbot.bot.state.StateException;

/**
 * The dispatcher's housekeeping: drops answers that waited longer than the maximum age (an outage
 * of a day), with one log line for all of them instead of retrying forever (looks at most once a
 * second); once a minute forgets empty sending windows and send times too old to matter.
 */
final class Housekeeping {
    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

    private final Outbox outbox;
    private final SendLog sendLog;
    private final long maxAgeMs;
    private final long longestWindowMs;
    private final DeliveryCounters counters;
    private long lastLook = Long.MIN_VALUE;
    private long lastTidy;

    Housekeeping(
            Outbox outbox,
            SendLog sendLog,
            DeliverySettings settings,
            DeliveryCounters counters,
            long now) {
        this.outbox = outbox;
        this.sendLog = sendLog;
        this.maxAgeMs = settings.maxAge().toMillis();
        this.longestWindowMs = settings.limits().longest().toMillis();
        this.counters = counters;
        this.lastTidy = now;
    }

    /** Once a minute: forgets empty windows and send times too old to matter. */
    void tidy(SendWindows windows, long now) {
        if (now - lastTidy < 60_000) {
            return;
        }
        lastTidy = now;
        windows.forgetEmpty(now);
        try {
            sendLog.prune(now - longestWindowMs);
        } catch (StateException e) {
            LOG.warn("Old send times could not be pruned: {}", e.getMessage());
        }
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
            q.removeIf(
                    m -> {
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
            ids.forEach(id -> Metrics.sendFailed());
            LOG.warn(
                    "Dropped {} answer(s) that could not be delivered within {} h",
                    ids.size(),
                    maxAgeMs / 3_600_000);
        }
    }
}
