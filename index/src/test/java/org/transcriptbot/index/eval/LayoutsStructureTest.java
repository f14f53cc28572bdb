package org.transcriptbot.index.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.parse.TranscriptLoader;

/**
 * The layouts dev set's structure rows hold (bar: 0.95), so do all of the held-out set's
 * (eval/layouts-own), and a row with a wrong speaker does not.
 */
class LayoutsStructureTest {
    private static List<Transcript> transcripts(Path set) throws Exception {
        return new TranscriptLoader().loadDirectory(set.resolve("transcripts")).transcripts();
    }

    /** The structure figure of a layout set; the rows that missed are added to misses. */
    private static LayoutsEval.Figure structure(String name, List<String> misses) throws Exception {
        Path set = Fixtures.evalFile(name);
        return LayoutsEval.structure(
                LayoutsEval.rows(set.resolve("structure.jsonl")), transcripts(set), misses);
    }

    @Test
    void theStructureOfTheFiveLayoutsIsRead() throws Exception {
        List<String> misses = new ArrayList<>();
        LayoutsEval.Figure f = structure("layouts", misses);
        assertThat(f.of()).isEqualTo(47);
        assertThat(f.share()).as(String.join("\n", misses)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void everyStructureRowOfTheHeldOutSetHolds() throws Exception {
        List<String> misses = new ArrayList<>();
        assertThat(structure("layouts-own", misses).of()).isEqualTo(46);
        assertThat(misses).isEmpty();
    }

    @Test
    void aRowNamingTheWrongAnswererOrAskerFails() throws Exception {
        Path set = Fixtures.evalFile("layouts");
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var wrongAnswerer =
                mapper.readTree(
                        "{\"file\": \"2025-04-17-scio-panel.txt\", \"asker\": \"第一财经\", \"answerer\": "
                                + "\"郑悦\", \"question_contains\": \"城市更新投入大、周期长\", \"answer_contains\": [\"城市更新相关资金比上年增加120亿元\"]}");
        var wrongAsker =
                mapper.readTree(
                        "{\"file\": \"2025-03-12-mfa-regular.txt\", \"asker\": \"路透社\", \"answerer\": "
                                + "\"林书远\", \"question_contains\": \"中方具体会采取哪些反制措施\", \"answer_contains\": [\"我刚才已经表明了中方的立场\"]}");
        List<String> misses = new ArrayList<>();
        assertThat(
                        LayoutsEval.structure(
                                        List.of(wrongAnswerer, wrongAsker),
                                        transcripts(set),
                                        misses)
                                .right())
                .isZero();
        assertThat(misses).hasSize(2);
    }
}
