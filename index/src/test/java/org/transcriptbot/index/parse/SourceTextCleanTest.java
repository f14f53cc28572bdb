package org.transcriptbot.index.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A line's cleaning joins runs of spaces as it meets them; it gives what mapping every space to '
 * ', stripping and collapsing runs with a regular expression gave (random lines of spaces of every
 * kind, zero-width and control characters, Chinese and Latin text).
 */
class SourceTextCleanTest {
    private static final String PIECES =
            " \t\u3000\u00A0\u2002\u2009\u202F\u205F\u200B\u200C\u200D\uFEFF\u2060\u0001\u001C\r\n"
                    + "中方认为abc，。1";

    @Test
    void cleaningEqualsStripAndCollapse() {
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder line = new StringBuilder();
            for (int i = random.nextInt(24); i > 0; i--) {
                line.append(PIECES.charAt(random.nextInt(PIECES.length())));
            }
            assertThat(SourceText.clean(line.toString()))
                    .as("%s", line.codePoints().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(reference(line.toString()));
        }
    }

    @Test
    void examples() {
        assertThat(SourceText.clean("\u3000\u3000问：  中方\u200B 认为\t\t？ ")).isEqualTo("问： 中方 认为 ？");
        assertThat(SourceText.clean(" \u00A0 ")).isEmpty();
    }

    /** The cleaning as it was: every space a ' ', then strip() and runs replaced. */
    private static String reference(String line) {
        StringBuilder sb = new StringBuilder();
        for (char c : line.toCharArray()) {
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u2060') {
                continue;
            }
            if (Character.isISOControl(c) && c != '\t') {
                continue;
            }
            sb.append(Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c);
        }
        return sb.toString().strip().replaceAll(" {2,}", " ");
    }
}
