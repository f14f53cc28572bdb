package org.transcriptbot.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleFilesTest {
    @Test
    void rulesOfBothFilesApplyToOneQuestion() throws IOException {
        Synonyms s =
                RuleFiles.parse(
                        List.of(
                                new RuleFiles.Rules("nato => 北约\n", "synonyms.txt"),
                                new RuleFiles.Rules("harbour, harbor => 港口\n", "lexicon.txt")));
        assertThat(s.expand("nato and the harbor")).contains("北约").contains("港口");
        assertThat(s.size()).isEqualTo(2);
    }

    @Test
    void aMistakeNamesItsOwnFile() {
        assertThatThrownBy(
                        () ->
                                RuleFiles.parse(
                                        List.of(
                                                new RuleFiles.Rules("nato => 北约\n", "synonyms.txt"),
                                                new RuleFiles.Rules(
                                                        "port => \n", "my-lexicon.txt"))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("my-lexicon.txt")
                .hasMessageNotContaining("synonyms.txt");
    }

    @Test
    void noFilesNoSynonyms() throws IOException {
        assertThat(RuleFiles.parse(List.of()).size()).isZero();
    }
}
