package org.transcriptbot.bot.cli;

import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transcriptbot.bot.config.BotConfig;
import org.transcriptbot.bot.core.Engine;
import org.transcriptbot.bot.telegram.BotExit;
import org.transcriptbot.bot.telegram.TelegramBot;

/** Runs the Telegram bot until SIGTERM (or Ctrl-C) or until Telegram ends it; the exit code says why (BotExit). */
final class BotCommand {
    private static final Logger LOG = LoggerFactory.getLogger(BotCommand.class);

    private BotCommand() {
    }

    static TelegramBot create(CommonOptions options, BotConfig config) throws Exception {
        return TelegramBot.fromConfig(config, Engine.deferred(config, options.transcripts));
    }

    static int run(CommonOptions options, BotConfig config, PrintWriter err) throws Exception {
        TelegramBot bot = create(options, config);
        try {
            bot.start();
        } catch (TelegramBot.StartException e) {
            bot.close();
            err.println(e.getMessage());
            return e.exit.code == 0 ? 1 : e.exit.code;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Shutdown requested");
            bot.close();
        }, "tb-shutdown"));
        try {
            bot.context().engine.await();
        } catch (org.transcriptbot.index.parse.TranscriptException e) {
            bot.close();
            err.println(e.getMessage());
            return 1;
        }
        BotExit exit = bot.awaitExit();
        if (exit != BotExit.STOPPED) {
            err.println(exit.message);
        }
        return exit.code;
    }
}
