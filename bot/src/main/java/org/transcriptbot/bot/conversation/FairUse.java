package org.transcriptbot.bot.conversation;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Fair use: at most N questions a user a minute (sliding window). The first question over the limit
 * gets one notice saying when the user can ask again and that questions sent before then are not
 * answered; further ones in that time are not answered (the notice said so).
 */
final class FairUse {
    private static final long WINDOW_MS = 60_000;
    private static final int FORGET_OVER = 50_000;

    enum Kind {
        ALLOW,
        NOTIFY,
        DROP
    }

    /**
     * What to do with a question; retryInSeconds is when the user may ask again (0 when allowed).
     */
    record Decision(Kind kind, long retryInSeconds) {}

    private final int perMinute;
    private final LongSupplier clock;
    private final Map<Long, Window> windows = new ConcurrentHashMap<>();

    private static final class Window {
        final ArrayDeque<Long> times = new ArrayDeque<>();
        long notifiedUntil = -1;
    }

    FairUse(int perMinute, LongSupplier clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    int perMinute() {
        return perMinute;
    }

    Decision check(long userId) {
        if (perMinute <= 0) {
            return new Decision(Kind.ALLOW, 0);
        }
        long now = clock.getAsLong();
        if (windows.size() > FORGET_OVER) {
            windows.entrySet().removeIf(e -> idle(e.getValue(), now));
        }
        Window w = windows.computeIfAbsent(userId, k -> new Window());
        synchronized (w) {
            while (!w.times.isEmpty() && now - w.times.peekFirst() >= WINDOW_MS) {
                w.times.pollFirst();
            }
            if (w.times.size() < perMinute) {
                w.times.addLast(now);
                return new Decision(Kind.ALLOW, 0);
            }
            long freeAt = w.times.peekFirst() + WINDOW_MS;
            long retryIn = Math.max(1, (freeAt - now + 999) / 1000);
            if (now >= w.notifiedUntil) {
                w.notifiedUntil = freeAt;
                return new Decision(Kind.NOTIFY, retryIn);
            }
            return new Decision(Kind.DROP, retryIn);
        }
    }

    /**
     * A user whose last question is more than a window old (forgotten, so memory stays bounded).
     */
    private static boolean idle(Window w, long now) {
        synchronized (w) {
            Long last = w.times.peekLast();
            return last == null || now - last >= WINDOW_MS;
        }
    }
}
