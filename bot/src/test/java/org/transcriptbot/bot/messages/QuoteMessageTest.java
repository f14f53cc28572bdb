package org.transcriptbot.bot.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.transcriptbot.bot.render.HtmlRenderer;
import org.transcriptbot.bot.render.PlainRenderer;
import org.transcriptbot.bot.telegram.TelegramHtmlRules;
import org.transcriptbot.index.verify.MeaningChange;
import org.transcriptbot.index.verify.QuoteCheck;
import org.transcriptbot.index.verify.Verdict;

class QuoteMessageTest {
    private static final Messages ZH = Messages.of(Lang.ZH);
    private static final Messages EN = Messages.of(Lang.EN);

    private static QuoteCheck check(
            Verdict v, QuoteCheck.Attribution a, List<MeaningChange> meaning) {
        String match = "大国竞争不是时代主题，零和博弈不是正确选择。";
        return QuoteCheck.found(
                a == null ? match : a.claim(),
                v,
                v == Verdict.EXACT ? 1 : 0.86,
                new QuoteCheck.Match(
                        match,
                        Samples.passage("p1", match),
                        Samples.META,
                        v == Verdict.NEAR ? List.of(new QuoteCheck.Difference("不", "")) : List.of(),
                        v == Verdict.NEAR
                                ? List.of(
                                        new QuoteCheck.Segment(
                                                QuoteCheck.Segment.Type.SAME, "大国竞争"),
                                        new QuoteCheck.Segment(
                                                QuoteCheck.Segment.Type.DELETED, "不"),
                                        new QuoteCheck.Segment(
                                                QuoteCheck.Segment.Type.SAME, "是时代主题"))
                                : List.of(
                                        new QuoteCheck.Segment(
                                                QuoteCheck.Segment.Type.SAME, match))),
                a,
                meaning);
    }

    @Test
    void aNearQuoteNamesTheChangeOfMeaningBeforeTheCharacterDifferences() {
        QuoteCheck c =
                check(
                        Verdict.NEAR,
                        new QuoteCheck.Attribution("王毅", "answer", "大国竞争是时代主题", null, null),
                        List.of(new MeaningChange(MeaningChange.Kind.NEGATION_DROPPED, "不", "")));
        String plain = PlainRenderer.render(QuoteMessage.of(c, ZH));
        assertThat(plain).startsWith("⚠️ 有改动");
        assertThat(plain.indexOf("意思变了：")).isPositive().isLessThan(plain.indexOf("[-不-]"));
        assertThat(plain).contains("少了否定词“不”，意思相反").contains("王毅 答 · 路透社记者问：");
        assertThat(PlainRenderer.render(QuoteMessage.of(c, EN)))
                .contains("negation dropped: “不”; the meaning is reversed");
        assertThat(TelegramHtmlRules.text(HtmlRenderer.render(QuoteMessage.of(c, EN)), "HTML"))
                .isNull();
    }

    @Test
    void whatWasSetAsideIsShownAndAWrongSpeakerIsADifference() {
        QuoteCheck c =
                check(
                        Verdict.EXACT,
                        new QuoteCheck.Attribution("王毅", "answer", "大国竞争不是时代主题", "李四说：", "李四"),
                        List.of());
        String plain = PlainRenderer.render(QuoteMessage.of(c, ZH));
        assertThat(plain).contains("已核对：“大国竞争不是时代主题”").contains("未计入核对的引述部分：“李四说：”");
        assertThat(plain).contains("引语说是李四说的，但实录中这是王毅的话。");
    }

    @Test
    void aReportersQuestionIsCreditedToTheReporter() {
        QuoteCheck c =
                check(
                        Verdict.EXACT,
                        new QuoteCheck.Attribution("路透社", "question", "中欧班列开行了多少列", null, null),
                        List.of());
        assertThat(PlainRenderer.render(QuoteMessage.of(c, ZH)))
                .contains("路透社 记者问")
                .doesNotContain("王毅 答");
        assertThat(PlainRenderer.render(QuoteMessage.of(c, EN)))
                .contains("asked by the 路透社 reporter");
    }

    @Test
    void notFoundShowsTheClosestPassageOnlyAsTheClosestTheTranscriptComes() {
        QuoteCheck.Closest closest =
                new QuoteCheck.Closest(
                        "大国竞争不是时代主题", Samples.passage("p1", "大国竞争不是时代主题"), Samples.META, "王毅");
        QuoteCheck c = QuoteCheck.notFound("完全不同的一句话", 0.41, null, List.of(), closest);
        String zh = PlainRenderer.render(QuoteMessage.of(c, ZH));
        assertThat(zh).startsWith("❌ 查无此言").contains("实录中最接近的说法（相似度 41%，并非原话）：");
        assertThat(zh)
                .contains("大国竞争不是时代主题")
                .contains("王毅 的话")
                .doesNotContain("答")
                .doesNotContain("原文如此");
        assertThat(PlainRenderer.render(QuoteMessage.of(c, EN)))
                .contains("The closest the transcript comes (41% similar; not a match):");
    }

    @Test
    void anInvalidQuoteSaysWhy() {
        QuoteCheck c = QuoteCheck.invalid("短", "too short");
        assertThat(QuoteMessage.of(c, EN).plainText()).isEqualTo("Cannot check this: too short");
    }
}
