package org.transcriptbot.bot.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.transcriptbot.index.Inspect;
import org.transcriptbot.index.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        description = "The parsed structure of the transcripts and the anomalies found.")
public class InspectCommand implements Callable<Integer> {
    @ParentCommand RootCommand root;

    @Option(names = "--json", description = "One JSON object (fields listed in the README).")
    boolean json;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Library lib = root.common.library().await();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Inspect.json(lib.transcripts()).toString());
        } else {
            out.print(Inspect.text(lib.transcripts()));
        }
        out.flush();
        return Exits.OK;
    }
}
