package org.transcriptbot.bot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.ExponentialBackOff;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.transcriptbot.bot.conversation.Conversation;
import org.transcriptbot.bot.messages.CommandMenuText;
import org.transcriptbot.bot.messages.Lang;

/**
 * The Telegram bot: TelegramBots long polling and OkHttp client, with the gaps the library leaves closed:
 * the offset is confirmed only after updates were handled (our getUpdates generator asks from the lowest update
 * still in hand), consume() never throws, getUpdates honours retry_after, sending retries (Outbox), and stop()
 * drains the work, confirms the offset and shuts down every thread it started (ours and OkHttp's), so the JVM
 * exits.
 */
public final class TelegramBot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);
    static final List<String> UPDATES = List.of("message", "edited_message", "callback_query", "inline_query");

    /** Runtime settings. */
    public record Settings(URI apiUrl, String token, int pollTimeoutSeconds, int handlerThreads, Outbox.Limits limits,
                           Duration grace) {
        @Override
        public String toString() {
            return "Settings[apiUrl=" + apiUrl + ", token=<hidden>]";
        }
    }

    private final Settings settings;
    private final Conversation conversation;
    private final ObjectMapper json = new ObjectMapper();
    private final OkHttpClient sendHttp;
    private final OkHttpClient pollHttp;
    private final ScheduledExecutorService sendPool;
    private final ScheduledExecutorService pollExecutor;
    private final ExecutorService handlers;
    private final OkHttpTelegramClient client;
    private final Outbox outbox;
    private final UpdatePipeline pipeline;
    private TelegramBotsLongPollingApplication app;
    private BotSession session;
    private volatile boolean stopped;

    public TelegramBot(Settings settings, Conversation conversation) {
        this.settings = settings;
        this.conversation = conversation;
        Redaction.secret(settings.token());
        this.sendHttp = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10)).readTimeout(Duration.ofSeconds(30)).writeTimeout(Duration.ofSeconds(30))
                .build();
        // its own dispatcher and pool: cancelling the long poll at shutdown must not cancel messages being sent
        this.pollHttp = sendHttp.newBuilder()
                .dispatcher(new okhttp3.Dispatcher())
                .connectionPool(new okhttp3.ConnectionPool())
                .readTimeout(Duration.ofSeconds(settings.pollTimeoutSeconds() + 15L))
                .addInterceptor(new RetryAfterInterceptor())
                .build();
        this.sendPool = Executors.newScheduledThreadPool(Math.max(2, settings.handlerThreads()), threads("send"));
        this.pollExecutor = Executors.newSingleThreadScheduledExecutor(threads("poll"));
        this.handlers = Executors.newFixedThreadPool(settings.handlerThreads(), threads("handle"));
        this.client = new OkHttpTelegramClient(json, sendHttp, settings.token(), telegramUrl(settings.apiUrl()));
        this.outbox = new Outbox(client, sendPool, settings.limits(), System::currentTimeMillis);
        this.pipeline = new UpdatePipeline(conversation, outbox, handlers);
        conversation.replyLaterWith(pipeline::perform);
    }

    public Conversation conversation() {
        return conversation;
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "tb-" + name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    static TelegramUrl telegramUrl(URI u) {
        boolean https = "https".equals(u.getScheme());
        int port = u.getPort() > 0 ? u.getPort() : https ? 443 : 80;
        return new TelegramUrl(u.getScheme(), u.getHost(), port, false);
    }

    /** Learns the bot's name, registers its commands and starts polling. Throws with one clear sentence. */
    public void start() throws StartException {
        User me;
        try {
            me = client.execute(new GetMe());
        } catch (TelegramApiRequestException e) {
            if (e.getErrorCode() != null && (e.getErrorCode() == 401 || e.getErrorCode() == 404)) {
                throw new StartException("Telegram rejected the bot token (" + e.getErrorCode()
                        + "): check TELEGRAM_BOT_TOKEN (BotFather's /token shows it).", true);
            }
            throw new StartException("The Bot API at " + settings.apiUrl() + " answered getMe with an error: "
                    + Redaction.redact(e.getMessage()), false);
        } catch (TelegramApiException e) {
            throw new StartException("Cannot reach the Bot API at " + settings.apiUrl() + " ("
                    + Redaction.redact(String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage()))
                    + "); check TELEGRAM_API_URL and the network.", false);
        }
        conversation.identity(me.getId(), me.getUserName());
        LOG.info("Signed in as @{} (id {})", me.getUserName(), me.getId());
        try {
            app = new TelegramBotsLongPollingApplication(() -> json, () -> pollHttp, () -> pollExecutor,
                    ExponentialBackOff::new);
            session = app.registerBot(settings.token(), () -> telegramUrl(settings.apiUrl()), this::nextGetUpdates, pipeline);
        } catch (TelegramApiException e) {
            throw new StartException("Long polling could not start: " + Redaction.redact(e.getMessage()), false);
        }
        LOG.info("Polling {} for updates", settings.apiUrl());
        // after the first poll is on its way: load the transcripts (updates wait for them, unconfirmed), the
        // embedding model and the command list
        conversation.library().loadInBackground();
        conversation.library().warmUp();
        sendPool.execute(this::registerCommands);
    }

    /**
     * The getUpdates request: offset from our tracker (the lowest update still in hand), not from the library's
     * last received id. While updates are being handled it waits a little for them first, so polling neither
     * confirms unhandled updates nor spins on updates Telegram sends again.
     */
    GetUpdates nextGetUpdates(Integer libraryLastReceived) {
        try {
            pipeline.awaitHandled(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return GetUpdates.builder()
                .offset(pipeline.offset())
                .limit(100)
                .timeout(pipeline.inFlight() > 0 ? 0 : settings.pollTimeoutSeconds())
                .allowedUpdates(UPDATES)
                .build();
    }

    private void registerCommands() {
        List<BotCommand> zh = menu(Lang.ZH);
        List<BotCommand> en = menu(Lang.EN);
        try {
            client.execute(SetMyCommands.builder().commands(en).build());
            client.execute(SetMyCommands.builder().commands(zh).languageCode("zh").build());
        } catch (TelegramApiException e) {
            LOG.warn("The command list could not be registered ({}); the bot works without it",
                    Redaction.redact(e.getMessage()));
        }
    }

    private static List<BotCommand> menu(Lang lang) {
        return CommandMenuText.of(lang).stream().map(e -> new BotCommand(e.command(), e.description())).toList();
    }

    /**
     * Stops polling, finishes the updates in hand and the messages queued (within the grace period), confirms
     * the offset to Telegram and shuts every thread down.
     */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        long graceMs = settings.grace().toMillis();
        LOG.info("Stopping: finishing work in hand (at most {} s)", graceMs / 1000);
        pipeline.stopAccepting();
        quietLibraryPoller();
        if (session != null) {
            session.stop();
        }
        pollHttp.dispatcher().runningCalls().forEach(okhttp3.Call::cancel);
        pollExecutor.shutdownNow();
        long end = System.currentTimeMillis() + graceMs;
        try {
            if (!pipeline.awaitHandled(Math.max(0, end - System.currentTimeMillis()))) {
                LOG.warn("{} update(s) still being handled at shutdown; Telegram will deliver them again", pipeline.inFlight());
            }
            if (!outbox.awaitIdle(Math.max(0, end - System.currentTimeMillis()))) {
                LOG.warn("{} message(s) could not be sent before shutdown", outbox.pending());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        confirmOffset();
        handlers.shutdownNow();
        sendPool.shutdownNow();
        try {
            if (app != null) {
                app.close();
            }
        } catch (Exception e) {
            LOG.debug("Closing the polling application: {}", e.getMessage());
        }
        for (OkHttpClient c : List.of(sendHttp, pollHttp)) {
            c.dispatcher().executorService().shutdownNow();
            c.connectionPool().evictAll();
        }
        try {
            handlers.awaitTermination(1, TimeUnit.SECONDS);
            sendPool.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("Stopped (offset {} confirmed; {} sent, {} retried, {} failed)", pipeline.offset(), outbox.sent(),
                outbox.retried(), outbox.failed());
    }

    /**
     * The library logs the cancelled long poll of a shutdown as an ERROR with a stack trace; it is expected, so
     * its poller is silenced from here on.
     */
    private static void quietLibraryPoller() {
        if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext lc) {
            lc.getLogger("org.telegram.telegrambots.longpolling.BotSession").setLevel(ch.qos.logback.classic.Level.OFF);
        }
    }

    /** Tells Telegram which updates were handled: a getUpdates with the offset and no wait. */
    private void confirmOffset() {
        int offset = pipeline.offset();
        if (offset <= 0) {
            return;
        }
        try {
            client.execute(GetUpdates.builder().offset(offset).limit(1).timeout(0).allowedUpdates(UPDATES).build());
        } catch (TelegramApiException | RuntimeException e) {
            LOG.warn("The offset could not be confirmed at shutdown ({}); some updates may be delivered again",
                    Redaction.redact(e.getMessage()));
        }
    }

    public Outbox outbox() {
        return outbox;
    }

    public UpdatePipeline pipeline() {
        return pipeline;
    }

    /** Start-up failure, one sentence; refused: the token was refused (a restart will not help). */
    public static final class StartException extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean refused;

        public StartException(String message, boolean refused) {
            super(message);
            this.refused = refused;
        }

        public boolean refused() {
            return refused;
        }
    }
}
