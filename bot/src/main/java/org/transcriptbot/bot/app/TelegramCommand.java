package org.transcriptbot.bot.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "telegram",
        mixinStandardHelpOptions = true,
        description =
                "Runs the Telegram bot until SIGTERM; without a token it exits with 78 instead of falling back "
                        + "to the console chat (what a service wants).")
public class TelegramCommand implements Callable<Integer> {
    @Mixin CommandContext context;

    @Override
    public Integer call() throws Exception {
        return TelegramRunner.run(context.common(), context.common().config(), context.err());
    }
}
