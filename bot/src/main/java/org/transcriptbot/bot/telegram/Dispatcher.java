package org.transcriptbot.bot.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import org.transcriptbot.bot.state.Outbox;
import org.transcriptbot.bot.state.SendLog;
import org.transcriptbot.bot.state.StateException;
import org.transcriptbot.bot.telegram.Lanes.Lane;

/**
 * Sends the outbox. Each chat is a lane: its messages go out in order, one at a time (so a crash
 * can repeat at most the one message a chat had in flight), when the sliding windows allow. Among
 * the chats that may send, the answer to the oldest update goes first: a busy chat cannot starve
 * the others (its own window holds it back), and a group held back by its 20 a minute sends as soon
 * as its window allows. A 429 holds its chat for retry_after; a 5xx or network error pauses all
 * sending with growing backoff for as long as the outage lasts; 400/403 remove the message with a
 * log line; messages older than maxAge are dropped. dispatchDue() does one round; run() repeats it
 * whenever something changed.
 */
final class Dispatcher implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    private static final long IDLE_MS = 1_000;

    private final TelegramClient client;
    private final Outbox outbox;
    private final SendWindows windows;
    private final Executor senders;
    private final LongSupplier clock;
    private final Consumer<BotExit> fatal;
    private final Lanes lanes = new Lanes();
    private final DeliveryCounters counters = new DeliveryCounters();
    private final Housekeeping housekeeping;
    private final AttemptResults results;
    private long pausedUntil;
    private int inFlight;
    private boolean stopping;

    Dispatcher(
            TelegramClient client,
            Outbox outbox,
            SendLog sendLog,
            SendWindows windows,
            Executor senders,
            LongSupplier clock,
            DeliverySettings settings,
            Consumer<BotExit> fatal) {
        this.client = client;
        this.outbox = outbox;
        this.windows = windows;
        this.senders = senders;
        this.clock = clock;
        this.fatal = fatal;
        this.housekeeping =
                new Housekeeping(outbox, sendLog, settings, counters, clock.getAsLong());
        this.results =
                new AttemptResults(
                        outbox,
                        counters,
                        new OutageLog(LOG, "Sending messages", 60_000, clock),
                        settings.retryMax().toMillis());
    }

    DeliveryCounters counters() {
        return counters;
    }

    /** Queues messages already in the outbox (after their transaction committed). */
    synchronized void add(List<Outbox.Message> messages) {
        lanes.add(messages);
        notifyAll();
    }

    /** Starts every send that may start now; returns the milliseconds until the next one may. */
    synchronized long dispatchDue() {
        long now = clock.getAsLong();
        if (stopping) {
            return IDLE_MS;
        }
        housekeeping.tidy(windows, now);
        housekeeping.dropExpired(lanes.idleQueues(), now);
        if (now < pausedUntil) {
            return pausedUntil - now;
        }
        long next = IDLE_MS;
        for (Lane lane : lanes.waiting()) { // the oldest question first
            long wait =
                    Math.max(lane.notBefore - now, windows.waitMs(lane.chatId, lane.group, now));
            if (wait > 0) {
                next = Math.min(next, wait);
            } else {
                start(lane);
            }
        }
        return next;
    }

    private void start(Lane lane) {
        Outbox.Message m = lane.queue.peekFirst();
        lane.busy = true;
        lane.startedAt = clock.getAsLong();
        inFlight++;
        windows.start(lane.chatId, lane.group);
        senders.execute(() -> send(lane, m));
    }

    private void send(Lane lane, Outbox.Message m) {
        StoredMessage o;
        try {
            o = OutgoingJson.read(m.payload());
        } catch (JsonProcessingException e) {
            LOG.error(
                    "Message {} in the outbox cannot be read ({}); dropped",
                    m.id(),
                    e.getOriginalMessage());
            finish(lane, m, null, new ApiFailure(ApiFailure.Kind.REFUSED, "unreadable", 0));
            return;
        }
        finish(lane, m, o, ApiFailure.ofCall(client, OutgoingMapper.method(o)));
    }

    private synchronized void finish(
            Lane lane, Outbox.Message m, StoredMessage o, ApiFailure failure) {
        long now = clock.getAsLong();
        inFlight--;
        lane.busy = false;
        windows.end(lane.chatId, lane.group, failure == null, now);
        try {
            AttemptResults.Result r = results.record(m, o, failure, lane.startedAt, now);
            switch (r.next()) {
                case NEXT_MESSAGE -> lane.queue.pollFirst();
                case CHAT_WAITS -> lane.notBefore = r.until();
                case ALL_WAIT -> pausedUntil = r.until();
                case RESEND -> {
                    lane.queue.pollFirst();
                    lane.queue.addFirst(r.head());
                }
                case STOP -> fatal.accept(BotExit.TOKEN_REFUSED);
            }
            if (failure == null) {
                pausedUntil = 0;
            }
        } catch (StateException e) {
            LOG.error(
                    "The outbox could not be updated after {}: {}",
                    o == null ? "a message" : o.describe(),
                    e.getMessage());
        }
        notifyAll();
    }

    /** Sends until stop(): a round whenever a message was added, a send ended or a wait ran out. */
    @Override
    public void run() {
        synchronized (this) {
            while (!stopping) {
                long wait = dispatchDue();
                try {
                    wait(Math.max(1, Math.min(wait, IDLE_MS)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Waits until every queued message was sent (or left), at most millis; true if the outbox is
     * empty.
     */
    synchronized boolean awaitEmpty(long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (!lanes.empty()) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            wait(Math.min(left, 100));
        }
        return true;
    }

    /**
     * Starts no more sends and waits (at most millis) for those in flight, so none is cut off
     * mid-way.
     */
    synchronized void stop(long millis) throws InterruptedException {
        stopping = true;
        notifyAll();
        long end = System.currentTimeMillis() + millis;
        while (inFlight > 0 && System.currentTimeMillis() < end) {
            wait(Math.max(1, Math.min(100, end - System.currentTimeMillis())));
        }
    }
}
