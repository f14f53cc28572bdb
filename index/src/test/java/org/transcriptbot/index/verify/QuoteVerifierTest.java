package org.transcriptbot.index.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.eval.QuoteEval;
import org.transcriptbot.index.model.Location;

class QuoteVerifierTest {
    private final QuoteVerifier v = Fixtures.library().verifier();

    @Test
    void devSetEveryVerdictRight() throws Exception {
        var report =
                QuoteEval.run(QuoteEval.read(Fixtures.evalFile("quotes-dev.jsonl")), v::verify);
        System.out.println(report.table());
        assertThat(report.right()).isEqualTo(report.outcomes().size());
        for (var o : report.outcomes()) {
            if (o.check().verdict() == Verdict.NEAR) {
                assertThat(o.check().differences().size() + o.check().meaningChanges().size())
                        .as(o.c().id())
                        .isPositive();
            }
        }
    }

    @Test
    void largeCollectionPathAlignsOnlyIndexCandidatesWithTheSameVerdicts() throws Exception {
        var lib =
                org.transcriptbot.index.Library.of(
                        List.of(Fixtures.transcript()),
                        List.of(),
                        new org.transcriptbot.index.Library.Options(
                                null,
                                Fixtures.synonyms(),
                                org.transcriptbot.index.search.QueryPlanner.Weights.DEFAULT,
                                null));
        lib.verifier().candidateThreshold(0);
        var report =
                QuoteEval.run(QuoteEval.read(Fixtures.evalFile("quotes-dev.jsonl")), lib::verify);
        assertThat(report.right()).isEqualTo(report.outcomes().size());
        QuoteCheck near = lib.verify("中国和欧盟贸易额首次突破9000亿美元");
        assertThat(near.verdict()).isEqualTo(Verdict.NEAR);
        assertThat(near.match()).contains("8000亿美元");
    }

    @Test
    void numbersKeepTheirDecimalPointAndPercentSign() {
        assertThat(v.verify("去年中欧班列开行15000多列，同比增长29%").verdict()).isEqualTo(Verdict.EXACT);
        QuoteCheck c = v.verify("同比增长2.9%，为推动国际抗疫合作");
        assertThat(c.verdict()).isEqualTo(Verdict.NEAR);
        assertThat(c.differences()).anySatisfy(d -> assertThat(d.quote()).isEqualTo("."));
    }

    @Test
    void omissionsAndSpeakerLabelsAreUnderstood() {
        QuoteCheck c = v.verify("解决复杂问题需要的是冷静和理性……激化矛盾");
        assertThat(c.verdict()).isEqualTo(Verdict.EXACT);
        assertThat(c.differences()).isEmpty();
        assertThat(c.match()).isEqualTo("解决复杂问题需要的是冷静和理性 … 激化矛盾");
        assertThat(v.verify("王毅：外交为民永远在路上。").verdict()).isEqualTo(Verdict.EXACT);
        QuoteCheck changed = v.verify("王毅表示，北京冬奥会取得了巨大成功");
        assertThat(changed.verdict()).isEqualTo(Verdict.NEAR);
        assertThat(changed.match()).isEqualTo("北京冬奥会取得圆满成功");
    }

    @Test
    void exactWithLocation() {
        QuoteCheck c = v.verify("解决复杂问题需要的是冷静和理性，而不是火上浇油、激化矛盾。");
        assertThat(c.verdict()).isEqualTo(Verdict.EXACT);
        assertThat(c.similarity()).isEqualTo(1.0);
        assertThat(c.passage().location().asker()).isEqualTo("路透社");
        assertThat(c.passage().location().firstLine()).isEqualTo(21);
        assertThat(c.match()).isEqualTo("解决复杂问题需要的是冷静和理性，而不是火上浇油、激化矛盾");
    }

    @Test
    void normalisesPunctuationWidthQuotesSpacesScriptAndLineBreaks() {
        assertThat(v.verify("拆掉\"小院高墙\",共建开放市场.").verdict()).isEqualTo(Verdict.EXACT);
        assertThat(v.verify("拆掉「小院高墙」　共建开放市场").verdict()).isEqualTo(Verdict.EXACT);
        assertThat(v.verify("中方始終從戰略和長遠角度看待中歐關係").verdict()).isEqualTo(Verdict.EXACT);
        assertThat(v.verify("中国和欧盟贸易额首次突破８０００亿美元").verdict()).isEqualTo(Verdict.EXACT);
        assertThat(v.verify("解决复杂问题\n需要的是冷静\r\n和理性").verdict()).isEqualTo(Verdict.EXACT);
        assertThat(v.verify("王毅说：“解决复杂问题需要的是冷静和理性”").verdict()).isEqualTo(Verdict.EXACT);
    }

    @Test
    void matchesAcrossTheTranscriptsBrokenLines() {
        QuoteCheck c = v.verify("双方在多个层级也开展了对话交往。美方领导人和一些高官相表示");
        assertThat(c.verdict()).isEqualTo(Verdict.EXACT);
        assertThat(c.passage().location().firstLine()).isEqualTo(181);
    }

    @Test
    void aChangedNumberIsNear() {
        QuoteCheck c = v.verify("中国和欧盟贸易额首次突破9000亿美元");
        assertThat(c.verdict()).isEqualTo(Verdict.NEAR);
        assertThat(c.differences())
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.transcript()).isEqualTo("8");
                            assertThat(d.quote()).isEqualTo("9");
                            assertThat(d.kind()).isEqualTo("changed");
                        });
        assertThat(c.match()).contains("8000亿美元");
    }

    @Test
    void nearShowsDeletedAndInsertedWording() {
        QuoteCheck c = v.verify("中欧双方对此都应保持高度警惕。");
        assertThat(c.verdict()).isEqualTo(Verdict.NEAR);
        assertThat(c.differences())
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.kind()).isEqualTo("added");
                            assertThat(d.quote()).isEqualTo("保持");
                        });
        assertThat(c.segments())
                .anySatisfy(
                        s -> {
                            assertThat(s.type()).isEqualTo(QuoteCheck.Segment.Type.INSERTED);
                            assertThat(s.text()).isEqualTo("保持");
                        });
        QuoteCheck dropped = v.verify("我们要秉持共同、综合、可持续的安全观");
        assertThat(dropped.verdict()).isEqualTo(Verdict.NEAR);
        assertThat(dropped.differences())
                .anySatisfy(d -> assertThat(d.kind()).isEqualTo("dropped"));
        StringBuilder transcriptSide = new StringBuilder();
        for (QuoteCheck.Segment s : dropped.segments()) {
            if (s.type() != QuoteCheck.Segment.Type.INSERTED) {
                transcriptSide.append(s.text());
            }
        }
        assertThat(transcriptSide.toString()).isEqualTo(dropped.match());
    }

    @Test
    void fabricatedSentencesFromTranscriptVocabularyAreNotFound() {
        assertThat(v.verify("中方始终坚定支持欧盟和东盟在印太地区发挥建设性作用。").verdict()).isEqualTo(Verdict.NOT_FOUND);
        assertThat(v.verify("美国对华政策必须回到一个中国原则的正确轨道上来。").verdict()).isEqualTo(Verdict.NOT_FOUND);
    }

    @Test
    void longQuotesAreJudgedClauseByClause() {
        QuoteCheck c = v.verify("解决复杂问题需要的是冷静和理性，而不是火上浇油、激化矛盾。中国始终扎根亚太、建设亚太、造福全世界。");
        assertThat(c.verdict()).isEqualTo(Verdict.NEAR);
        assertThat(c.parts()).hasSize(2);
        assertThat(c.parts().get(0).verdict()).isEqualTo(Verdict.EXACT);
        assertThat(c.parts().get(1).verdict()).isIn(Verdict.NEAR, Verdict.NOT_FOUND);
        QuoteCheck fake = v.verify("解决复杂问题需要的是冷静和理性。中方呼吁有关各方保持最大限度克制，避免局势进一步升级。");
        assertThat(fake.verdict()).isEqualTo(Verdict.NOT_FOUND);
        assertThat(fake.parts())
                .extracting(QuoteCheck::verdict)
                .containsExactly(Verdict.EXACT, Verdict.NOT_FOUND);
    }

    @Test
    void stitchedVerbatimSentencesAreExactInTheTranscriptsOrderOnly() {
        QuoteCheck c = v.verify("解决复杂问题需要的是冷静和理性。中国始终扎根亚太、建设亚太、造福亚太。");
        assertThat(c.parts()).extracting(QuoteCheck::verdict).containsOnly(Verdict.EXACT);
        assertThat(c.verdict()).isEqualTo(Verdict.EXACT);
        QuoteCheck reversed = v.verify("中国始终扎根亚太、建设亚太、造福亚太。解决复杂问题需要的是冷静和理性。");
        assertThat(reversed.verdict()).isEqualTo(Verdict.NEAR);
        assertThat(reversed.meaningChanges())
                .extracting(MeaningChange::kind)
                .containsExactly(MeaningChange.Kind.CLAUSE_ORDER);
    }

    @Test
    void repeatedPassagesReportEveryPlace() {
        QuoteCheck c = v.verify("中方始终从战略和长远角度看待中欧关系");
        assertThat(c.passage().occurrences())
                .extracting(Location::firstLine)
                .containsExactlyInAnyOrder(79, 133);
    }

    @Test
    void badInputGetsAClearMessage() {
        assertThat(v.verify("").error()).contains("empty");
        assertThat(v.verify(null).error()).contains("empty");
        assertThat(v.verify("好").error()).contains("too short");
        assertThat(v.verify("。。。！！").error()).contains("too short");
        assertThat(v.verify("中".repeat(100_000)).error()).contains("too long");
        assertThat(v.verify("中".repeat(501)).error()).contains("too long");
        byte[] junk = new byte[3000];
        new Random(1).nextBytes(junk);
        QuoteCheck j = v.verify(new String(junk, java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(j.isValid() ? j.verdict() : null).isIn(null, Verdict.NOT_FOUND);
        QuoteCheck j2 = v.verify(new String(junk, 0, 400, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(j2.isValid() ? j2.verdict() : Verdict.NOT_FOUND).isEqualTo(Verdict.NOT_FOUND);
    }
}
