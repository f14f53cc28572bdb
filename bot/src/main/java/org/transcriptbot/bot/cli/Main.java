package org.transcriptbot.bot.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.transcriptbot.bot.config.ConfigException;
import org.transcriptbot.index.parse.TranscriptException;
import picocli.CommandLine;

/** Entry point: picocli command line with the subcommands of DESIGN.md. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(out, err);
        return cl.execute(args);
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new RootCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println(message(ex));
            return ex instanceof ConfigException ? 2 : 1;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println(ex.getMessage() + " (see: " + c.getCommandSpec().qualifiedName() + " --help)");
            return 2;
        });
        return cl;
    }

    static String message(Throwable ex) {
        if (ex instanceof ConfigException || ex instanceof TranscriptException) {
            return ex.getMessage();
        }
        if (ex instanceof java.io.UncheckedIOException && ex.getMessage() != null) {
            return ex.getMessage();
        }
        if (ex instanceof java.nio.file.NoSuchFileException) {
            return "The file " + ex.getMessage() + " does not exist.";
        }
        if (ex instanceof java.io.IOException) {
            return ex.getMessage() == null ? "Reading or writing failed." : ex.getMessage();
        }
        return "Unexpected error: " + ex + " (please report it).";
    }
}
