package org.transcriptbot.bot.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.transcriptbot.index.Json;
import org.transcriptbot.index.Library;
import org.transcriptbot.index.model.Location;
import org.transcriptbot.index.search.SearchHit;
import org.transcriptbot.index.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description =
                "Ranked passages for a question. Without QUESTION: one question a line from standard input.")
public class SearchCommand implements Callable<Integer> {
    @ParentCommand RootCommand root;

    @Option(names = "--json", description = "One JSON object a line (fields listed in the README).")
    boolean json;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "5",
            description = "Passages per question (1-50, default 5).")
    int limit;

    @Parameters(
            arity = "0..*",
            paramLabel = "QUESTION",
            description = "The question (words are joined with spaces).")
    List<String> words;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (limit < 1 || limit > 50) {
            spec.commandLine()
                    .getErr()
                    .println("--limit must be between 1 and 50, not " + limit + ".");
            return Exits.USAGE;
        }
        Library lib = root.common.library().await();
        PrintWriter out = spec.commandLine().getOut();
        var mode =
                new org.transcriptbot.index.semantic.ModeNotice(
                        lib.index().vectors()); // lexical or hybrid, on stderr
        if (words != null && !words.isEmpty()) {
            print(lib.search(String.join(" ", words), limit), out, mode);
        } else {
            root.common.eachLine(
                    spec.commandLine().getErr(),
                    line -> print(lib.search(line.strip(), limit), out, mode));
        }
        out.flush();
        return Exits.OK;
    }

    private void print(
            SearchResult r, PrintWriter out, org.transcriptbot.index.semantic.ModeNotice mode) {
        mode.tell(spec.commandLine().getErr());
        if (json) {
            out.println(Json.search(r).toString());
            return;
        }
        out.println("Q: " + r.query());
        if (r.isEmpty()) {
            out.println("   (no passage matches)");
        }
        for (SearchHit h : r.hits()) {
            Location l = h.passage().location();
            out.printf(
                    "%d. [%.2f] %s · %s · paragraph %d of %d · lines %d-%d%n",
                    h.rank(),
                    h.score(),
                    l.asker() == null ? kind(l) : l.asker() + "：" + l.question(),
                    h.transcript().title(),
                    l.paragraph(),
                    l.paragraphs(),
                    l.firstLine(),
                    l.lastLine());
            out.println("   " + h.highlighted("【", "】").replace("\n", "\n   "));
            if (h.passage().occurrences().size() > 1) {
                out.println(
                        "   (also at lines "
                                + h.passage().occurrences().stream()
                                        .skip(1)
                                        .map(o -> o.firstLine() + "-" + o.lastLine())
                                        .reduce((a, b) -> a + ", " + b)
                                        .orElse("")
                                + ")");
            }
        }
        out.println();
    }

    static String kind(Location l) {
        return switch (l.kind()) {
            case OPENING -> "opening statement";
            case LEAD -> "lead";
            case ORPHAN -> "answer text with no question";
            default -> "text";
        };
    }
}
