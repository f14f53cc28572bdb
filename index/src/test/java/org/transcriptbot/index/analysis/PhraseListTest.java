package org.transcriptbot.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The chat fillers: sentence-final particles go only where a clause ends. */
class PhraseListTest {
    @Test
    void aParticleGoesWhereTheClauseEndsNotInsideAName() {
        assertThat(PhraseList.FILLERS.remove("哈尔登市的自来水现在能直接喝吗？"))
                .contains("哈尔登市")
                .doesNotContain("吗");
        assertThat(PhraseList.FILLERS.remove("这事能成吧啊")).doesNotContain("吧").doesNotContain("啊");
        assertThat(PhraseList.FILLERS.remove("酒吧一条街还在吗")).contains("酒吧");
    }

    @Test
    void fillersAndEnglishWordsGoAsBefore() {
        assertThat(PhraseList.FILLERS.remove("王毅对美国咋看的")).doesNotContain("咋");
        assertThat(PhraseList.FILLERS.remove("so is it even true lol").strip())
                .isEqualTo("is it   true");
    }
}
