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
import org.transcriptbot.index.Library;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.parse.TranscriptException;
import org.transcriptbot.index.parse.TranscriptLoader;
import org.transcriptbot.index.search.SearchHit;
import org.transcriptbot.index.search.SearchResult;
import org.transcriptbot.index.verify.QuoteCheck;

/**
 * Scores a layout set (a folder with transcripts/, structure.jsonl, questions.jsonl, quotes.jsonl),
 * its transcripts loaded together with the bundled one: structure (rows that hold, {@link
 * StructureCheck}), questions (hit@1 / hit@3 counting only passages of the row's file; unanswerable
 * rows right when search says it has no answer, reported apart), quotes (verdicts, and for
 * EXACT/NEAR the speaker of the match; "QUESTION" stands for whoever asked, i.e. a match in a
 * question).
 */
public final class LayoutsEval {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The figures, and one line for each row that missed. */
    public record Report(
            Figure structure,
            Figure hit1,
            Figure hit3,
            Figure unanswerable,
            Figure verdicts,
            Figure speakers,
            List<String> misses) {
        public String table() {
            StringBuilder sb = new StringBuilder();
            for (Figure f : List.of(structure, hit1, hit3, unanswerable, verdicts, speakers)) {
                sb.append(
                        String.format(
                                Locale.ROOT,
                                "%-22s %3d of %3d  %.3f%n",
                                f.name(),
                                f.right(),
                                f.of(),
                                f.share()));
            }
            misses.forEach(m -> sb.append("  ").append(m).append('\n'));
            return sb.toString();
        }
    }

    /** right of of. */
    public record Figure(String name, int right, int of) {
        public double share() {
            return of == 0 ? 0 : (double) right / of;
        }
    }

    private LayoutsEval() {}

    /**
     * Loads the set's transcripts with the bundled ones, builds a library with build, and scores
     * the set.
     */
    public static Report run(Path set, Function<List<Transcript>, Library> build)
            throws IOException, TranscriptException {
        TranscriptLoader loader = new TranscriptLoader();
        List<Transcript> all = new ArrayList<>(loader.loadBundled().transcripts());
        all.addAll(loader.loadDirectory(set.resolve("transcripts")).transcripts());
        try (Library lib = build.apply(all)) {
            List<String> misses = new ArrayList<>();
            Figure structure = structure(rows(set.resolve("structure.jsonl")), all, misses);
            List<Figure> questions =
                    questions(rows(set.resolve("questions.jsonl")), q -> lib.search(q, 10), misses);
            List<Figure> quotes = quotes(rows(set.resolve("quotes.jsonl")), lib::verify, misses);
            return new Report(
                    structure,
                    questions.get(0),
                    questions.get(1),
                    questions.get(2),
                    quotes.get(0),
                    quotes.get(1),
                    misses);
        }
    }

    static Figure structure(
            List<JsonNode> rows, List<Transcript> transcripts, List<String> misses) {
        int right = 0;
        for (JsonNode row : rows) {
            StructureCheck c = StructureCheck.of(row);
            if (c.holds(transcripts)) {
                right++;
            } else {
                misses.add(
                        "structure "
                                + c.file()
                                + " #"
                                + c.index()
                                + " ("
                                + c.kind()
                                + ", "
                                + c.answerer()
                                + ")");
            }
        }
        return new Figure("structure", right, rows.size());
    }

    private static List<Figure> questions(
            List<JsonNode> rows, Function<String, SearchResult> search, List<String> misses) {
        int hit1 = 0;
        int hit3 = 0;
        int answerable = 0;
        int declined = 0;
        int unanswerable = 0;
        for (JsonNode row : rows) {
            SearchResult r = search.apply(row.path("query").asText());
            if ("unanswerable".equals(row.path("kind").asText())) {
                unanswerable++;
                declined += r.answerable() ? 0 : 1;
                continue;
            }
            answerable++;
            int rank = rank(r.hits(), row);
            hit1 += rank == 1 ? 1 : 0;
            hit3 += rank >= 1 && rank <= 3 ? 1 : 0;
            if (rank != 1) {
                misses.add(
                        "question "
                                + row.path("id").asText()
                                + " rank "
                                + (rank == 0 ? "-" : rank)
                                + ": "
                                + row.path("query").asText());
            }
        }
        return List.of(
                new Figure("questions hit@1", hit1, answerable),
                new Figure("questions hit@3", hit3, answerable),
                new Figure("unanswerable declined", declined, unanswerable));
    }

    /** 1-based rank of the first hit from the row's file that holds a gold string, or 0. */
    private static int rank(List<SearchHit> hits, JsonNode row) {
        String file = row.path("file").asText();
        for (int i = 0; i < hits.size(); i++) {
            SearchHit h = hits.get(i);
            String text = StructureCheck.flat(h.passage().text());
            boolean gold = false;
            for (JsonNode g : row.path("gold")) {
                gold |= text.contains(StructureCheck.flat(g.asText()));
            }
            if (gold && file.equals(h.transcript().file())) {
                return i + 1;
            }
        }
        return 0;
    }

    private static List<Figure> quotes(
            List<JsonNode> rows, Function<String, QuoteCheck> verify, List<String> misses) {
        int verdicts = 0;
        int speakers = 0;
        int found = 0;
        for (JsonNode row : rows) {
            QuoteCheck c = verify.apply(row.path("quote").asText());
            String expect = row.path("expect").asText();
            boolean verdict = c.isValid() && expect.equals(c.verdict().name());
            verdicts += verdict ? 1 : 0;
            if (!"NOT_FOUND".equals(expect)) {
                found++;
                boolean speaker = rightSpeaker(c, row.path("speaker").asText());
                speakers += speaker ? 1 : 0;
                if (!speaker) {
                    misses.add(
                            "speaker "
                                    + row.path("id").asText()
                                    + ": expected "
                                    + row.path("speaker").asText()
                                    + ", got "
                                    + c.speaker());
                }
            }
            if (!verdict) {
                misses.add(
                        "quote "
                                + row.path("id").asText()
                                + ": expected "
                                + expect
                                + ", got "
                                + c.verdict());
            }
        }
        return List.of(
                new Figure("quote verdicts", verdicts, rows.size()),
                new Figure("quote speakers", speakers, found));
    }

    private static boolean rightSpeaker(QuoteCheck c, String expected) {
        if ("QUESTION".equals(expected)) {
            return c.attribution() != null && "question".equals(c.attribution().role());
        }
        String got = c.speaker() == null ? "" : c.speaker().toLowerCase(Locale.ROOT);
        String want = expected.toLowerCase(Locale.ROOT);
        return !got.isEmpty() && (got.contains(want) || want.contains(got));
    }

    static List<JsonNode> rows(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }
}
