package org.transcriptbot.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.parse.TranscriptLoader;

/** Speaker and occasion words learned from the real transcript; number forms across scales. */
class SpeakerWordsTest {
    private final SpeakerWords words = SpeakerWords.learn(List.of(Fixtures.transcript()));

    @Test
    void theSpeakersNameAndTitleAreNotTopicWords() {
        SpeakerWords.Stripped s = words.strip("王毅外长对人道主义危机提了什么建议");
        assertThat(s.speakers()).containsExactly("王毅");
        assertThat(s.text()).doesNotContain("王毅").doesNotContain("外长").contains("人道主义危机");
    }

    @Test
    void aVerbOfSayingAfterTheNameGoesWithIt() {
        SpeakerWords.Stripped s = words.strip("王毅谈中俄关系");
        assertThat(s.speakers()).containsExactly("王毅");
        assertThat(s.text().strip()).isEqualTo("中俄关系");
        assertThat(words.strip("王毅讲话的要点").text()).contains("讲话");
    }

    @Test
    void anEnglishQuestionNamesTheSpeakerInPinyin() {
        SpeakerWords.Stripped s = words.strip("What did Wang Yi say about Belt and Road?");
        assertThat(s.speakers()).containsExactly("王毅");
        assertThat(s.text()).doesNotContainIgnoringCase("wang").contains("Belt and Road");
    }

    @Test
    void rolesAreLearnedFromTheLeadAndAskersAreSpeakersToo() {
        assertThat(words.strip("国务委员兼外交部长说了什么").text()).doesNotContain("国务委员");
        assertThat(words.strip("路透社问了什么").speakers()).containsExactly("路透社");
    }

    @Test
    void aTitleOnlyOneSpeakerHoldsNamesThatSpeaker() throws Exception {
        Path layouts =
                Path.of(SpeakerWordsTest.class.getResource("/eval/layouts/transcripts").toURI());
        SpeakerWords panel =
                SpeakerWords.learn(new TranscriptLoader().loadDirectory(layouts).transcripts());
        SpeakerWords.Stripped s = panel.strip("住房和城乡建设部副部长怎么看资金问题");
        assertThat(s.speakers()).containsExactly("秦立新");
        assertThat(s.text()).doesNotContain("副部长").contains("资金问题");
    }

    @Test
    void aLatinRoleIsRemovedOnlyAsAWholeWord() {
        assertThat(words.strip("the chair of the summit").text()).doesNotContain("chair");
        assertThat(words.strip("armchair diplomacy").text()).contains("armchair");
    }

    @Test
    void largeNumbersGetTheOtherScalesForm() {
        assertThat(NumberForms.alternatives("trade of 800 billion dollars")).contains("8000亿");
        assertThat(NumberForms.alternatives("an initial $4 million")).contains("400万");
        assertThat(NumberForms.alternatives("贸易额突破8000亿美元")).contains("800 billion");
        assertThat(NumberForms.alternatives("no large number here, 2022")).isEmpty();
    }
}
