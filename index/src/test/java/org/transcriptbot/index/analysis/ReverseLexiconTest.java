package org.transcriptbot.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.transcriptbot.index.Fixtures;

/** The English-to-Chinese lexicon read the other way, for Chinese questions on English text. */
class ReverseLexiconTest {
    @Test
    void aOneWayEnglishRuleIsReversed() {
        assertThat(ReverseLexicon.of("money, funding => 资金\n")).isEqualTo("资金 => money, funding\n");
    }

    @Test
    void shortEnglishFormsSingleCharactersAndOtherRulesAreNotReversed() {
        assertThat(ReverseLexicon.of("united states, us => 美国, 美方\n"))
                .isEqualTo("美国, 美方 => united states\n");
        assertThat(ReverseLexicon.of("nuclear => 核\n")).isEmpty();
        assertThat(ReverseLexicon.of("老美, 美帝 => 美国\n# a => 乙\n看法, 观点\n")).isEmpty();
    }

    @Test
    void theConfiguredLexiconTakesAChineseQuestionToEnglishWords() {
        String expanded = Fixtures.synonyms().expand("项目经费被削减的报道");
        assertThat(expanded)
                .contains("fund")
                .contains("cut")
                .contains("report")
                .contains("program");
    }
}
