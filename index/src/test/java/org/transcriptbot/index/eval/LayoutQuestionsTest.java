package org.transcriptbot.index.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.transcriptbot.index.search.SearchResult;

/**
 * The question figures of a layout set name every unanswerable row answered and every answerable
 * row declined.
 */
class LayoutQuestionsTest {
    private static JsonNode row(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    @Test
    void wrongDecisionsAreCountedAndListed() throws Exception {
        List<JsonNode> rows =
                List.of(
                        row(
                                "{\"id\": \"u1\", \"query\": \"off\", \"kind\": \"unanswerable\", \"gold\": [], \"note\": \"offtopic\"}"),
                        row(
                                "{\"id\": \"u2\", \"query\": \"gone\", \"kind\": \"unanswerable\", \"gold\": []}"),
                        row(
                                "{\"id\": \"a1\", \"file\": \"f.txt\", \"query\": \"real\", \"kind\": \"keyword\", \"gold\": [\"x\"]}"));
        List<String> misses = new ArrayList<>();
        List<LayoutsEval.Figure> figures =
                LayoutQuestions.score(
                        rows, q -> new SearchResult(q, List.of(), q.equals("off"), 0.5), misses);
        assertThat(figures.get(2)).isEqualTo(new LayoutsEval.Figure("unanswerable declined", 1, 2));
        assertThat(figures.get(3)).isEqualTo(new LayoutsEval.Figure("answerable declined", 1, 1));
        assertThat(misses)
                .contains(
                        "unanswerable u1 answered (offtopic): off", "answerable a1 declined: real")
                .noneMatch(m -> m.contains("u2"));
    }
}
