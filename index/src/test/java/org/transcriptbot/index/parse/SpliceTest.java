package org.transcriptbot.index.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.model.Anomaly;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.model.TurnKind;

/**
 * Text pasted under the wrong question: a splice made here, in a copy of a transcript (a sentence
 * cut mid-word, then the rest of a sentence of another answer), is found, reported and read where
 * it belongs.
 */
class SpliceTest {
    private final TranscriptLoader loader = new TranscriptLoader();

    /**
     * The bundled text with line {@code at} (1-based) cut after {@code keep} characters and the
     * given text pasted after it.
     */
    private static String splice(String source, int at, int keep, String pasted) {
        List<String> lines = new ArrayList<>(List.of(source.split("\n", -1)));
        String line = lines.get(at - 1);
        lines.set(at - 1, line.substring(0, keep));
        lines.add(at, "");
        lines.add(at + 1, pasted);
        return String.join("\n", lines);
    }

    private static int lineOf(String source, String text) {
        List<String> lines = List.of(source.split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text);
    }

    @Test
    void aSpliceMadeInACopyOfTheBundledTranscriptIsFound() throws Exception {
        String source = Fixtures.rawText();
        // the end of a sentence of the Olympics answer, pasted into the middle of a sentence of the
        // Cold War answer
        String olympics =
                source.lines()
                        .filter(l -> l.startsWith("王毅：") && l.contains("冬奥"))
                        .findFirst()
                        .orElseThrow();
        String pasted = olympics.substring(olympics.indexOf('，') + 1, olympics.indexOf('。') + 1);
        int coldWar = lineOf(source, "凤凰卫视记者") + 2;
        String spliced = splice(source, coldWar, 25, pasted);
        Transcript t = loader.parse("spliced.txt", spliced.getBytes(StandardCharsets.UTF_8), null);
        Transcript clean = Fixtures.transcript();
        List<Anomaly> splices =
                t.anomalies().stream().filter(a -> a.kind() == Anomaly.Kind.SPLICE).toList();
        assertThat(splices)
                .hasSize(
                        (int)
                                        clean.anomalies().stream()
                                                .filter(a -> a.kind() == Anomaly.Kind.SPLICE)
                                                .count()
                                + 1);
        assertThat(splices).anySatisfy(a -> assertThat(a.lastLine()).isEqualTo(coldWar + 2));
        // the pasted words are read under the answer they come from, not under the Cold War
        // question
        Passage where =
                t.passages().stream()
                        .filter(p -> p.text().contains(pasted))
                        .findFirst()
                        .orElseThrow();
        assertThat(where.location().asker()).isEqualTo("中央广播电视台总台央视");
        assertThat(where.occurrences()).allSatisfy(l -> assertThat(l.asker()).isNotEqualTo("凤凰卫视"));
    }

    @Test
    void theBundledTranscriptsOwnSplicesAreFoundAndReadWhereTheyBelong() {
        Transcript t = Fixtures.transcript();
        assertThat(t.anomalies())
                .filteredOn(a -> a.kind() == Anomaly.Kind.SPLICE)
                .extracting(Anomaly::lastLine)
                .containsExactly(117, 221);
        Passage p =
                t.passages().stream()
                        .filter(x -> x.text().contains("一个主权独立国家，我们完全有权利"))
                        .findFirst()
                        .orElseThrow();
        assertThat(p.occurrences()).extracting(l -> l.asker()).containsExactly("美国全国广播公司");
    }

    @Test
    void textMovedFromTheConsularAnswerIsReadThereNotUnderGlobalDevelopment() {
        Transcript t = Fixtures.transcript();
        Passage moved =
                t.passages().stream()
                        .filter(x -> x.text().contains("全力维护海外同胞的生命安全"))
                        .findFirst()
                        .orElseThrow();
        // the answer whose end stands after the repeated section, with no question of its own
        assertThat(moved.occurrences())
                .singleElement()
                .satisfies(
                        l -> {
                            assertThat(l.kind()).isEqualTo(TurnKind.ORPHAN);
                            assertThat(l.firstLine()).isEqualTo(221);
                        });
        assertThat(moved.text()).startsWith("成功营救").doesNotContain("首次会议");
        Passage development =
                t.passages().stream()
                        .filter(x -> x.text().contains("全球发展倡议之友小组"))
                        .findFirst()
                        .orElseThrow();
        assertThat(development.text()).doesNotContain("海外同胞");
        assertThat(development.location().asker()).isEqualTo("《人民日报》");
    }

    @Test
    void aRepeatedSectionIsNotASplice() throws Exception {
        String source =
                "甲报记者：问题一？\n\n王毅：第一段回答的开头部分，\n\n接着说完这一句话，谢谢大家的关心。\n\n乙报记者：问题二？\n\n"
                        + "王毅：第一段回答的开头部分，\n\n接着说完这一句话，谢谢大家的关心。\n";
        Transcript t = loader.parse("t.txt", source.getBytes(StandardCharsets.UTF_8), null);
        assertThat(t.anomalies()).noneMatch(a -> a.kind() == Anomaly.Kind.SPLICE);
    }
}
