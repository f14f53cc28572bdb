package org.transcriptbot.bot.telegram;

import java.util.TreeSet;

/**
 * At-least-once delivery: the offset confirmed to Telegram is the lowest update still being handled (or one
 * past the highest received when none is), so an update is confirmed only after it was handled.
 */
final class OffsetTracker {
    private final TreeSet<Integer> inFlight = new TreeSet<>();
    private int maxReceived;

    synchronized void received(int id) {
        inFlight.add(id);
        maxReceived = Math.max(maxReceived, id);
    }

    synchronized void done(int id) {
        inFlight.remove(id);
        notifyAll();
    }

    /** The offset for the next getUpdates (confirms every update below it). */
    synchronized int offset() {
        return inFlight.isEmpty() ? (maxReceived == 0 ? 0 : maxReceived + 1) : inFlight.first();
    }

    synchronized int inFlight() {
        return inFlight.size();
    }

    /** Waits until nothing is in flight, at most millis; true if idle. */
    synchronized boolean awaitIdle(long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (!inFlight.isEmpty()) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }
}
