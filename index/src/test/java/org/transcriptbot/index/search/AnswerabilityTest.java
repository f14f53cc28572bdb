package org.transcriptbot.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.Library;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.parse.TranscriptLoader;

/**
 * The decision on questions whose topic is there but whose fact is not, on subjects the transcripts
 * never mention, and on English questions over English transcripts (real transcripts, lexical
 * search).
 */
class AnswerabilityTest {
    private static Library english;

    private static SearchResult search(String q) {
        return Fixtures.library().search(q, 5);
    }

    /** The layouts set's English briefing and interview, loaded alone. */
    private static synchronized Library english() throws Exception {
        if (english == null) {
            List<Transcript> ts =
                    new TranscriptLoader()
                                    .loadDirectory(Fixtures.evalFile("layouts/transcripts"))
                                    .transcripts()
                                    .stream()
                                    .filter(t -> t.meta().file().contains("-en-"))
                                    .toList();
            assertThat(ts).hasSize(2);
            english =
                    Library.of(
                            ts,
                            List.of(),
                            new Library.Options(
                                    null, Fixtures.synonyms(), QueryPlanner.Weights.DEFAULT, null));
        }
        return english;
    }

    @ParameterizedTest
    @ValueSource(strings = {"雅万高铁什么时候通车？", "全球发展倡议之友小组有多少个成员国？"})
    void aFigureOrDateTheTopicsPassagesDoNotStateIsDeclined(String q) {
        SearchResult r = search(q);
        assertThat(r.answerable()).as(q).isFalse();
        assertThat(r.hits()).as(q).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"中欧班列去年开行了多少列？", "俄乌谈了几轮了", "中欧贸易额去年有多少？"})
    void aFigureThePassageStatesIsAnswered(String q) {
        assertThat(search(q).answerable()).as(q).isTrue();
    }

    @Test
    void aSummitTheTranscriptsNeverMentionIsDeclined() {
        assertThat(search("中方如何评价即将举行的金砖国家峰会？").answerable()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "What did the spokesperson say about the wildfires in California?",
                "Is NASA planning a new mission to the Moon?",
                "Did the State Department comment on the Gaza ceasefire?"
            })
    void anEnglishOffTopicQuestionOverEnglishTranscriptsIsDeclined(String q) throws Exception {
        SearchResult r = english().search(q, 5);
        assertThat(r.answerable()).as(q).isFalse();
        assertThat(r.confidence()).as(q).isLessThan(0.5);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "What did Mr. Holloway say about the earthquake?",
                "Will the new cranes be automated?",
                "How much higher will the new quay walls be?"
            })
    void anEnglishQuestionTheEnglishTranscriptsAnswerIsAnswered(String q) throws Exception {
        SearchResult r = english().search(q, 5);
        assertThat(r.answerable()).as(q).isTrue();
        assertThat(r.hits().get(0).transcript().file()).contains("-en-");
    }
}
