package org.transcriptbot.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.Library;
import org.transcriptbot.index.eval.BaselineSearcher;
import org.transcriptbot.index.eval.RetrievalEval;

/**
 * Keeps the dev-set figures from falling below what the search reaches (README "Search quality").
 */
class RetrievalQualityTest {
    @Test
    void devSetMeetsTheBar() throws Exception {
        Library lib = Fixtures.library();
        var report =
                RetrievalEval.run(
                        RetrievalEval.read(Fixtures.evalFile("retrieval-dev.jsonl")),
                        (q, n) ->
                                lib.search(q, n).hits().stream()
                                        .map(h -> h.passage().text())
                                        .toList());
        System.out.println(report.table() + report.misses());
        assertThat(report.overall().hit1()).isGreaterThanOrEqualTo(0.90);
        assertThat(report.overall().hit3()).isGreaterThanOrEqualTo(0.97);
        assertThat(report.overall().mrr()).isGreaterThanOrEqualTo(0.94);
        for (RetrievalEval.Score s : report.scores()) {
            assertThat(s.hit1()).as(s.kind()).isGreaterThanOrEqualTo(0.75);
        }
    }

    @Test
    void beatsTheNaiveBaseline() throws Exception {
        var questions = RetrievalEval.read(Fixtures.evalFile("retrieval-dev.jsonl"));
        Library lib = Fixtures.library();
        var ours =
                RetrievalEval.run(
                        questions,
                        (q, n) ->
                                lib.search(q, n).hits().stream()
                                        .map(h -> h.passage().text())
                                        .toList());
        var base = RetrievalEval.run(questions, new BaselineSearcher(Fixtures.rawText())::search);
        assertThat(ours.overall().hit1()).isGreaterThan(base.overall().hit1());
        assertThat(ours.kind("english").hit1()).isGreaterThan(base.kind("english").hit1());
        assertThat(ours.kind("traditional").hit1()).isGreaterThan(base.kind("traditional").hit1());
    }
}
