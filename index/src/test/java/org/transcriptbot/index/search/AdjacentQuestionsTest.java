package org.transcriptbot.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.Library;
import org.transcriptbot.index.parse.TranscriptLoader;

/**
 * Questions whose topic the transcripts speak of but whose fact they do not state, of each kind of
 * fact (a sum of money, a count at a past time, a name, persons met), are declined; questions of
 * the same kinds whose fact is stated are answered (real transcripts: the layouts set and the
 * bundled one, lexical search).
 */
class AdjacentQuestionsTest {
    private static Library layouts;

    /** The layouts set's five transcripts, Chinese and English. */
    private static synchronized Library layouts() throws Exception {
        if (layouts == null) {
            layouts =
                    Library.of(
                            new TranscriptLoader()
                                    .loadDirectory(Fixtures.evalFile("layouts/transcripts"))
                                    .transcripts(),
                            List.of(),
                            new Library.Options(
                                    null, Fixtures.synonyms(), QueryPlanner.Weights.DEFAULT, null));
        }
        return layouts;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a sum: the lift passage gives an approval time and a count, no cost
                "老旧小区加装一部电梯平均要花多少钱？",
                // a fee asked: the passage's sums are subsidies, not the approval fee
                "加装电梯的审批费用是多少？",
                // a count ten years ago: the passage counts what the largest ship carried then
                "How many containers did Larkhaven handle ten years ago?",
                // a name: typhoons are forecast, none is named
                "今年第一个登陆我国的台风叫什么名字？",
                // persons met: the visit is only announced
                "新西兰外长访华期间会见了哪些中国领导人？",
                "Who did the Secretary meet in Addis Ababa?"
            })
    void aFactTheTopicsPassagesDoNotStateIsDeclined(String q) throws Exception {
        SearchResult r = layouts().search(q, 5);
        assertThat(r.answerable()).as(q).isFalse();
        assertThat(r.hits()).as(q).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "How much money is the United States giving Peru after the earthquake?",
                "中方向汤加提供了多少钱的紧急援助？",
                "Ten years ago, how big was the largest vessel calling at Larkhaven?",
                "Who will the Secretary meet in Addis Ababa?",
                "今年预计有几个台风登陆我国？"
            })
    void aFactThePassageStatesIsAnswered(String q) throws Exception {
        assertThat(layouts().search(q, 5).answerable()).as(q).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"今年1月在纽约联合国总部举行首次会议的小组叫什么名字？", "去年以来习近平主席和谁举行了视频会晤？", "去年中欧班列开行了多少列？"})
    void aNameAPersonOrAPastCountTheBundledTranscriptStatesIsAnswered(String q) {
        assertThat(Fixtures.library().search(q, 5).answerable()).as(q).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"北京冬奥会有多少名运动员参赛？", "中欧班列去年运了多少吨货？", "今年高考什么时候举行？"})
    void aCountOfAnotherThingOrInAnotherMeasureIsDeclined(String q) {
        assertThat(Fixtures.library().search(q, 5).answerable()).as(q).isFalse();
    }
}
