package org.transcriptbot.bot.messages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.transcriptbot.bot.render.HtmlRenderer;
import org.transcriptbot.index.search.SearchHit;

class InlineMessagesTest {
    private static final Messages EN = Messages.of(Lang.EN);

    @Test
    void theAnsweringSentenceIsTheDescriptionAndIsUnderlinedInTheInsertedQuote() {
        SearchHit hit =
                Samples.hit(1, "p1", Samples.TEXT, new SearchHit.Answer("中欧班列去年开行了1.5万列。", 9, 24));
        assertThat(InlineMessages.description(hit, true, EN)).isEqualTo("中欧班列去年开行了1.5万列。");
        assertThat(HtmlRenderer.render(InlineMessages.quote(hit, true, EN)))
                .contains("<u><b>中欧班列</b>去年开行了1.5万列。</u>");
    }

    @Test
    void withoutAnAnswerSentenceTheDescriptionSaysWhoAsked() {
        SearchHit hit = Samples.hit(1, "p1", Samples.TEXT, null);
        assertThat(InlineMessages.description(hit, true, EN)).isEqualTo("路透社 asked: 中欧班列开行了多少列？");
    }

    @Test
    void aPassageForAQuestionTheTranscriptsDoNotAddressIsOfferedOnlyAsTheClosest() {
        SearchHit hit = Samples.hit(1, "p1", Samples.TEXT, null);
        assertThat(InlineMessages.description(hit, false, EN))
                .isEqualTo("Closest passage, not an answer");
        assertThat(InlineMessages.quote(hit, false, EN).plainText())
                .startsWith(
                        "The transcripts do not address this question; the closest passage is:");
    }
}
