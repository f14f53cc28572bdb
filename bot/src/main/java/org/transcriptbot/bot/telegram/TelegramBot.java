package org.transcriptbot.bot.telegram;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.transcriptbot.bot.conversation.Conversation;
import org.transcriptbot.bot.state.DeliveryStats;
import org.transcriptbot.bot.state.StateDb;
import org.transcriptbot.bot.state.StateException;

/**
 * The Telegram bot: signs in (getMe, retried with backoff while the Bot API is unreachable), opens
 * the state file and runs the durable delivery (Delivery) until close() or until Telegram ends it
 * (401, 409: see awaitExit()), over the two Bot API clients of {@link BotApiClients}.
 */
public final class TelegramBot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);

    private final DeliverySettings settings;
    private final Conversation conversation;
    private final BotApiClients clients;
    private final CompletableFuture<BotExit> exit = new CompletableFuture<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile Delivery delivery;
    private volatile boolean stopping;

    public TelegramBot(DeliverySettings settings, Conversation conversation) {
        this.settings = settings;
        this.conversation = conversation;
        Redaction.secret(settings.token());
        this.clients = new BotApiClients(settings);
    }

    public Conversation conversation() {
        return conversation;
    }

    /**
     * Opens the state, signs in, resumes and starts polling. Throws with one clear sentence and an
     * exit code.
     */
    public void start() throws StartException {
        StateDb db;
        try {
            db = StateDb.open(settings.stateDir());
        } catch (StateException e) {
            throw new StartException(
                    e.getMessage() + " " + BotExit.STATE_UNUSABLE.message, BotExit.STATE_UNUSABLE);
        }
        try {
            User me = signIn();
            conversation.identity(me.getId(), me.getUserName());
            LOG.info(
                    "Signed in as @{} (id {}); state in {}",
                    me.getUserName(),
                    me.getId(),
                    db.file());
        } catch (StartException e) {
            db.close();
            throw e;
        }
        delivery =
                new Delivery(settings, db, clients.send, clients.poll, conversation, this::fatal);
        conversation.reportDeliveryWith(() -> StatsFigures.of(deliveryStats()));
        delivery.start();
        LOG.info("Polling {} for updates", settings.apiUrl());
        conversation.library().loadInBackground();
        conversation.library().warmUp();
        Delivery.threads("menu").newThread(() -> CommandMenu.register(clients.send)).start();
    }

    /**
     * getMe until it works: a refused token ends start-up, an unreachable Bot API is retried with
     * backoff.
     */
    private User signIn() throws StartException {
        OutageLog outage =
                new OutageLog(
                        LOG,
                        "Signing in (getMe) at " + settings.apiUrl(),
                        60_000,
                        System::currentTimeMillis);
        while (!stopping) {
            try {
                return clients.send.execute(new GetMe());
            } catch (TelegramApiException e) {
                ApiFailure f = ApiFailure.of(e);
                if (f.is(ApiFailure.Kind.TOKEN_REFUSED)) {
                    throw new StartException(BotExit.TOKEN_REFUSED.message, BotExit.TOKEN_REFUSED);
                }
                outage.failed(f.reason());
                try {
                    closed.await(
                            Math.max(
                                    f.retryAfterMs(),
                                    outage.backoffMs(settings.retryMax().toMillis())),
                            TimeUnit.MILLISECONDS);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        throw new StartException("Stopped before signing in.", BotExit.STOPPED);
    }

    private void fatal(BotExit why) {
        if (exit.complete(why)) {
            LOG.error("Telegram ended the bot ({}); stopping", why);
            Delivery.threads("fatal-stop").newThread(this::close).start();
        }
    }

    /**
     * Blocks until the bot has stopped, and says why (STOPPED after close(), else what Telegram
     * answered).
     */
    public BotExit awaitExit() throws InterruptedException {
        closed.await();
        try {
            return exit.get();
        } catch (ExecutionException e) {
            return BotExit.STOPPED;
        }
    }

    /** Queue depths and counters for /stats (empty figures before start()). */
    public DeliveryStats deliveryStats() {
        Delivery d = delivery;
        return d == null ? new DeliveryStats(0, 0, Optional.empty(), 0, 0, 0, 0) : d.stats();
    }

    /**
     * Stops polling, finishes the work in hand within the grace period, keeps the rest in the state
     * file for the next start, and shuts every thread down (ours and OkHttp's) so the JVM exits.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (stopping) {
                return;
            }
            stopping = true;
        }
        LOG.info("Stopping: finishing work in hand (at most {} s)", settings.grace().toSeconds());
        String summary = "not started";
        try {
            if (delivery != null) {
                summary = delivery.stop(settings.grace(), clients::cancelPoll);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        clients.shutDown();
        LOG.info("Stopped ({})", summary);
        exit.complete(BotExit.STOPPED);
        closed.countDown();
    }

    /** Start-up failure: one sentence, and the exit code it calls for. */
    public static final class StartException extends Exception {
        private static final long serialVersionUID = 1L;
        public final transient BotExit exit;

        public StartException(String message, BotExit exit) {
            super(message);
            this.exit = exit;
        }
    }
}
