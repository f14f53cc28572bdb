package org.transcriptbot.bot.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.transcriptbot.bot.config.BotConfig;
import org.transcriptbot.bot.console.ConsoleChat;
import org.transcriptbot.bot.app.BotWiring;
import org.transcriptbot.bot.conversation.Conversation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "console", mixinStandardHelpOptions = true,
        description = "Chat with the bot on the terminal: the same answers as on Telegram, as plain text. "
                + "Reads standard input line by line when it is not a terminal.")
public class ConsoleCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Option(names = "--lang", paramLabel = "zh|en", description = "Interface language (default: from LANG, else the config).")
    String lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return run(root.common, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    int run(CommonOptions options, PrintWriter out, PrintWriter err) throws Exception {
        BotConfig config = options.config();
        Conversation conversation = BotWiring.conversation(config, BotWiring.loadedLibrary(config, options.transcripts));
        String language = lang != null ? lang : System.getenv().getOrDefault("LANG", config.get("bot.language.default", "zh"));
        boolean interactive = System.console() != null;
        new ConsoleChat(conversation, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out,
                interactive, language).run();
        return 0;
    }
}
