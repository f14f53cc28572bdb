package org.transcriptbot.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Number forms across languages: small numbers in digits and words, fractions. */
class NumberFormsTest {
    @Test
    void aSmallNumberGetsItsEnglishWordAndBack() {
        assertThat(NumberForms.alternatives("so is 4 million bucks all")).contains("400万");
        assertThat(NumberForms.alternatives("sent 4 teams")).isEqualTo("four");
        assertThat(NumberForms.alternatives("Four teams were sent")).isEqualTo("4");
    }

    @Test
    void digitsInsideLargerNumbersOrWordsAreLeftAlone() {
        assertThat(NumberForms.alternatives("in 2022, G20 and 3.5 percent")).isEmpty();
        assertThat(NumberForms.alternatives("someone else")).isEmpty();
    }

    @Test
    void fractionsGetTheOtherLanguagesForm() {
        assertThat(NumberForms.alternatives("经费被削减三分之一")).contains("a third");
        assertThat(NumberForms.alternatives("cuts it by a third")).contains("三分之一");
        assertThat(NumberForms.alternatives("the third round")).isEmpty();
    }
}
