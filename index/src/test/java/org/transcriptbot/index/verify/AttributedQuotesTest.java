package org.transcriptbot.index.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.model.Location;

/**
 * The cases: who said it, what was set aside, meaning flips named first, the closest for
 * NOT_FOUND.
 */
class AttributedQuotesTest {
    private final QuoteVerifier v = Fixtures.library().verifier();

    @Test
    void aChangedWordBeforeAQuotationMarkIsSeen() {
        QuoteCheck c = v.verify("用相互尊重、和平共处、互利共赢的“三原则”替代竞争、合作、对抗的“三分法”");
        assertThat(c.verdict()).isEqualTo(Verdict.NEAR);
        assertThat(c.attribution().setAside()).isNull();
        assertThat(c.differences()).anySatisfy(d -> assertThat(d.transcript()).isEqualTo("合作"));
        assertThat(c.passage().location().firstLine()).isEqualTo(121);
        assertThat(v.verify("日本的“印太战略”正在成为集团政治的代名词").verdict()).isEqualTo(Verdict.NEAR);
    }

    @Test
    void aReportersQuestionIsQuotableAndCreditedToTheAsker() {
        QuoteCheck c = v.verify("俄军在乌行动已经扩展到非军事设施");
        assertThat(c.verdict()).isEqualTo(Verdict.EXACT);
        assertThat(c.speaker()).isEqualTo("路透社");
        assertThat(c.attribution().role()).isEqualTo("question");
        assertThat(c.passage().location().firstLine()).isEqualTo(19);
        QuoteCheck repeated = v.verify("中方如何看待“一带一路”发展势头因疫情等原因有所减弱的说法？");
        assertThat(repeated.passage().occurrences())
                .extracting(Location::firstLine)
                .containsExactly(83, 137);
    }

    @Test
    void aChangedNumberBehindAReportingVerbIsNearAndNamed() {
        QuoteCheck c = v.verify("外长称“一带一路”大家庭成员已达到200个");
        assertThat(c.verdict()).isEqualTo(Verdict.NEAR);
        assertThat(c.attribution().setAside()).isEqualTo("外长称");
        assertThat(c.attribution().claim()).isEqualTo("“一带一路”大家庭成员已达到200个");
        assertThat(c.meaningChanges())
                .first()
                .satisfies(
                        m -> {
                            assertThat(m.kind()).isEqualTo(MeaningChange.Kind.NUMBER);
                            assertThat(m.transcript()).isEqualTo("180");
                            assertThat(m.quote()).isEqualTo("200");
                        });
        assertThat(c.speaker()).isEqualTo("王毅");
    }

    @Test
    void swappedClausesAndDroppedNegationsAreMeaningFlips() {
        QuoteCheck swapped = v.verify("亚太是地缘政治的棋局，而不是合作发展的热土");
        assertThat(swapped.verdict()).isEqualTo(Verdict.NEAR);
        assertThat(swapped.meaningChanges())
                .extracting(MeaningChange::kind)
                .containsExactly(MeaningChange.Kind.CLAUSE_ORDER);
        assertThat(swapped.match()).isEqualTo("亚太是合作发展的热土，而不是地缘政治的棋局");
        QuoteCheck negation = v.verify("大国竞争是时代主题，零和博弈是正确选择");
        assertThat(negation.verdict()).isEqualTo(Verdict.NEAR);
        assertThat(negation.meaningChanges())
                .extracting(MeaningChange::text)
                .containsExactly("negation dropped: 不、不");
    }

    @Test
    void aSpeakerLabelInFrontOfVerbatimWordsIsSetAsideNotACrash() {
        QuoteCheck c = v.verify("王毅：各位记者朋友，大家下午好！");
        assertThat(c.verdict()).isEqualTo(Verdict.EXACT);
        assertThat(c.attribution().setAside()).isEqualTo("王毅：");
        assertThat(c.attribution().claimedSpeaker()).isEqualTo("王毅");
    }

    @Test
    void wordsCreditedToSomeoneElseAreNearWithTheSpeakerNamedFirst() {
        QuoteCheck c = v.verify("李明说：“解决复杂问题需要的是冷静和理性，而不是火上浇油、激化矛盾。”");
        assertThat(c.verdict()).isEqualTo(Verdict.NEAR);
        assertThat(c.similarity()).isEqualTo(1.0);
        assertThat(c.meaningChanges())
                .first()
                .satisfies(
                        m -> {
                            assertThat(m.kind()).isEqualTo(MeaningChange.Kind.SPEAKER);
                            assertThat(m.quote()).isEqualTo("李明");
                            assertThat(m.transcript()).isEqualTo("王毅");
                        });
        assertThat(v.verify("王毅说：“解决复杂问题需要的是冷静和理性”").verdict()).isEqualTo(Verdict.EXACT);
        assertThat(v.verify("路透社记者问：“俄军在乌行动已经扩展到非军事设施”").verdict()).isEqualTo(Verdict.EXACT);
    }

    @Test
    void aPhraseThatIsTheTranscriptsOwnIsNotSetAsideToHideAChange() {
        // the transcript: "中方认为，大国竞争不是时代主题…"; a changed subject is a change, not an attribution
        QuoteCheck c = v.verify("美方认为，大国竞争不是时代主题，零和博弈不是正确选择");
        assertThat(c.verdict()).isEqualTo(Verdict.NEAR);
        assertThat(c.attribution().setAside()).isNull();
    }

    @Test
    void notFoundShowsTheClosestTheTranscriptComesNeverAsAMatch() {
        QuoteCheck c = v.verify("中方呼吁有关各方保持最大限度克制，避免局势进一步升级。");
        assertThat(c.verdict()).isEqualTo(Verdict.NOT_FOUND);
        assertThat(c.match()).isNull();
        assertThat(c.passage()).isNull();
        assertThat(c.speaker()).isNull();
        assertThat(c.closest()).isNotNull();
        assertThat(c.closest().text()).isNotBlank();
        assertThat(c.similarity()).isBetween(0.0, QuoteVerifier.NEAR_SIMILARITY);
    }
}
