package org.transcriptbot.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicUnitTest {
    private static TopicUnit unit(String form) {
        return new TopicUnit(form, 0, List.of(form), List.of(), 1, 1);
    }

    @Test
    void aCompoundWhoseWordsStandApartIsNearlyHeld() {
        PassageWords text = PassageWords.of("中方决定向汤加提供500万元紧急人道主义现汇援助。");
        assertThat(unit("紧急援助").coverage(text)).isEqualTo(0.8);
    }

    @Test
    void aCompoundStandingWholeIsHeld() {
        assertThat(unit("紧急援助").coverage(PassageWords.of("提供紧急援助。"))).isEqualTo(1.0);
    }

    @Test
    void aCompoundMissingOneOfItsWordsIsOnlyPartly() {
        PassageWords text = PassageWords.of("中方决定提供紧急物资。");
        assertThat(unit("紧急援助").coverage(text)).isLessThan(0.5);
    }
}
