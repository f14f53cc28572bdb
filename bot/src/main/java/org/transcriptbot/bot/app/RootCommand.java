package org.transcriptbot.bot.app;

import java.util.concurrent.Callable;
import org.transcriptbot.bot.config.Setting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "transcript-bot",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description =
                "Answers questions from press-conference transcripts, on Telegram or the terminal.%n"
                        + "Without a command: the Telegram bot if TELEGRAM_BOT_TOKEN is set, else the console chat.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:failure (e.g. a file that cannot be written)",
            "2:bad input or usage",
            "73:the state folder cannot be used (telegram)",
            "75:another instance polls the same bot, or a webhook is set (telegram)",
            "78:configuration (e.g. a malformed setting or a refused token)"
        },
        subcommands = {
            ConsoleCommand.class,
            SearchCommand.class,
            VerifyCommand.class,
            InspectCommand.class,
            IndexCommand.class,
            EvalCommand.class,
            ConfigCommand.class,
            TelegramCommand.class
        })
public class RootCommand implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var config = common.config();
        if (config.token() == null) {
            boolean own =
                    common.transcripts != null || config.path(Setting.TRANSCRIPTS_DIR) != null;
            spec.commandLine()
                    .getErr()
                    .println(
                            "No TELEGRAM_BOT_TOKEN is set, so this is the console chat on "
                                    + (own ? "your transcripts" : "the bundled transcript")
                                    + " (set the token to run the Telegram bot).");
            return new ConsoleCommand().run(common, spec.commandLine().getOut());
        }
        return TelegramRunner.run(common, config, spec.commandLine().getErr());
    }
}
