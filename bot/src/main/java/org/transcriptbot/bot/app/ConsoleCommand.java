package org.transcriptbot.bot.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.transcriptbot.bot.config.BotConfig;
import org.transcriptbot.bot.config.Setting;
import org.transcriptbot.bot.console.ConsoleChat;
import org.transcriptbot.bot.conversation.Conversation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "console",
        mixinStandardHelpOptions = true,
        description =
                "Chat with the bot on the terminal: the same answers as on Telegram, as plain text. "
                        + "Reads standard input line by line when it is not a terminal.")
public class ConsoleCommand implements Callable<Integer> {
    @Mixin CommandContext context;

    @Option(
            names = "--lang",
            paramLabel = "zh|en",
            description = "Interface language (default: from LANG, else the config).")
    String lang;

    @Override
    public Integer call() throws Exception {
        return run(context.common(), context.out());
    }

    int run(CommonOptions options, PrintWriter out) throws Exception {
        BotConfig config = options.config();
        Conversation conversation =
                Wiring.conversation(config, Wiring.loadedLibrary(config, options.transcripts));
        String language =
                lang != null
                        ? lang
                        : System.getenv().getOrDefault("LANG", config.text(Setting.LANGUAGE));
        boolean interactive = System.console() != null;
        new ConsoleChat(conversation, options.stdin(), out, interactive, language).run();
        return Exits.OK;
    }
}
