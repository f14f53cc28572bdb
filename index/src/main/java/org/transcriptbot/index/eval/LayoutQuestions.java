package org.transcriptbot.index.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Function;
import org.transcriptbot.index.eval.LayoutsEval.Figure;
import org.transcriptbot.index.search.SearchHit;
import org.transcriptbot.index.search.SearchResult;

/**
 * Scores the question rows of a layout set: hit@1 and hit@3 counting only passages of the row's
 * file, the share of unanswerable rows the search declines and the share of answerable rows it
 * wrongly declines; each row that misses gets a line.
 */
final class LayoutQuestions {
    private int hit1;
    private int hit3;
    private int answerable;
    private int wronglyDeclined;
    private int unanswerable;
    private int declined;

    private LayoutQuestions() {}

    /** hit@1, hit@3, unanswerable declined, answerable declined. */
    static List<Figure> score(
            List<JsonNode> rows, Function<String, SearchResult> search, List<String> misses) {
        LayoutQuestions tally = new LayoutQuestions();
        for (JsonNode row : rows) {
            tally.add(row, search.apply(row.path("query").asText()), misses);
        }
        return List.of(
                new Figure("questions hit@1", tally.hit1, tally.answerable),
                new Figure("questions hit@3", tally.hit3, tally.answerable),
                new Figure("unanswerable declined", tally.declined, tally.unanswerable),
                new Figure("answerable declined", tally.wronglyDeclined, tally.answerable));
    }

    private void add(JsonNode row, SearchResult r, List<String> misses) {
        String id = row.path("id").asText();
        String query = row.path("query").asText();
        if ("unanswerable".equals(row.path("kind").asText())) {
            unanswerable++;
            declined += r.answerable() ? 0 : 1;
            if (r.answerable()) {
                misses.add(
                        "unanswerable "
                                + id
                                + " answered ("
                                + row.path("note").asText()
                                + "): "
                                + query);
            }
            return;
        }
        answerable++;
        if (!r.answerable()) {
            wronglyDeclined++;
            misses.add("answerable " + id + " declined: " + query);
        }
        int rank = rank(r.hits(), row);
        hit1 += rank == 1 ? 1 : 0;
        hit3 += rank >= 1 && rank <= 3 ? 1 : 0;
        if (rank != 1) {
            misses.add("question " + id + " rank " + (rank == 0 ? "-" : rank) + ": " + query);
        }
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
}
