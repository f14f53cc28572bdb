package org.transcriptbot.index.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.transcriptbot.index.verify.QuoteCheck;
import org.transcriptbot.index.verify.Verdict;

/**
 * Runs a quote set (JSON lines: id, quote, expect: EXACT|NEAR|NOT_FOUND, gold: transcript text,
 * optional speaker) and prints the confusion table (expected × got) with the speaker accuracy. A
 * found verdict also needs its match to contain the gold text (or the gold to contain it), and,
 * where the case names a speaker, that speaker.
 */
public final class QuoteEval {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One case; speaker is null when the case does not say who spoke (or expects nobody:
     * NOT_FOUND).
     */
    public record Case(String id, String quote, Verdict expect, String gold, String speaker) {}

    public record Outcome(Case c, QuoteCheck check, boolean verdictRight, boolean speakerRight) {
        public boolean right() {
            return verdictRight && speakerRight;
        }
    }

    public record Report(List<Outcome> outcomes) {
        public long right() {
            return outcomes.stream().filter(Outcome::right).count();
        }

        /** Cases that name a speaker for a found quote. */
        public long speakerCases() {
            return outcomes.stream().filter(o -> o.c().speaker() != null).count();
        }

        public long speakersRight() {
            return outcomes.stream()
                    .filter(o -> o.c().speaker() != null && o.speakerRight())
                    .count();
        }

        /** Quotes judged EXACT that the set expects to be NEAR or NOT_FOUND: the worst error. */
        public long falseExact() {
            return outcomes.stream()
                    .filter(
                            o ->
                                    o.c().expect() != Verdict.EXACT
                                            && o.check().verdict() == Verdict.EXACT)
                    .count();
        }

        public String table() {
            StringBuilder sb = new StringBuilder(String.format("%-12s", "expected\\got"));
            for (Verdict v : Verdict.values()) {
                sb.append(String.format("%10s", v));
            }
            sb.append(String.format("%10s%n", "INVALID"));
            for (Verdict e : Verdict.values()) {
                sb.append(String.format("%-12s", e));
                for (Verdict g : Verdict.values()) {
                    sb.append(String.format("%10d", count(e, g)));
                }
                sb.append(String.format("%10d%n", count(e, null)));
            }
            sb.append(
                    String.format(
                            "right: %d of %d; false EXACT: %d; speaker right: %d of %d%n",
                            right(),
                            outcomes.size(),
                            falseExact(),
                            speakersRight(),
                            speakerCases()));
            for (Outcome o : outcomes) {
                if (!o.right()) {
                    sb.append(
                            String.format(
                                    "  wrong %s: expected %s, got %s (%.3f)%s for %s%n",
                                    o.c().id(),
                                    o.c().expect(),
                                    o.check().verdict(),
                                    o.check().similarity(),
                                    o.speakerRight()
                                            ? ""
                                            : ", speaker "
                                                    + o.check().speaker()
                                                    + " (expected "
                                                    + o.c().speaker()
                                                    + ")",
                                    o.c().quote()));
                }
            }
            return sb.toString();
        }

        private long count(Verdict expected, Verdict got) {
            return outcomes.stream()
                    .filter(o -> o.c().expect() == expected && o.check().verdict() == got)
                    .count();
        }
    }

    private QuoteEval() {}

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
                JsonNode speaker = n.path("speaker");
                out.add(
                        new Case(
                                n.path("id").asText("q" + line),
                                n.get("quote").asText(),
                                Verdict.valueOf(n.get("expect").asText()),
                                n.path("gold").asText(""),
                                speaker.isTextual() ? speaker.asText() : null));
            } catch (IOException | RuntimeException e) {
                throw new IOException(
                        file
                                + " line "
                                + line
                                + " needs \"quote\" and \"expect\" (EXACT, NEAR or NOT_FOUND).",
                        e);
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
            out.add(new Outcome(c, r, right, c.speaker() == null || sameSpeaker(c.speaker(), r)));
        }
        return new Report(out);
    }

    private static boolean sharesSpan(String match, String gold) {
        String g = gold.length() > 6 ? gold.substring(0, 6) : gold;
        return !g.isEmpty() && match.contains(g);
    }

    /**
     * "Holloway" is "MR. HOLLOWAY"; "人民网" is "人民网记者"; "QUESTION" (an unnamed questioner) is whoever
     * asked the question the words come from.
     */
    static boolean sameSpeaker(String expected, QuoteCheck check) {
        String got = check.speaker();
        if (got == null) {
            return false;
        }
        if (expected.equalsIgnoreCase("QUESTION") && check.attribution() != null) {
            return "question".equals(check.attribution().role());
        }
        String e = bare(expected);
        String g = bare(got);
        return !e.isEmpty() && !g.isEmpty() && (e.contains(g) || g.contains(e));
    }

    private static String bare(String name) {
        return name.toLowerCase(Locale.ROOT)
                .replaceAll("\\b(?:mr|ms|mrs|dr)\\.?\\s+|记者|[\\s《》]", "");
    }
}
