package org.transcriptbot.bot.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.transcriptbot.bot.conversation.LiveLibrary;
import org.transcriptbot.index.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        description =
                "Reads the transcripts, builds the on-disk index and embeds every passage without a stored vector "
                        + "ahead of time, with progress lines; the bot then starts warm. Interrupted, it can simply be run "
                        + "again: what was stored so far is kept.")
public class IndexCommand implements Callable<Integer> {
    @Mixin CommandContext context;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        try (LiveLibrary live = context.common().library()) {
            Library lib = live.await();
            lib.awaitVectors();
            // later starts read one segment instead of one per indexing thread
            lib.index().mergeTextIndex();
            PrintWriter out = context.out();
            int passages = lib.transcripts().stream().mapToInt(t -> t.passages().size()).sum();
            out.printf(
                    "%d transcript(s), %d passages, %s search, ready in %.1f s%n",
                    lib.transcripts().size(),
                    passages,
                    lib.index().semantic() ? "hybrid (lexical + semantic)" : "lexical",
                    (System.nanoTime() - t0) / 1e9);
            for (String w : lib.warnings()) {
                out.println("warning: " + w);
            }
            out.flush();
            return Exits.OK;
        }
    }
}
