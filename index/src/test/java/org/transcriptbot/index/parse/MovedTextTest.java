package org.transcriptbot.index.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.transcriptbot.index.AllTranscripts;
import org.transcriptbot.index.eval.SpliceEval;
import org.transcriptbot.index.model.Anomaly;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.Transcript;

/**
 * Text moved from one answer into another (not copied: it stands nowhere else): found where a cut
 * marks it and its rare words fit another answer, read there when the evidence is enough for the
 * speaker concerned, and never invented in an untouched transcript.
 */
class MovedTextTest {
    private final TranscriptLoader loader = new TranscriptLoader();

    private static final String PANDAS =
            "新华社记者：请介绍大熊猫保护合作的情况。\n\n"
                    + "王毅：大熊猫是中国人民的朋友。中方同多国开展大熊猫保护研究合作，成都大熊猫繁育研究基地培育了大批幼崽。\n\n"
                    + "我们愿同各方一道，继续做好珍稀物种保护工作。\n\n";

    private static final String CLIMATE = "\n\n法新社记者：中方对气候变化谈判有何期待？\n\n王毅：中方期待各方落实巴黎协定，推动绿色低碳转型。\n";

    /**
     * The pandas answer, then a food-security answer by answerer whose last sentence is cut off.
     */
    private Transcript withFoodAnswerEnding(String answerer, String tail) throws Exception {
        String text =
                PANDAS
                        + "路透社记者：中方如何看待当前的粮食安全形势？\n\n"
                        + answerer
                        + "：粮食安全是全球性挑战。中方主张加强国际合作，稳定全球粮食供应链。今年中方还将向有关国家提供紧急粮食援助，"
                        + tail
                        + CLIMATE;
        return loader.parse("moved.txt", text.getBytes(StandardCharsets.UTF_8), null);
    }

    private static List<Anomaly> splices(Transcript t) {
        return t.anomalies().stream().filter(a -> a.kind() == Anomaly.Kind.SPLICE).toList();
    }

    private static Passage holding(Transcript t, String words) {
        return t.passages().stream()
                .filter(p -> p.text().contains(words))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void textCutOffAtTheEndOfAnAnswerIsReadUnderTheAnswerItsRareWordsComeFrom() throws Exception {
        Transcript t = withFoodAnswerEnding("王毅", "去年有六只大熊猫幼崽在繁育研究基地平安出生，基地的专家团队日夜守");
        assertThat(splices(t))
                .singleElement()
                .satisfies(a -> assertThat(a.detail()).contains("read as part of that answer"));
        assertThat(holding(t, "六只大熊猫幼崽").location().asker()).isEqualTo("新华社");
        // the words before the cut-off text stay with their own answer
        Passage food = holding(t, "紧急粮食援助");
        assertThat(food.location().asker()).isEqualTo("路透社");
        assertThat(food.text()).doesNotContain("大熊猫");
    }

    @Test
    void aCutOffTextSharingTooFewRareWordsWithAnotherAnswerStaysWhereItIs() throws Exception {
        Transcript t = withFoodAnswerEnding("王毅", "去年有关方面还谈到了大熊猫，专家团队日夜守");
        assertThat(splices(t)).isEmpty();
        assertThat(holding(t, "谈到了大熊猫").location().asker()).isEqualTo("路透社");
    }

    @Test
    void textThatMayBeAnotherSpeakersIsReportedButLeftInPlaceOnModerateEvidence() throws Exception {
        Transcript t = withFoodAnswerEnding("秦刚", "去年大熊猫繁育工作取得进展，专家团队日夜守");
        assertThat(splices(t))
                .singleElement()
                .satisfies(a -> assertThat(a.detail()).contains("left in place").contains("王毅"));
        assertThat(holding(t, "大熊猫繁育工作").location().asker()).isEqualTo("路透社");
        assertThat(holding(t, "大熊猫繁育工作").location().answerer()).isEqualTo("秦刚");
    }

    @Test
    void noUntouchedTranscriptReportsASpliceButTheBundledOnesTwo() throws Exception {
        for (SpliceEval.Source s : AllTranscripts.all()) {
            Transcript t = loader.parse(s.name().replaceAll(".*/", ""), s.bytes(), s.meta());
            List<Integer> lines = splices(t).stream().map(Anomaly::lastLine).toList();
            if (s.name().startsWith("2022-03-07-wang-yi")) {
                assertThat(lines).as(s.name()).containsExactly(117, 221);
            } else {
                assertThat(lines).as(s.name()).isEmpty();
            }
        }
    }
}
