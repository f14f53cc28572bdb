package org.transcriptbot.bot.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.transcriptbot.index.semantic.NativeCalls;
import picocli.CommandLine;

/**
 * Entry point: the picocli command line; every failure is one sentence on standard error and an
 * exit code.
 */
public final class Main {
    /** Logback reading its configuration beside the command line; null when not started here. */
    private static volatile Thread loggingInit;

    private Main() {}

    public static void main(String[] args) {
        // logback reads its configuration (about 0.4 s) while picocli reads the command line
        Thread logging = new Thread(org.slf4j.LoggerFactory::getILoggerFactory, "logging-init");
        logging.setDaemon(true);
        loggingInit = logging;
        logging.start();
        int code =
                run(
                        args,
                        new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                        new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        // no thread may be inside ONNX Runtime when its shutdown hook frees it (see NativeCalls)
        NativeCalls.quiesce();
        System.exit(code);
    }

    /**
     * Waits until logging is configured: while SLF4J is still initialising it hands out a stand-in
     * factory, and a log format switched on that would be lost.
     */
    static void awaitLogging() {
        Thread t = loggingInit;
        if (t == null) {
            return;
        }
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        try {
            return commandLine(out, err).execute(args);
        } catch (Error e) {
            // picocli hands Errors on (a class that cannot initialise, a missing resource): still
            // one sentence
            err.println(Exits.message(e));
            return Exits.FAILURE;
        }
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new RootCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(
                (ex, commandLine, parseResult) -> {
                    commandLine.getErr().println(Exits.message(ex));
                    return Exits.code(ex);
                });
        cl.setParameterExceptionHandler(
                (ex, args) -> {
                    CommandLine c = ex.getCommandLine();
                    c.getErr().println(ex.getMessage());
                    if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, c.getErr())) {
                        c.getErr()
                                .println("See: " + c.getCommandSpec().qualifiedName() + " --help");
                    }
                    return Exits.USAGE;
                });
        return cl;
    }
}
