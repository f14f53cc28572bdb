package org.transcriptbot.bot.telegram;

import java.util.function.LongSupplier;
import org.slf4j.Logger;

/**
 * Logs an outage the way an operator wants to read it: one WARN line with the reason when calls
 * start failing, one ERROR line if it lasts longer than escalateMs, one INFO line when calls work
 * again. Nothing in between, and never a stack trace.
 */
final class OutageLog {
    private final Logger log;
    private final String what;
    private final long escalateMs;
    private final LongSupplier clock;
    private long since = -1;
    private long lastSuccess = Long.MIN_VALUE;
    private int failures;
    private boolean escalated;

    OutageLog(Logger log, String what, long escalateMs, LongSupplier clock) {
        this.log = log;
        this.what = what;
        this.escalateMs = escalateMs;
        this.clock = clock;
    }

    /**
     * An attempt that started at startedAt failed. False if it started before the last success (an
     * answer that arrived late, not a new outage): it is not logged and calls for no backoff.
     */
    synchronized boolean failed(String reason, long startedAt) {
        if (startedAt < lastSuccess) {
            return false;
        }
        failed(reason);
        return true;
    }

    synchronized void failed(String reason) {
        long now = clock.getAsLong();
        failures++;
        if (since < 0) {
            since = now;
            log.warn("{} failed: {}; retrying", what, reason);
        } else if (!escalated && now - since >= escalateMs) {
            escalated = true;
            log.error(
                    "{} has been failing for {} s ({} attempts): {}; still retrying",
                    what,
                    (now - since) / 1000,
                    failures,
                    reason);
        }
    }

    synchronized void succeeded() {
        lastSuccess = clock.getAsLong();
        if (since >= 0) {
            log.info(
                    "{} works again after {} s ({} failed attempts)",
                    what,
                    (clock.getAsLong() - since) / 1000,
                    failures);
        }
        since = -1;
        failures = 0;
        escalated = false;
    }

    /**
     * How long to wait before the next attempt: half a second, doubling with each failure, at most
     * maxMs.
     */
    synchronized long backoffMs(long maxMs) {
        return Math.min(maxMs, 500L << Math.min(20, Math.max(0, failures - 1)));
    }
}
