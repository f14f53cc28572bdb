package org.transcriptbot.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.Library;

/**
 * The kind of fact read from how a question asks, on held-out set 3's transcripts (GBK briefing,
 * panel, English briefing, interview; lexical search): an indefinite number (好几十个国家) asks no count,
 * "how many of the crew" counts the crew, a year asked is stated only by a date, and who attends or
 * speaks is a person asked.
 */
class FactKindsTest {
    private static Library set3() {
        return Fixtures.evalLibrary("layouts-own3");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // 好几十 is "dozens": the question asks China's stand, which is given
                "好几十个国家都喊着要暂停深海开采，中方到底支不支持？",
                // the crew is counted in the answer's sentence, the vessel named only in the
                // question
                "How many of the Ocean Harvester's crew are Americans?"
            })
    void aQuestionWhoseFactIsGivenIsAnswered(String q) throws Exception {
        assertThat(set3().search(q, 5).answerable()).as(q).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // the interview counts observers and voyages, gives no year
                "叶蔚然是哪一年第一次随远洋渔船出海当观察员的？",
                // the forum's organisers are named, no official who will speak
                "柳州的中国—东盟职业教育论坛，中方由哪位领导出席开幕式并致辞？",
                // resorts, rinks and schools are counted, instructors only mentioned
                "全国现在一共有多少名持证的滑雪指导员？",
                // pricing rules and other sums, no ticket price
                "国内滑雪场一天的门票一般要多少钱？",
                // the spokesperson gives shares and counts, will not predict a date
                "When is the Panama Canal expected to go back to its normal number of daily transits?"
            })
    void aQuestionWhoseFactIsNotGivenIsDeclined(String q) throws Exception {
        SearchResult r = set3().search(q, 5);
        assertThat(r.answerable()).as(q).isFalse();
        assertThat(r.hits()).as(q).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // English on the Chinese interview: certified, distant-water, fisheries observers
                "How many certified distant-water fisheries observers does China have?|持证上岗的国家远洋渔业观察员有260多人",
                // Chinese on the English briefing: 悬赏 (reward), 走私团伙 (smuggling network)
                "美国悬赏多少钱抓犀牛角走私团伙的头目？|we are offering up to $2.5 million"
            })
    void theLexiconCarriesAQuestionAcrossLanguages(String q, String gold) throws Exception {
        SearchResult r = set3().search(q, 5);
        assertThat(r.answerable()).as(q).isTrue();
        assertThat(r.hits().get(0).passage().text()).as(q).contains(gold);
    }
}
