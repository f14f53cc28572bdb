package org.transcriptbot.index.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.model.Anomaly;
import org.transcriptbot.index.model.Location;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.model.Turn;
import org.transcriptbot.index.model.TurnKind;

/** Pins what the parser finds in the shipped transcript. */
class RealTranscriptTest {
    private final Transcript t = Fixtures.transcript();

    private List<Anomaly> anomalies(Anomaly.Kind kind) {
        return t.anomalies().stream().filter(a -> a.kind() == kind).toList();
    }

    private Passage passageContaining(String s) {
        return t.passages().stream()
                .filter(p -> p.text().contains(s))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no passage contains " + s));
    }

    @Test
    void metadataComesFromTheSidecar() {
        assertThat(t.meta().title()).isEqualTo("王毅就中国外交政策和对外关系回答中外记者提问");
        assertThat(t.meta().date()).isEqualTo("2022-03-07");
        assertThat(t.meta().occasion()).isEqualTo("十三届全国人大五次会议记者会");
        assertThat(t.meta().source()).isEqualTo("新华社");
    }

    @Test
    void findsTheTurnsWithTheirAskers() {
        assertThat(t.turns())
                .extracting(Turn::kind)
                .containsExactly(
                        TurnKind.LEAD,
                        TurnKind.OPENING,
                        TurnKind.QA,
                        TurnKind.QA,
                        TurnKind.QA,
                        TurnKind.QA,
                        TurnKind.QA,
                        TurnKind.QA,
                        TurnKind.QA,
                        TurnKind.QA,
                        TurnKind.QA,
                        TurnKind.ORPHAN,
                        TurnKind.QA,
                        TurnKind.QA);
        assertThat(t.turns().stream().filter(x -> x.kind() == TurnKind.QA).map(Turn::asker))
                .containsExactly(
                        "中央广播电视台总台央视",
                        "路透社",
                        "凤凰卫视",
                        "今日俄罗斯国际通讯社",
                        "中央广播电视台总台国广",
                        "《联合早报》",
                        "埃菲社",
                        "中央广播电视台总台国广",
                        "《联合早报》",
                        "美国全国广播公司",
                        "《人民日报》");
        assertThat(t.turns().stream().filter(x -> x.kind() != TurnKind.LEAD).map(Turn::answerer))
                .containsOnly("王毅");
        Turn reuters = t.turns().get(3);
        assertThat(reuters.question()).isEqualTo("俄军在乌行动已经扩展到非军事设施，中方是否能作更多努力解决冲突？");
        assertThat(reuters.paragraphs()).hasSize(11);
        assertThat(reuters.firstLine()).isEqualTo(19);
    }

    @Test
    void leadAndOpeningAreTurnsToo() {
        Turn lead = t.turns().get(0);
        assertThat(lead.paragraphs().get(2).text()).startsWith("新华社北京3月7日电");
        Turn opening = t.turns().get(1);
        assertThat(opening.asker()).isNull();
        assertThat(opening.paragraphs().get(0).text()).startsWith("各位记者朋友，大家下午好！");
    }

    @Test
    void joinsFragmentsBrokenMidSentenceButNotRealParagraphs() {
        Passage p = passageContaining("中国和欧盟贸易额首次突破8000亿美元，充分说明中欧经贸关系高度互补。");
        assertThat(p.text()).contains("确保产业链供应链稳定以及促进全球经济复苏");
        assertThat(passageContaining("这股逆流与地区国家求和平、谋发展、促合作、图共赢的共同愿景背道而驰，注定是没有前途的。")).isNotNull();
        assertThat(passageContaining("你的身边有我们，你的背后是祖国！")).isNotNull();
        assertThat(passageContaining("我们要坚持真正的多边主义，倡导全人类共同价值")).isNotNull();
        List<Anomaly> joins = anomalies(Anomaly.Kind.BROKEN_LINE_JOIN);
        assertThat(joins)
                .extracting(Anomaly::firstLine)
                .contains(51, 67, 71, 101, 169, 175, 181, 211);
        assertThat(
                        joins.stream()
                                .filter(a -> a.firstLine() == 181)
                                .findFirst()
                                .orElseThrow()
                                .lastLine())
                .isEqualTo(209);
        // two paragraphs that each end a sentence stay apart
        Turn cold = t.turns().get(4);
        assertThat(cold.paragraphs())
                .extracting(x -> x.firstLine())
                .containsExactly(45, 47, 49, 51, 55, 57, 59);
    }

    @Test
    void repeatedTurnsAreReportedAndKeptOnce() {
        assertThat(anomalies(Anomaly.Kind.DUPLICATE_TURN))
                .extracting(Anomaly::firstLine)
                .containsExactly(137, 151);
        long bri = t.passages().stream().filter(p -> p.text().contains("一带一路”仍保持良好势头")).count();
        assertThat(bri).isEqualTo(1);
        Passage p = passageContaining("一带一路”仍保持良好势头");
        assertThat(p.occurrences()).extracting(Location::firstLine).containsExactly(85, 139);
    }

    @Test
    void aPassageUnderTwoDifferentQuestionsShowsBoth() {
        Passage p = passageContaining("中方始终从战略和长远角度看待中欧关系");
        assertThat(p.occurrences())
                .extracting(Location::asker)
                .containsExactlyInAnyOrder("今日俄罗斯国际通讯社", "埃菲社");
        assertThat(p.occurrences())
                .extracting(Location::firstLine)
                .containsExactlyInAnyOrder(79, 133);
        // shown first where it fits: the question about China and Europe (EFE), not the sanctions
        // question
        assertThat(p.location().asker()).isEqualTo("埃菲社");
        Passage us = passageContaining("中美两个大国如何找到正确相处之道");
        assertThat(us.occurrences())
                .extracting(Location::asker)
                .containsExactly("美国全国广播公司", "《联合早报》");
        assertThat(anomalies(Anomaly.Kind.DUPLICATE_PARAGRAPH))
                .extracting(Anomaly::firstLine)
                .contains(127, 131, 133, 135, 139, 153, 157, 211);
    }

    @Test
    void theNearlyRepeatedAnswerIsReported() {
        assertThat(anomalies(Anomaly.Kind.NEAR_DUPLICATE))
                .anySatisfy(
                        a -> {
                            assertThat(a.firstLine()).isEqualTo(125);
                            assertThat(a.detail()).contains("63-63");
                        });
    }

    @Test
    void theOrphanHasNoInventedQuestion() {
        Turn orphan =
                t.turns().stream()
                        .filter(x -> x.kind() == TurnKind.ORPHAN)
                        .findFirst()
                        .orElseThrow();
        assertThat(orphan.asker()).isNull();
        assertThat(orphan.question()).isNull();
        assertThat(orphan.firstLine()).isEqualTo(169);
        assertThat(orphan.lastLine()).isEqualTo(177);
        Passage p = passageContaining("外交为民永远在路上");
        assertThat(p.location().question()).isNull();
        assertThat(p.location().kind()).isEqualTo(TurnKind.ORPHAN);
        assertThat(anomalies(Anomaly.Kind.ORPHAN))
                .extracting(Anomaly::firstLine)
                .containsExactly(169);
    }

    @Test
    void theCutOffEndingIsReportedAndMarked() {
        assertThat(anomalies(Anomaly.Kind.TRUNCATED))
                .singleElement()
                .satisfies(
                        a -> {
                            assertThat(a.firstLine()).isEqualTo(221);
                            assertThat(a.detail()).contains("如果信念有颜色，那");
                        });
        assertThat(passageContaining("如果信念有颜色").truncated()).isTrue();
        assertThat(passageContaining("冰冻三尺非一日之寒").truncated()).isFalse();
    }

    @Test
    void passagesAreSizedForAChat() {
        Passage list = passageContaining("中方愿就此提出六点倡议：");
        assertThat(list.text()).contains("一是人道主义行动").contains("六是支持联合国");
        for (Passage p : t.passages()) {
            assertThat(p.text().length()).as(p.text()).isLessThanOrEqualTo(800);
        }
        // the short "当前…两大问题" paragraph reads with the first of the two
        assertThat(passageContaining("当前，国际社会应聚焦两大问题继续努力。").text()).contains("第一，要劝和促谈");
    }

    @Test
    void idsAreStableAndUnique() throws Exception {
        Transcript again = new TranscriptLoader().loadBundled().transcripts().get(0);
        assertThat(again.passages())
                .extracting(Passage::id)
                .containsExactlyElementsOf(t.passages().stream().map(Passage::id).toList());
        Map<String, Long> counts =
                t.passages().stream()
                        .collect(Collectors.groupingBy(Passage::id, Collectors.counting()));
        assertThat(counts.values()).containsOnly(1L);
    }

    @Test
    void paragraphPositionIsKOfN() {
        Passage p = passageContaining("冰冻三尺非一日之寒");
        assertThat(p.location().paragraph()).isEqualTo(1);
        assertThat(p.location().paragraphs()).isEqualTo(11);
        assertThat(p.location().firstLine()).isEqualTo(21);
    }
}
