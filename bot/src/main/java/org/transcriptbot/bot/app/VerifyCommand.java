package org.transcriptbot.bot.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.transcriptbot.index.Json;
import org.transcriptbot.index.Library;
import org.transcriptbot.index.model.Location;
import org.transcriptbot.index.verify.QuoteCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description =
                "Is a quote in the transcript: EXACT, NEAR (with what differs) or NOT_FOUND. "
                        + "Without QUOTE: one quote a line from standard input.")
public class VerifyCommand implements Callable<Integer> {
    @Mixin CommandContext context;

    @Option(names = "--json", description = "One JSON object a line (fields listed in the README).")
    boolean json;

    @Parameters(
            arity = "0..*",
            paramLabel = "QUOTE",
            description = "The claimed quote (words are joined with spaces).")
    List<String> words;

    @Override
    public Integer call() throws Exception {
        Library lib = context.common().library().await();
        PrintWriter out = context.out();
        PrintWriter err = context.err();
        if (words != null && !words.isEmpty()) {
            QuoteCheck c = lib.verify(String.join(" ", words));
            print(c, out, err);
            out.flush();
            return c.isValid() || json ? Exits.OK : Exits.USAGE;
        }
        context.common()
                .eachLine(
                        err,
                        line -> print(lib.verify(line), out, err),
                        (line, e) -> print(unchecked(line, e), out, err));
        out.flush();
        return Exits.OK;
    }

    /** A line whose check failed gets its own answer; the other lines are checked as usual. */
    private static QuoteCheck unchecked(String line, RuntimeException e) {
        return QuoteCheck.invalid(
                line,
                "This line could not be checked ("
                        + e
                        + "); the other lines are checked as usual.");
    }

    /**
     * The verdict on standard output; a quote that cannot be checked on standard error (in JSON: in
     * line).
     */
    private void print(QuoteCheck c, PrintWriter out, PrintWriter err) {
        if (json) {
            out.println(Json.verify(c).toString());
            return;
        }
        if (!c.isValid()) {
            err.println(c.error());
            return;
        }
        out.printf("%s (similarity %.2f): %s%n", c.verdict(), c.similarity(), c.quote());
        if (c.passage() != null) {
            out.println("   transcript: " + plain(c));
            Location l = c.passage().location();
            out.printf(
                    "   %s · lines %d-%d%n",
                    l.asker() == null ? SearchCommand.kind(l) : l.asker() + "：" + l.question(),
                    l.firstLine(),
                    l.lastLine());
            for (QuoteCheck.Difference d : c.differences()) {
                out.printf(
                        "   %s: transcript \"%s\" / quote \"%s\"%n",
                        d.kind(), d.transcript(), d.quote());
            }
        }
        for (QuoteCheck p : c.parts()) {
            out.printf("   part %s (%.2f): %s%n", p.verdict(), p.similarity(), p.quote());
        }
    }

    /** The transcript's wording with [-deleted-] and {+inserted+} marks. */
    static String plain(QuoteCheck c) {
        StringBuilder sb = new StringBuilder();
        for (QuoteCheck.Segment s : c.segments()) {
            switch (s.type()) {
                case SAME -> sb.append(s.text());
                case DELETED -> sb.append("[-").append(s.text()).append("-]");
                case INSERTED -> sb.append("{+").append(s.text()).append("+}");
                default -> throw new IllegalStateException();
            }
        }
        return sb.toString();
    }
}
