package org.transcriptbot.bot.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transcriptbot.bot.config.BotConfig;
import org.transcriptbot.bot.config.ConfigException;
import org.transcriptbot.bot.config.Setting;
import org.transcriptbot.bot.conversation.LiveLibrary;
import org.transcriptbot.bot.metrics.Health;
import org.transcriptbot.bot.metrics.Metrics;
import org.transcriptbot.bot.metrics.MetricsServer;
import org.transcriptbot.bot.telegram.Outbox;
import org.transcriptbot.bot.telegram.TelegramBot;
import org.transcriptbot.index.Library;
import org.transcriptbot.index.parse.TranscriptException;

/**
 * Runs the Telegram bot until SIGTERM (or Ctrl-C), then drains and exits. Exit 78 (configuration) when the
 * token is refused or the transcripts cannot be loaded: restarting would not help; 1 when the Bot API cannot be
 * reached.
 */
final class TelegramRunner {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramRunner.class);

    private TelegramRunner() {
    }

    static int run(CommonOptions options, BotConfig config, PrintWriter err) throws ConfigException,
            InterruptedException {
        LiveLibrary library = Wiring.library(config, options.transcripts);
        TelegramBot bot = Wiring.telegramBot(config, Wiring.conversation(config, library));
        MetricsServer metrics = serveMetrics(config, library, bot.outbox());
        try {
            bot.start();
        } catch (TelegramBot.StartException e) {
            stop(bot, metrics);
            err.println(e.getMessage());
            return e.refused() ? Exits.CONFIG : Exits.FAILURE;
        }
        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Shutdown requested");
            stop(bot, metrics);
            done.countDown();
        }, "tb-shutdown"));
        try {
            library.await();
        } catch (TranscriptException e) {
            stop(bot, metrics);
            err.println(e.getMessage());
            return Exits.CONFIG;
        }
        done.await();
        return Exits.OK;
    }

    /** The health and metrics port, when metrics.port is set; null otherwise. */
    private static MetricsServer serveMetrics(BotConfig config, LiveLibrary library, Outbox outbox) throws ConfigException {
        int port = config.integer(Setting.METRICS_PORT);
        if (port == 0) {
            return null;
        }
        Metrics.outboxDepth(outbox::pending);
        Metrics.indexSize(() -> count(library, false), () -> count(library, true));
        Health health = new Health(() -> library.loaded() != null, outbox::pending,
                () -> outbox.sent() + outbox.failed(), System::currentTimeMillis);
        String host = config.text(Setting.METRICS_HOST);
        try {
            MetricsServer server = MetricsServer.start(host, port, health);
            LOG.info("Health and metrics on http://{}:{}/health and /metrics", host, port);
            return server;
        } catch (IOException e) {
            throw new ConfigException("The health and metrics port " + host + ":" + port + " cannot be opened ("
                    + e.getMessage() + "); choose another " + Setting.METRICS_PORT.key() + ".");
        }
    }

    private static long count(LiveLibrary library, boolean passages) {
        Library lib = library.loaded();
        if (lib == null) {
            return 0;
        }
        return passages ? lib.transcripts().stream().mapToLong(t -> t.passages().size()).sum() : lib.transcripts().size();
    }

    private static void stop(TelegramBot bot, MetricsServer metrics) {
        bot.close();
        if (metrics != null) {
            metrics.close();
        }
    }
}
