package org.transcriptbot.index.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The English mid-sentence opening is read by hand instead of a regular expression compiled for
 * every clause: it must say what the expression says, at every position of texts made of the
 * characters that matter (lower and upper case, Latin and Greek, astral lower-case letters, full
 * stops, white space of several kinds, Chinese); and the cheap test run before a transcript's
 * vocabulary is worked out must never say no where some position says yes.
 */
class CutSentencesTest {
    private static final String[] PIECES = {
        "a",
        "b",
        "z",
        "é",
        "ß",
        "A",
        "U",
        "S",
        ".",
        "!",
        "?",
        "。",
        " ",
        "  ",
        "\n",
        "\u3000",
        "\u00a0",
        "中",
        "国",
        "1",
        ",",
        "ω",
        "Ω",
        "ǅ",
        "\uD835\uDC1A",
        "\uD835\uDC00",
        "ª",
        "ɐ",
        "ʰ"
    };

    private static boolean byExpression(String paragraph, int start) {
        String before = paragraph.substring(0, start).strip();
        String run = paragraph.substring(start).strip();
        return before.matches("(?s).*\\p{Ll}{2}[.!?]")
                && !run.isEmpty()
                && Character.isLowerCase(run.charAt(0))
                && run.charAt(0) < 0x250;
    }

    @Test
    void theOpeningIsReadAsTheExpressionReadsItAndTheCheapTestNeverMissesOne() {
        Random random = new Random(11);
        int opened = 0;
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + random.nextInt(12);
            for (int i = 0; i < n; i++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            boolean any = false;
            for (int start = 0; start <= text.length(); start++) {
                boolean expected = byExpression(text, start);
                assertThat(CutSentences.opensMidSentence(text, start))
                        .as("%s at %d", text, start)
                        .isEqualTo(expected);
                any |= expected && start > 0;
            }
            if (any) {
                opened++;
                assertThat(CutSentences.mayOpenMidSentence(text)).as(text).isTrue();
            }
        }
        // the texts do exercise the opening
        assertThat(opened).isGreaterThan(100);
    }

    @Test
    void realEnglishCutsAreSeenAndAbbreviationsAreNot() {
        String text = "We will keep talking. and the sanctions will not help";
        int start = text.indexOf("and");
        assertThat(CutSentences.opensMidSentence(text, start)).isTrue();
        assertThat(CutSentences.mayOpenMidSentence(text)).isTrue();
        String abbreviation = "Talks with the U.S. and the EU went on";
        assertThat(CutSentences.opensMidSentence(abbreviation, abbreviation.indexOf("and")))
                .isFalse();
        assertThat(CutSentences.mayOpenMidSentence(abbreviation)).isFalse();
        assertThat(CutSentences.mayOpenMidSentence("中方的立场是一贯的。我们将继续劝和促谈。")).isFalse();
    }
}
