package org.transcriptbot.bot.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.transcriptbot.bot.render.HtmlRenderer;
import org.transcriptbot.bot.render.PlainRenderer;
import org.transcriptbot.bot.telegram.TelegramHtmlRules;
import org.transcriptbot.index.search.SearchHit;
import org.transcriptbot.index.search.SearchResult;

class AnswerMessageTest {
    private static final Messages ZH = Messages.of(Lang.ZH);
    private static final Messages EN = Messages.of(Lang.EN);

    @Test
    void theAnsweringSentenceIsEmphasisedInsideTheQuoteWithTheRestAsContext() {
        SearchHit hit =
                Samples.hit(1, "p1", Samples.TEXT, new SearchHit.Answer("中欧班列去年开行了1.5万列。", 9, 24));
        SearchResult r = new SearchResult("中欧班列开行了多少列", List.of(hit), true, 0.9);
        String html = HtmlRenderer.render(AnswerMessage.answer("中欧班列开行了多少列", r, 1, 3, ZH));
        assertThat(html)
                .contains(
                        "<blockquote>双方同意加强合作。<u><b>中欧班列</b>去年开行了1.5万列。</u>这说明合作潜力巨大。</blockquote>");
        assertThat(html).contains("王毅 答").contains("路透社记者问").contains("第 20–21 行");
        assertThat(TelegramHtmlRules.text(html, "HTML")).isNull();
    }

    @Test
    void withoutAnAnswerSentenceThePassageIsQuotedWithItsHighlights() {
        SearchHit hit = Samples.hit(1, "p1", Samples.TEXT, null);
        String plain =
                PlainRenderer.render(
                        AnswerMessage.answer("班列", new SearchResult("班列", List.of(hit)), 1, 3, EN));
        assertThat(plain).contains("【中欧班列】").doesNotContain("**").contains("answered by 王毅");
    }

    @Test
    void anUnanswerableQuestionIsDeclinedPlainlyWithTopicsAndTheClosestPassagesAsSuch() {
        SearchHit closest = Samples.hit(1, "p1", Samples.TEXT, null);
        SearchResult r = new SearchResult("今天北京天气怎么样", List.of(closest), false, 0.1);
        List<TopicList.Topic> topics = TopicList.of(List.of(Samples.transcript()));
        String zh = PlainRenderer.render(AnswerMessage.declined("今天北京天气怎么样", r, topics, ZH));
        assertThat(zh).startsWith("🔎 今天北京天气怎么样\n实录没有谈到这个问题。");
        assertThat(zh).contains("实录谈到的是这些话题：\n• 路透社：中欧班列开行了多少列？");
        assertThat(zh).contains("最接近的段落（并非答案）：\n1. 「双方同意加强合作。");
        assertThat(zh).doesNotContain("  │ "); // no quote block: nothing is presented as the answer
        String en =
                PlainRenderer.render(AnswerMessage.declined("weather in Beijing", r, topics, EN));
        assertThat(en)
                .contains("The transcripts do not address this question.")
                .contains("The closest passages (not an answer):");
    }

    @Test
    void aQuestionThatMatchesNothingIsDeclinedWithoutClosestPassages() {
        String zh =
                PlainRenderer.render(
                        AnswerMessage.declined(
                                "xyzzy", new SearchResult("xyzzy", List.of()), List.of(), ZH));
        assertThat(zh).contains("实录没有谈到这个问题").doesNotContain("最接近");
    }

    @Test
    void theEchoedQuestionLosesControlCharacters() {
        String zh =
                PlainRenderer.render(
                        AnswerMessage.declined(
                                "a\u0007b\u202Ec",
                                new SearchResult("x", List.of()),
                                List.of(),
                                ZH));
        assertThat(zh).startsWith("🔎 abc\n");
    }
}
