package org.transcriptbot.bot.app;

import java.io.IOException;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transcriptbot.bot.config.BotConfig;
import org.transcriptbot.bot.config.ConfigException;
import org.transcriptbot.bot.config.Setting;
import org.transcriptbot.bot.conversation.LiveLibrary;
import org.transcriptbot.bot.metrics.Health;
import org.transcriptbot.bot.metrics.Metrics;
import org.transcriptbot.bot.metrics.MetricsServer;
import org.transcriptbot.bot.telegram.BotExit;
import org.transcriptbot.bot.telegram.TelegramBot;
import org.transcriptbot.index.Library;
import org.transcriptbot.index.parse.TranscriptException;
import org.transcriptbot.index.semantic.DenseVectors;
import org.transcriptbot.index.semantic.EmbeddingProgress;

/**
 * Runs the Telegram bot until SIGTERM (or Ctrl-C), then drains and exits 0. Otherwise the exit code
 * of {@link BotExit}: 78 (configuration) when the token is refused or the transcripts cannot be
 * loaded (restarting would not help), 75 when another instance polls the same bot, 73 when the
 * state folder cannot be used. An unreachable Bot API is retried, not an exit.
 */
final class TelegramRunner {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramRunner.class);

    private TelegramRunner() {}

    static int run(CommonOptions options, BotConfig config, PrintWriter err)
            throws ConfigException, InterruptedException {
        LiveLibrary library = Wiring.library(config, options.transcripts);
        TelegramBot bot = Wiring.telegramBot(config, Wiring.conversation(config, library));
        MetricsServer metrics = serveMetrics(config, library, bot);
        try {
            bot.start();
        } catch (TelegramBot.StartException e) {
            stop(bot, metrics);
            err.println(e.getMessage());
            return e.exit == BotExit.STOPPED ? Exits.FAILURE : e.exit.code;
        }
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    LOG.info("Shutdown requested");
                                    stop(bot, metrics);
                                },
                                "tb-shutdown"));
        try {
            library.await();
        } catch (TranscriptException e) {
            stop(bot, metrics);
            err.println(e.getMessage());
            return Exits.CONFIG;
        }
        BotExit exit = bot.awaitExit();
        if (metrics != null) {
            metrics.close();
        }
        if (exit != BotExit.STOPPED) {
            err.println(exit.message);
        }
        return exit.code;
    }

    /** The health and metrics port, when metrics.port is set; null otherwise. */
    private static MetricsServer serveMetrics(
            BotConfig config, LiveLibrary library, TelegramBot bot) throws ConfigException {
        int port = config.integer(Setting.METRICS_PORT);
        if (port == 0) {
            return null;
        }
        Metrics.outboxDepth(() -> bot.deliveryStats().outboxDepth());
        Metrics.indexSize(() -> count(library, false), () -> count(library, true));
        Metrics.embeddingProgress(() -> embedding(library, false), () -> embedding(library, true));
        Health health =
                new Health(
                        () -> library.loaded() != null,
                        () -> bot.deliveryStats().outboxDepth(),
                        () -> handled(bot),
                        System::currentTimeMillis);
        String host = config.text(Setting.METRICS_HOST);
        try {
            MetricsServer server = MetricsServer.start(host, port, health);
            LOG.info("Health and metrics on http://{}:{}/health and /metrics", host, port);
            return server;
        } catch (IOException e) {
            throw new ConfigException(
                    "The health and metrics port "
                            + host
                            + ":"
                            + port
                            + " cannot be opened ("
                            + e.getMessage()
                            + "); choose another "
                            + Setting.METRICS_PORT.key()
                            + ".");
        }
    }

    /** Messages that left the outbox, sent or given up: health sees the queue move. */
    private static long handled(TelegramBot bot) {
        var s = bot.deliveryStats();
        return s.sent() + s.refusals() + s.dropped();
    }

    /**
     * Passages embedded so far (or to embed in all); 0 while loading or with semantic search off.
     */
    private static long embedding(LiveLibrary library, boolean total) {
        Library lib = library.loaded();
        DenseVectors vectors = lib == null ? null : lib.index().vectors();
        if (vectors == null) {
            return 0;
        }
        EmbeddingProgress p = vectors.progress();
        return total ? p.total() : p.done();
    }

    private static long count(LiveLibrary library, boolean passages) {
        Library lib = library.loaded();
        if (lib == null) {
            return 0;
        }
        return passages
                ? lib.transcripts().stream().mapToLong(t -> t.passages().size()).sum()
                : lib.transcripts().size();
    }

    private static void stop(TelegramBot bot, MetricsServer metrics) {
        bot.close();
        if (metrics != null) {
            metrics.close();
        }
    }
}
