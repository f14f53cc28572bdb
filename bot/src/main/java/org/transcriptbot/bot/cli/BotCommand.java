package org.transcriptbot.bot.cli;

import java.io.PrintWriter;
import org.transcriptbot.bot.config.BotConfig;

/** Runs the Telegram bot. */
final class BotCommand {
    private BotCommand() {
    }

    static int run(CommonOptions options, BotConfig config, PrintWriter err) {
        err.println("The Telegram bot is not built yet; use 'console', 'search' or 'verify' meanwhile.");
        return 3;
    }
}
