package org.transcriptbot.bot.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "console", mixinStandardHelpOptions = true,
        description = "Chat with the bot on the terminal: the same answers as on Telegram, as plain text.")
public class ConsoleCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return run(root.common, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    int run(CommonOptions options, PrintWriter out, PrintWriter err) {
        err.println("The console chat is not built yet; use 'search' or 'verify' meanwhile.");
        return 3;
    }
}
