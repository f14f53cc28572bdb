package org.transcriptbot.bot.core;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Fair use: at most N questions a user a minute (sliding window). The first question over the limit gets a
 * polite notice; further ones in the same window are not answered (the notice already said why).
 */
public final class UserLimiter {
    public enum Decision { ALLOW, NOTIFY, DROP }

    private static final long WINDOW_MS = 60_000;

    private final int perMinute;
    private final LongSupplier clock;
    private final Map<Long, Window> windows = new ConcurrentHashMap<>();

    private static final class Window {
        final ArrayDeque<Long> times = new ArrayDeque<>();
        long notifiedAt = -1;
    }

    public UserLimiter(int perMinute, LongSupplier clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    public int perMinute() {
        return perMinute;
    }

    public Decision check(long userId) {
        if (perMinute <= 0) {
            return Decision.ALLOW;
        }
        long now = clock.getAsLong();
        if (windows.size() > 50_000) {
            // forget users whose last question is more than a window old (memory stays bounded)
            windows.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    Long last = e.getValue().times.peekLast();
                    return last == null || now - last >= WINDOW_MS;
                }
            });
        }
        Window w = windows.computeIfAbsent(userId, k -> new Window());
        synchronized (w) {
            while (!w.times.isEmpty() && now - w.times.peekFirst() >= WINDOW_MS) {
                w.times.pollFirst();
            }
            if (w.times.size() < perMinute) {
                w.times.addLast(now);
                return Decision.ALLOW;
            }
            if (w.notifiedAt < 0 || now - w.notifiedAt >= WINDOW_MS) {
                w.notifiedAt = now;
                return Decision.NOTIFY;
            }
            return Decision.DROP;
        }
    }
}
