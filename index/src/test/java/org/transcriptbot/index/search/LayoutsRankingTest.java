package org.transcriptbot.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.model.TurnKind;
import org.transcriptbot.index.parse.TranscriptLoader;

/**
 * Ranking over the bundled transcript and the layouts dev set's transcripts together (real parser,
 * real Lucene, lexical): follow-up answers, particles in questions, cross-lingual number forms.
 */
class LayoutsRankingTest {
    private static TranscriptIndex index;

    @BeforeAll
    static void load() throws Exception {
        List<Transcript> all = new ArrayList<>(List.of(Fixtures.transcript()));
        Path layouts =
                Path.of(LayoutsRankingTest.class.getResource("/eval/layouts/transcripts").toURI());
        all.addAll(new TranscriptLoader().loadDirectory(layouts).transcripts());
        index = TranscriptIndex.build(all, Fixtures.synonyms());
    }

    private static SearchHit top(String question) {
        return index.search(question, 5).hits().get(0);
    }

    @Test
    void theFollowUpsAnswerComesBeforeTheFirstAnswerOnTheSameSubject() {
        SearchHit h = top("中方会不会对美国农产品加征关税进行反制？");
        assertThat(h.passage().location().kind()).isEqualTo(TurnKind.FOLLOWUP);
        assertThat(h.passage().text()).contains("至于具体措施，请向主管部门询问");
    }

    @Test
    void aFollowUpAboutARareWordOfItsQuestionIsFound() {
        assertThat(top("北方群众防汛意识弱的问题怎么解决？").passage().text()).contains("多年不遇");
    }

    @Test
    void aParticleDoesNotGlueTwoWordsIntoOneTopicWord() {
        SearchHit h = top("获救的人已经回国了吗？");
        assertThat(h.passage().text()).contains("其中17人已于本周一乘坐包机回国");
    }

    @Test
    void aNumberInDigitsFindsItInWordsAndAChineseQuestionReachesEnglishText() {
        List<SearchHit> hits =
                index.search("so is 4 million bucks all they're giving peru or what", 3).hits();
        assertThat(hits)
                .anyMatch(h -> h.passage().text().contains("I'd underline the word initial"));
        List<SearchHit> fulbright = index.search("美国国务院发言人如何回应富布赖特项目经费被削减三分之一的报道？", 3).hits();
        assertThat(fulbright)
                .anyMatch(
                        h ->
                                h.passage()
                                        .text()
                                        .contains("keeps funding for the Fulbright program"));
    }
}
