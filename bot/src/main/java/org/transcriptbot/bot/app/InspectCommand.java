package org.transcriptbot.bot.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.transcriptbot.bot.conversation.LiveLibrary;
import org.transcriptbot.index.Inspect;
import org.transcriptbot.index.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        description = "The parsed structure of the transcripts and the anomalies found.")
public class InspectCommand implements Callable<Integer> {
    @Mixin CommandContext context;

    @Option(names = "--json", description = "One JSON object (fields listed in the README).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        // closed before the process exits, as every command's library (see BatchCommand)
        try (LiveLibrary live = context.common().library()) {
            Library lib = live.await();
            PrintWriter out = context.out();
            if (json) {
                out.println(Inspect.json(lib.transcripts()).toString());
            } else {
                out.print(Inspect.text(lib.transcripts()));
            }
            out.flush();
            return Exits.OK;
        }
    }
}
