package org.transcriptbot.bot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "transcript-bot", mixinStandardHelpOptions = true, version = "transcript-bot 0.1.0",
        description = "Answers questions from press-conference transcripts, on Telegram or the terminal.%n"
                + "Without a command: the Telegram bot if TELEGRAM_BOT_TOKEN is set, else the console chat.",
        subcommands = {ConsoleCommand.class, SearchCommand.class, VerifyCommand.class, InspectCommand.class, IndexCommand.class,
                EvalCommand.class})
public class RootCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var config = common.config();
        if (config.token() == null) {
            spec.commandLine().getErr().println("No TELEGRAM_BOT_TOKEN is set, so this is the console chat on "
                    + (common.transcripts != null || config.transcriptsDir() != null ? "your transcripts" : "the bundled transcript")
                    + " (set the token to run the Telegram bot).");
            return new ConsoleCommand().run(common, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        return BotCommand.run(common, config, spec.commandLine().getErr());
    }
}
