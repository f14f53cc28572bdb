package org.transcriptbot.bot.app;

import java.io.PrintWriter;
import java.util.List;
import org.transcriptbot.index.Json;
import org.transcriptbot.index.Library;
import org.transcriptbot.index.model.Location;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.search.SearchHit;
import org.transcriptbot.index.search.SearchResult;
import org.transcriptbot.index.semantic.ModeNotice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description =
                "Ranked passages for a question. Without QUESTION: one question a line from standard input.")
public class SearchCommand extends BatchCommand {
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

    private ModeNotice mode; // lexical or hybrid, said once on stderr

    @Override
    List<String> words() {
        return words;
    }

    /** A question given as arguments, or already piped in. */
    @Override
    boolean questionInHand() {
        return (words != null && !words.isEmpty()) || CommonOptions.inputWaiting();
    }

    @Override
    Integer refused() {
        if (limit < 1 || limit > 50) {
            context.err().println("--limit must be between 1 and 50, not " + limit + ".");
            return Exits.USAGE;
        }
        return null;
    }

    @Override
    int answer(Library lib, String question, PrintWriter out) {
        if (mode == null) {
            mode = new ModeNotice(lib.index().vectors());
        }
        print(lib.search(question.strip(), limit), out, mode);
        return Exits.OK;
    }

    /** A question that could not be searched: said in its place, and the batch goes on. */
    @Override
    void failed(String line, RuntimeException e, PrintWriter out) {
        String why =
                "This question could not be searched ("
                        + e
                        + "); the others are answered as usual.";
        if (json) {
            out.println(Json.MAPPER.createObjectNode().put("query", line).put("error", why));
        } else {
            context.err().println("Q: " + line + ": " + why);
        }
    }

    private void print(SearchResult r, PrintWriter out, ModeNotice mode) {
        mode.tell(context.err());
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
            alsoAt(h.passage(), out);
        }
        out.println();
    }

    /** The other places the same passage stands (a repeated paragraph). */
    private static void alsoAt(Passage p, PrintWriter out) {
        if (p.occurrences().size() > 1) {
            out.println(
                    "   (also at lines "
                            + p.occurrences().stream()
                                    .skip(1)
                                    .map(o -> o.firstLine() + "-" + o.lastLine())
                                    .reduce((a, b) -> a + ", " + b)
                                    .orElse("")
                            + ")");
        }
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
