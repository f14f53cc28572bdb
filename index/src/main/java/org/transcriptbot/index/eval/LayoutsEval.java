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

/**
 * Scores a layout set (a folder with transcripts/, structure.jsonl, questions.jsonl, quotes.jsonl),
 * its transcripts loaded together with the bundled one: structure (rows that hold, {@link
 * StructureCheck}), questions ({@link LayoutQuestions}: hit@k, unanswerable rows declined,
 * answerable rows wrongly declined) and quotes ({@link LayoutQuotes}: verdicts and speakers).
 */
public final class LayoutsEval {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The figures (structure, questions, quotes), and one line for each row that missed. */
    public record Report(List<Figure> figures, List<String> misses) {
        public Report {
            figures = List.copyOf(figures);
            misses = List.copyOf(misses);
        }

        /** One line a figure, then one line for each row that missed. */
        public String table() {
            StringBuilder sb = new StringBuilder();
            for (Figure f : figures) {
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
            List<Figure> figures = new ArrayList<>();
            figures.add(structure(rows(set.resolve("structure.jsonl")), all, misses));
            figures.addAll(
                    LayoutQuestions.score(
                            rows(set.resolve("questions.jsonl")), q -> lib.search(q, 10), misses));
            figures.addAll(
                    LayoutQuotes.score(rows(set.resolve("quotes.jsonl")), lib::verify, misses));
            return new Report(figures, misses);
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
