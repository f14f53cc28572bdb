package org.transcriptbot.bot.telegram;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import org.transcriptbot.bot.conversation.Conversation;
import org.transcriptbot.bot.state.DeliveryStats;
import org.transcriptbot.bot.state.Inbox;
import org.transcriptbot.bot.state.Outbox;
import org.transcriptbot.bot.state.SendLog;
import org.transcriptbot.bot.state.StateDb;

/**
 * The durable path of a message, wired on the state file: poller → inbox → worker (answers) →
 * outbox → dispatcher → Telegram. start() resumes what the last run left in the inbox and outbox;
 * stop() finishes what it can within the grace period and leaves the rest in the state file for the
 * next start.
 */
final class Delivery {
    private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);
    private static final int SENDER_THREADS = 8;
    private static final long IN_FLIGHT_WAIT_MS = 40_000;

    private final StateDb db;
    private final Inbox inbox;
    private final Outbox outbox;
    private final SendLog sendLog;
    private final SendWindows windows;
    private final Dispatcher dispatcher;
    private final InboxWorker worker;
    private final Poller poller;
    private final ExecutorService handlers;
    private final ExecutorService senders;
    private final ScheduledExecutorService loosePool;
    private final DeliverySettings settings;
    private volatile DeliveryStats stoppedWith;

    Delivery(
            DeliverySettings settings,
            StateDb db,
            TelegramClient client,
            TelegramClient pollClient,
            Conversation conversation,
            Consumer<BotExit> fatal) {
        this.settings = settings;
        this.db = db;
        this.sendLog = new SendLog(db);
        this.outbox = new Outbox(db, sendLog, System::currentTimeMillis);
        this.inbox = new Inbox(db, outbox);
        this.windows = new SendWindows(settings.limits());
        this.handlers = Executors.newFixedThreadPool(settings.handlerThreads(), threads("handle"));
        this.senders = Executors.newFixedThreadPool(SENDER_THREADS, threads("send"));
        this.loosePool = Executors.newScheduledThreadPool(2, threads("answer"));
        this.dispatcher =
                new Dispatcher(
                        client,
                        outbox,
                        sendLog,
                        windows,
                        senders,
                        System::currentTimeMillis,
                        settings,
                        fatal);
        this.worker =
                new InboxWorker(
                        inbox,
                        outbox,
                        conversation,
                        dispatcher,
                        new LooseSender(client, loosePool),
                        handlers);
        this.poller = new Poller(pollClient, inbox, worker, settings, fatal);
        conversation.replyLaterWith(worker::later);
    }

    static ThreadFactory threads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "tb-" + name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Resumes the inbox and outbox of the last run, then starts sending and polling. */
    void start() {
        long now = System.currentTimeMillis();
        windows.restore(sendLog.since(now - settings.limits().longest().toMillis()));
        var pending = inbox.pending();
        var queued = outbox.all();
        if (!pending.isEmpty() || !queued.isEmpty()) {
            LOG.info(
                    "Resuming: {} update(s) to handle and {} message(s) to send from {}",
                    pending.size(),
                    queued.size(),
                    db.file());
        }
        dispatcher.add(queued);
        worker.submit(pending);
        threads("dispatch").newThread(dispatcher).start();
        threads("poll").newThread(poller).start();
    }

    /**
     * Stops polling (cancelPoll ends the request in flight), finishes updates and messages within
     * the grace period, waits for sends in flight and closes the state file. Returns a summary for
     * the log.
     */
    String stop(Duration grace, Runnable cancelPoll) throws InterruptedException {
        poller.stop();
        cancelPoll.run();
        long end = System.currentTimeMillis() + grace.toMillis();
        boolean handled = worker.awaitHandled(grace.toMillis());
        boolean sent = dispatcher.awaitEmpty(Math.max(0, end - System.currentTimeMillis()));
        worker.stop();
        dispatcher.stop(IN_FLIGHT_WAIT_MS);
        handlers.shutdownNow();
        senders.shutdownNow();
        loosePool.shutdown();
        loosePool.awaitTermination(2, TimeUnit.SECONDS);
        loosePool.shutdownNow();
        handlers.awaitTermination(1, TimeUnit.SECONDS);
        DeliveryStats s = stats();
        stoppedWith = s;
        db.close();
        return (handled && sent
                        ? ""
                        : s.inboxDepth()
                                + " update(s) and "
                                + s.outboxDepth()
                                + " message(s) kept for the next start; ")
                + s.sent()
                + " sent, "
                + s.retries()
                + " retried, "
                + s.refusals()
                + " refused";
    }

    /** The figures now, or as they stood when stop() closed the state file. */
    DeliveryStats stats() {
        if (stoppedWith != null) {
            return stoppedWith;
        }
        DeliveryCounters c = dispatcher.counters();
        var oldest = outbox.oldestCreatedAt();
        return new DeliveryStats(
                inbox.depth(),
                outbox.depth(),
                oldest.isPresent()
                        ? java.util.Optional.of(
                                Duration.ofMillis(System.currentTimeMillis() - oldest.getAsLong()))
                        : java.util.Optional.empty(),
                c.sent.get(),
                c.retries.get(),
                c.refusals.get(),
                c.dropped.get());
    }
}
