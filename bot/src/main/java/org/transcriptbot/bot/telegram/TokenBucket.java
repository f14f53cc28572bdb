package org.transcriptbot.bot.telegram;

/** A token bucket: capacity for bursts, refilled at a steady rate. Not thread-safe (callers lock). */
final class TokenBucket {
    private final double capacity;
    private final double perMilli;
    private double tokens;
    private long last;

    TokenBucket(double capacity, double perSecond, long now) {
        this.capacity = capacity;
        this.perMilli = perSecond / 1000.0;
        this.tokens = capacity;
        this.last = now;
    }

    private void refill(long now) {
        if (now > last) {
            tokens = Math.min(capacity, tokens + (now - last) * perMilli);
            last = now;
        }
    }

    /** Milliseconds until a token is available (0 = now). */
    long delay(long now) {
        refill(now);
        return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perMilli);
    }

    void take(long now) {
        refill(now);
        tokens -= 1;
    }
}
