package org.transcriptbot.bot.telegram;

import java.util.ArrayDeque;

/**
 * At most max messages in any window of lengthMs. A message in flight holds a place until Telegram
 * answers; an accepted one then holds it until lengthMs after the answer (the answer comes after
 * Telegram counted it, so by Telegram's clock the window is never exceeded); a failed attempt gives
 * its place back. Not thread-safe (the dispatcher locks).
 */
final class SlidingWindow {
    private final int max;
    private final long lengthMs;
    private final ArrayDeque<Long> accepted = new ArrayDeque<>();
    private int inFlight;

    SlidingWindow(int max, long lengthMs) {
        this.max = max;
        this.lengthMs = lengthMs;
    }

    /**
     * Milliseconds until a message may start (0 = now; lengthMs when only an answer in flight can
     * free a place).
     */
    long waitMs(long now) {
        forgetBefore(now);
        if (accepted.size() + inFlight < max) {
            return 0;
        }
        return accepted.isEmpty() ? lengthMs : Math.max(1, accepted.peekFirst() + lengthMs - now);
    }

    void start() {
        inFlight++;
    }

    /** The attempt ended at now: accepted messages keep their place for the window. */
    void end(boolean wasAccepted, long now) {
        inFlight--;
        if (wasAccepted) {
            add(now);
        }
    }

    /** A message accepted at the time (from the send log after a restart). */
    void add(long at) {
        accepted.addLast(at);
    }

    /** True when the window holds nothing (so it may be forgotten). */
    boolean isEmpty(long now) {
        forgetBefore(now);
        return accepted.isEmpty() && inFlight == 0;
    }

    private void forgetBefore(long now) {
        while (!accepted.isEmpty() && accepted.peekFirst() + lengthMs <= now) {
            accepted.pollFirst();
        }
    }
}
