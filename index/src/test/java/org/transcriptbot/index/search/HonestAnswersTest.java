package org.transcriptbot.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.model.TurnKind;

/**
 * Answerability, speaker words, answering sentences and highlights on the real transcript (lexical
 * search).
 */
class HonestAnswersTest {
    private static SearchResult search(String q) {
        return Fixtures.library().search(q, 5);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "中方对缅甸局势有何评论？",
                "中方如何评价中韩关系的发展？",
                "今天北京天气怎么样",
                "Is China going to cut interest rates?",
                "What is China's stance on Taiwan joining the ICAO?"
            })
    void anOffTopicQuestionIsDeclinedAndStillListsTheClosestPassages(String q) {
        SearchResult r = search(q);
        assertThat(r.answerable()).as(q).isFalse();
        assertThat(r.confidence()).as(q).isLessThan(0.5);
        assertThat(r.hits()).as(q).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"一带一路", "冬奥", "劝和促谈", "Belt and Road"})
    void aShortKeywordQuestionIsAccepted(String q) {
        SearchResult r = search(q);
        assertThat(r.answerable()).as(q).isTrue();
        assertThat(r.confidence()).as(q).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void aQuestionNamingTheSpeakerFindsTheAnswerNotTheLead() {
        SearchResult r = search("王毅谈中俄关系");
        assertThat(r.answerable()).isTrue();
        assertThat(r.hits().get(0).passage().text()).contains("中俄是维护世界和平的两大力量");
        assertThat(r.hits().get(0).passage().location().kind()).isNotEqualTo(TurnKind.LEAD);
    }

    @Test
    void theLeadRanksBelowEveryAnswer() {
        var hits = search("王毅 记者会 外交政策").hits();
        boolean leadSeen = false;
        for (SearchHit h : hits) {
            if (h.passage().location().kind() == TurnKind.LEAD) {
                leadSeen = true;
            } else {
                assertThat(leadSeen).as("an answer after the lead").isFalse();
            }
        }
    }

    @Test
    void aFactQuestionGetsItsAnsweringSentence() {
        SearchHit top = search("中欧贸易额去年有多少？").hits().get(0);
        SearchHit.Answer answer = top.answer();
        assertThat(answer).isNotNull();
        assertThat(answer.text()).isEqualTo("中国和欧盟贸易额首次突破8000亿美元，充分说明中欧经贸关系高度互补。");
        assertThat(top.passage().text().substring(answer.start(), answer.end()))
                .isEqualTo(answer.text());
    }

    @Test
    void theJsonOfASearchCarriesTheDecisionAndTheAnsweringSentence() {
        var declined = org.transcriptbot.index.Json.search(search("中方对缅甸局势有何评论？"));
        assertThat(declined.get("answerable").asBoolean()).isFalse();
        assertThat(declined.get("confidence").asDouble()).isLessThan(0.5);
        var answered = org.transcriptbot.index.Json.search(search("中欧贸易额去年有多少？"));
        assertThat(answered.get("answerable").asBoolean()).isTrue();
        var answer = answered.get("hits").get(0).get("answer");
        String text = answered.get("hits").get(0).get("text").asText();
        assertThat(text.substring(answer.get("start").asInt(), answer.get("end").asInt()))
                .isEqualTo(answer.get("text").asText())
                .contains("8000亿");
    }

    @Test
    void englishNumbersReachTheChineseFigure() {
        SearchHit top = search("China EU trade 800 billion").hits().get(0);
        assertThat(top.passage().text()).contains("8000亿");
        assertThat(top.answer().text()).contains("8000亿");
    }

    @Test
    void highlightsMarkWholeTermsNeverLoneCharacters() {
        SearchHit top = search("一带一路").hits().get(0);
        assertThat(top.highlights()).isNotEmpty();
        for (SearchHit.Span s : top.highlights()) {
            assertThat(top.passage().text().substring(s.start(), s.end())).contains("一带一路");
        }
    }

    @Test
    void emojiAndChatFillersDoNotChangeTheAnswer() {
        String plain = search("冬奥会办得怎么样").hits().get(0).passage().id();
        assertThat(search("冬奥会办得咋样啊😀😀").hits().get(0).passage().id()).isEqualTo(plain);
    }
}
