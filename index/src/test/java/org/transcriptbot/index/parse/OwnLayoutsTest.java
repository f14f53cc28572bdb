package org.transcriptbot.index.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.Speaker;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.model.Turn;
import org.transcriptbot.index.model.TurnKind;

/**
 * Who said what in three layouts written for these tests (a ministry panel, a radio interview, a
 * briefing).
 */
class OwnLayoutsTest {
    private static final List<Transcript> ALL = load();

    private static List<Transcript> load() {
        try {
            return new TranscriptLoader()
                    .loadDirectory(Path.of(OwnLayoutsTest.class.getResource("/layouts").toURI()))
                    .transcripts();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Transcript named(String part) {
        return ALL.stream().filter(t -> t.id().contains(part)).findFirst().orElseThrow();
    }

    private static Passage containing(Transcript t, String s) {
        return t.passages().stream()
                .filter(p -> p.text().contains(s))
                .findFirst()
                .orElseThrow(() -> new AssertionError(s));
    }

    @Test
    void aMinistryPanelWithTitledOfficialsAHostAndASupplementaryAnswer() {
        Transcript t = named("ministry-panel");
        assertThat(t.turns())
                .extracting(Turn::kind)
                .containsExactly(
                        TurnKind.LEAD,
                        TurnKind.HOST,
                        TurnKind.OPENING,
                        TurnKind.HOST,
                        TurnKind.QA,
                        TurnKind.SUPPLEMENTARY,
                        TurnKind.FOLLOWUP,
                        TurnKind.QA,
                        TurnKind.HOST);
        Turn supplementary = t.turns().get(5);
        assertThat(supplementary.answerer()).isEqualTo("周启航");
        assertThat(supplementary.asker()).isEqualTo("经济观察报");
        assertThat(supplementary.question()).isEqualTo(t.turns().get(4).question());
        assertThat(t.turns().get(6).asker()).as("a follow-up keeps its asker").isEqualTo("经济观察报");
        assertThat(containing(t, "员工制转型").location().answerer()).isEqualTo("方晓岚");
        assertThat(containing(t, "我补充一点").location().answerer()).isEqualTo("周启航");
        assertThat(t.speakers())
                .contains(
                        new Speaker("方晓岚", "商务部服务贸易司司长", Speaker.Role.ANSWERER),
                        new Speaker("李明远", "主持人", Speaker.Role.HOST));
        Passage applause = containing(t, "（掌声）");
        assertThat(applause.asides())
                .singleElement()
                .satisfies(
                        a ->
                                assertThat(applause.text().substring(a.start(), a.end()))
                                        .isEqualTo("（掌声）"));
        assertThat(t.meta().date()).isEqualTo("2024-09-10");
    }

    @Test
    void aHostHandingAQuestionOverDoesNotAnswerIt() throws Exception {
        String text =
                "主持人 李明：下面请提问。\n\n甲报记者：资金从哪里来？\n\n李明：请方司长回答。\n\n司长 方晓岚：资金主要来自专项资金。\n\n"
                        + "乙报记者：进展如何？\n\n方晓岚：进展顺利。\n";
        Transcript t =
                new TranscriptLoader()
                        .parse(
                                "t.txt",
                                text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                null);
        Turn first =
                t.turns().stream().filter(x -> x.kind() == TurnKind.QA).findFirst().orElseThrow();
        assertThat(first.answerer()).isEqualTo("方晓岚");
        assertThat(first.paragraphs()).extracting(p -> p.text()).containsExactly("资金主要来自专项资金。");
        assertThat(t.turns())
                .filteredOn(x -> x.kind() == TurnKind.HOST)
                .extracting(Turn::answerer)
                .containsOnly("李明");
    }

    @Test
    void anInterviewWithSurnameLabelsReadsTheHeaderForNames() {
        Transcript t = named("radio-interview");
        assertThat(t.turns())
                .filteredOn(x -> x.kind() == TurnKind.QA)
                .hasSize(4)
                .allSatisfy(
                        x -> {
                            assertThat(x.asker()).isEqualTo("Tom Reed");
                            assertThat(x.answerer()).isEqualTo("Maria Lopez");
                        });
        assertThat(containing(t, "treated water").text())
                .contains("treated water to leaks")
                .contains("wait, the repairs");
        assertThat(t.language()).isEqualTo("en");
        assertThat(t.meta().date()).isEqualTo("2024-10-03");
    }

    @Test
    void aBriefingWithStageDirectionsAndASecondOfficial() {
        Transcript t = named("stage-briefing");
        Turn added =
                t.turns().stream()
                        .filter(x -> x.kind() == TurnKind.SUPPLEMENTARY)
                        .findFirst()
                        .orElseThrow();
        assertThat(added.answerer()).isEqualTo("Park");
        assertThat(added.question()).contains("snowploughs");
        Passage roads = containing(t, "I will not name roads.");
        assertThat(roads.asides())
                .extracting(a -> roads.text().substring(a.start(), a.end()))
                .containsExactly("(Laughter.)");
        Passage end = containing(t, "The briefing ended");
        assertThat(end.asides()).isNotEmpty();
        assertThat(t.turns().get(1).kind()).isEqualTo(TurnKind.HOST);
    }
}
