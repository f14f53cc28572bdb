package org.transcriptbot.bot.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.transcriptbot.bot.conversation.LiveLibrary;
import org.transcriptbot.index.Library;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A command that answers one item given as arguments, else one a line from standard input (search,
 * verify): loads the library, answers, and in the batch mode gives a line that fails its own answer
 * and goes on with the next (see {@link LineBatch}).
 */
abstract class BatchCommand implements Callable<Integer> {
    @Mixin CommandContext context;

    @Option(names = "--json", description = "One JSON object a line (fields listed in the README).")
    boolean json;

    /** The words given as arguments; none: read standard input. */
    abstract List<String> words();

    /** Prints the answer to one item; returns the exit code when it is the only item. */
    abstract int answer(Library lib, String item, PrintWriter out);

    /** Prints, in the place of its answer, that a line of the batch could not be answered. */
    abstract void failed(String line, RuntimeException e, PrintWriter out);

    /**
     * Whether a question is already in hand when loading starts, so what answering it needs is
     * prepared beside the loading; default no.
     */
    boolean questionInHand() {
        return false;
    }

    /** Checks the options before anything is loaded: an exit code, or null when they are fine. */
    Integer refused() {
        return null;
    }

    @Override
    public Integer call() throws Exception {
        Integer refused = refused();
        if (refused != null) {
            return refused;
        }
        // closed before the process exits: background work (embedding passages, merging the
        // index) stops between two steps instead of being cut off inside native code
        try (LiveLibrary live = context.common().library(questionInHand())) {
            Library lib = live.await();
            PrintWriter out = context.out();
            int code = Exits.OK;
            if (words() != null && !words().isEmpty()) {
                code = answer(lib, String.join(" ", words()), out);
            } else {
                context.common()
                        .eachLine(
                                context.err(),
                                line -> answer(lib, line, out),
                                (line, e) -> failed(line, e, out));
            }
            out.flush();
            return code;
        }
    }
}
