package org.transcriptbot.bot.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transcriptbot.bot.config.BotConfig;
import org.transcriptbot.bot.app.BotWiring;
import org.transcriptbot.bot.telegram.TelegramBot;

/** Runs the Telegram bot until SIGTERM (or Ctrl-C), then drains and exits. */
final class BotCommand {
    private static final Logger LOG = LoggerFactory.getLogger(BotCommand.class);

    private BotCommand() {
    }

    static TelegramBot create(CommonOptions options, BotConfig config) throws Exception {
        return TelegramBot.fromConfig(config, BotWiring.conversation(config, BotWiring.library(config, options.transcripts)));
    }

    static int run(CommonOptions options, BotConfig config, PrintWriter err) throws Exception {
        TelegramBot bot = create(options, config);
        try {
            bot.start();
        } catch (TelegramBot.StartException e) {
            bot.close();
            err.println(e.getMessage());
            return 1;
        }
        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Shutdown requested");
            bot.close();
            done.countDown();
        }, "tb-shutdown"));
        try {
            bot.conversation().library().await();
        } catch (org.transcriptbot.index.parse.TranscriptException e) {
            bot.close();
            err.println(e.getMessage());
            return 1;
        }
        done.await();
        return 0;
    }
}
