package org.transcriptbot.bot.metrics;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * The bot's health for /health: starting until the index answers, degraded while messages wait in
 * the outbox and none has left it (sent or given up) for a while, else ok.
 */
public final class Health {
    /**
     * How long queued messages may stand without one of them leaving before the bot counts as
     * degraded.
     */
    public static final Duration STUCK_AFTER = Duration.ofSeconds(60);

    public enum Status {
        OK,
        STARTING,
        DEGRADED
    }

    private final BooleanSupplier indexReady;
    private final LongSupplier pending;
    private final LongSupplier leftOutbox;
    private final LongSupplier clockMs;
    private long lastLeft = -1;
    private long lastMovedMs;

    /**
     * indexReady: the index answers; pending: messages in the outbox; leftOutbox: messages that
     * left it so far (sent or given up); clockMs: milliseconds.
     */
    public Health(
            BooleanSupplier indexReady,
            LongSupplier pending,
            LongSupplier leftOutbox,
            LongSupplier clockMs) {
        this.indexReady = indexReady;
        this.pending = pending;
        this.leftOutbox = leftOutbox;
        this.clockMs = clockMs;
    }

    public synchronized Status status() {
        long now = clockMs.getAsLong();
        long left = leftOutbox.getAsLong();
        if (left != lastLeft || pending.getAsLong() == 0) {
            lastLeft = left;
            lastMovedMs = now;
        }
        if (!indexReady.getAsBoolean()) {
            return Status.STARTING;
        }
        return now - lastMovedMs >= STUCK_AFTER.toMillis() ? Status.DEGRADED : Status.OK;
    }
}
