package org.transcriptbot.bot.app;

import java.io.PrintWriter;
import java.util.List;
import org.transcriptbot.index.Json;
import org.transcriptbot.index.Library;
import org.transcriptbot.index.model.Location;
import org.transcriptbot.index.verify.QuoteCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description =
                "Is a quote in the transcript: EXACT, NEAR (with what differs) or NOT_FOUND. "
                        + "Without QUOTE: one quote a line from standard input.")
public class VerifyCommand extends BatchCommand {
    @Parameters(
            arity = "0..*",
            paramLabel = "QUOTE",
            description = "The claimed quote (words are joined with spaces).")
    List<String> words;

    @Override
    List<String> words() {
        return words;
    }

    @Override
    int answer(Library lib, String quote, PrintWriter out) {
        QuoteCheck c = lib.verify(quote);
        print(c, out);
        return c.isValid() || json ? Exits.OK : Exits.USAGE;
    }

    /** A line whose check failed gets its own answer; the other lines are checked as usual. */
    @Override
    void failed(String line, RuntimeException e, PrintWriter out) {
        print(
                QuoteCheck.invalid(
                        line,
                        "This line could not be checked ("
                                + e
                                + "); the other lines are checked as usual."),
                out);
    }

    /**
     * The verdict on standard output; a quote that cannot be checked on standard error (in JSON: in
     * line).
     */
    private void print(QuoteCheck c, PrintWriter out) {
        if (json) {
            out.println(Json.verify(c).toString());
            return;
        }
        if (!c.isValid()) {
            context.err().println(c.error());
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
