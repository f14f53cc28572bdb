package org.transcriptbot.index.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.model.Anomaly;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.model.Turn;
import org.transcriptbot.index.model.TurnKind;

/**
 * The held-out layout set (eval/layouts-own: five transcripts written after the grammar, one per
 * layout; its structure rows are checked in LayoutsStructureTest) and the further layouts of these
 * tests: a briefing where the spokesperson gives the floor, a defence-ministry briefing, a UN-style
 * briefing, outlet follow-ups.
 */
class HeldOutLayoutsTest {
    private static List<Transcript> load(Path dir) throws Exception {
        return new TranscriptLoader().loadDirectory(dir).transcripts();
    }

    private static Transcript named(String part) throws Exception {
        List<Transcript> all = new ArrayList<>(load(Fixtures.evalFile("layouts-own/transcripts")));
        all.addAll(load(Path.of(HeldOutLayoutsTest.class.getResource("/layouts").toURI())));
        return all.stream().filter(t -> t.id().contains(part)).findFirst().orElseThrow();
    }

    private static Turn asking(Transcript t, String words) {
        return t.turns().stream()
                .filter(x -> x.question() != null && x.question().contains(words))
                .findFirst()
                .orElseThrow(() -> new AssertionError(words));
    }

    @Test
    void anUnnamedAnswerBeforeAnyOtherIsThePrincipalOfficials() throws Exception {
        Transcript t = named("zh-messy-gbk");
        assertThat(t.encoding()).isEqualTo("GB18030");
        assertThat(asking(t, "新版目录什么时候开始执行").answerer())
                .as("答： with no header name and no answer before it: the official of the opening")
                .isEqualTo("施建华");
        assertThat(asking(t, "商业健康保险创新药品目录").answerer()).isEqualTo("李红");
        assertThat(asking(t, "今年目录调整的基金预算").answerer())
                .as("答： after a named answer: the last to answer")
                .isEqualTo("施建华");
    }

    @Test
    void aFollowUpNamingItsOutletIsAskedByThatOutlet() throws Exception {
        Transcript t = named("mfa-outlet-followups");
        Turn followup = asking(t, "新一轮磋商");
        assertThat(followup.kind()).isEqualTo(TurnKind.FOLLOWUP);
        assertThat(followup.asker()).isEqualTo("法新社");
        Turn other = asking(t, "有时间表吗");
        assertThat(other.kind()).isEqualTo(TurnKind.FOLLOWUP);
        assertThat(other.asker()).as("路透社记者又问 after 彭博社's question").isEqualTo("路透社");
    }

    @Test
    void aReporterWhoSaysTheyFollowUpAsksAFollowUp() throws Exception {
        Transcript t = named("zh-defence-briefing");
        assertThat(asking(t, "训练将持续多长时间").kind()).isEqualTo(TurnKind.FOLLOWUP);
        Transcript un = named("en-un-briefing");
        assertThat(asking(un, "when will the envoy report").kind()).isEqualTo(TurnKind.FOLLOWUP);
        assertThat(un.turns())
                .filteredOn(x -> x.kind().answersQuestion())
                .extracting(Turn::answerer)
                .containsOnly("Spokesperson");
    }

    @Test
    void aSpokespersonGivingTheFloorAfterTheirAnswerSpeaksAsHostNotAsAnOrphan() throws Exception {
        Transcript t = named("en-floor-briefing");
        assertThat(t.anomalies()).noneMatch(a -> a.kind() == Anomaly.Kind.ORPHAN);
        Turn floor =
                t.turns().stream()
                        .filter(
                                x ->
                                        x.paragraphs().stream()
                                                .anyMatch(p -> p.text().equals("Go ahead, Said.")))
                        .findFirst()
                        .orElseThrow();
        assertThat(floor.kind()).isEqualTo(TurnKind.HOST);
        assertThat(floor.answerer()).isEqualTo("Vedant Okafor");
        assertThat(asking(t, "How many Americans").paragraphs())
                .as("the hand-over is not part of the answer before it")
                .noneMatch(p -> p.text().contains("Go ahead"));
    }

    @Test
    void answersWithNoNamedOfficialAreCreditedToTheOneTheHostIntroduces() throws Exception {
        Transcript t = named("zh-unnamed-answers");
        assertThat(t.turns())
                .filteredOn(x -> x.kind().answersQuestion())
                .hasSize(3)
                .extracting(Turn::answerer)
                .containsOnly("郝某某");
    }

    @Test
    void aSecondOfficialFirstHeardAfterAnAnswerAddsToItAndIsNoHost() throws Exception {
        Transcript t = named("zh-panel-second-official");
        Turn added =
                t.turns().stream()
                        .filter(x -> "王某某".equals(x.answerer()))
                        .findFirst()
                        .orElseThrow();
        assertThat(added.kind()).isEqualTo(TurnKind.SUPPLEMENTARY);
        assertThat(added.asker()).isEqualTo("彭博社");
        assertThat(t.turns())
                .filteredOn(x -> x.kind() == TurnKind.HOST)
                .extracting(Turn::answerer)
                .containsOnly("陈某");
    }
}
