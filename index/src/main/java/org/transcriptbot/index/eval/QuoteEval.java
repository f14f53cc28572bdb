package org.transcriptbot.index.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.transcriptbot.index.verify.QuoteCheck;
import org.transcriptbot.index.verify.Verdict;

/**
 * Runs a quote set (JSON lines: id, quote, expect: EXACT|NEAR|NOT_FOUND, gold: transcript text) and prints the
 * confusion table; a found verdict also needs its match to contain the gold text (or the gold to contain it).
 */
public final class QuoteEval {
    private static final ObjectMapper JSON = new ObjectMapper();

    public record Case(String id, String quote, Verdict expect, String gold) {
    }

    public record Outcome(Case c, QuoteCheck check, boolean right) {
    }

    public record Report(List<Outcome> outcomes) {
        public long right() {
            return outcomes.stream().filter(Outcome::right).count();
        }

        public String table() {
            Verdict[] vs = Verdict.values();
            StringBuilder sb = new StringBuilder(String.format("%-12s", "expected\\got"));
            for (Verdict v : vs) {
                sb.append(String.format("%10s", v));
            }
            sb.append(String.format("%10s%n", "INVALID"));
            for (Verdict e : vs) {
                sb.append(String.format("%-12s", e));
                for (Verdict g : vs) {
                    long n = outcomes.stream().filter(o -> o.c().expect() == e && o.check().verdict() == g).count();
                    sb.append(String.format("%10d", n));
                }
                long invalid = outcomes.stream().filter(o -> o.c().expect() == e && !o.check().isValid()).count();
                sb.append(String.format("%10d%n", invalid));
            }
            sb.append(String.format("right: %d of %d%n", right(), outcomes.size()));
            for (Outcome o : outcomes) {
                if (!o.right()) {
                    sb.append(String.format("  wrong %s: expected %s, got %s (%.3f) for %s%n", o.c().id(), o.c().expect(),
                            o.check().verdict(), o.check().similarity(), o.c().quote()));
                }
            }
            return sb.toString();
        }
    }

    private QuoteEval() {
    }

    public static List<Case> read(Path file) throws IOException {
        List<Case> out = new ArrayList<>();
        int line = 0;
        for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line++;
            if (l.isBlank()) {
                continue;
            }
            try {
                JsonNode n = JSON.readTree(l);
                out.add(new Case(n.path("id").asText("q" + line), n.get("quote").asText(),
                        Verdict.valueOf(n.get("expect").asText()), n.path("gold").asText("")));
            } catch (IOException | RuntimeException e) {
                throw new IOException(file + " line " + line + " needs \"quote\" and \"expect\" (EXACT, NEAR or NOT_FOUND).", e);
            }
        }
        return out;
    }

    public static Report run(List<Case> cases, Function<String, QuoteCheck> verify) {
        List<Outcome> out = new ArrayList<>();
        for (Case c : cases) {
            QuoteCheck r = verify.apply(c.quote());
            boolean right = r.isValid() && r.verdict() == c.expect();
            if (right && c.expect() != Verdict.NOT_FOUND && !c.gold().isEmpty()) {
                String m = r.match() == null ? "" : r.match();
                right = m.contains(c.gold()) || c.gold().contains(m) || sharesSpan(m, c.gold());
            }
            out.add(new Outcome(c, r, right));
        }
        return new Report(out);
    }

    private static boolean sharesSpan(String match, String gold) {
        String g = gold.length() > 6 ? gold.substring(0, 6) : gold;
        return !g.isEmpty() && match.contains(g);
    }
}
