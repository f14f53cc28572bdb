package org.transcriptbot.index.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChineseTest {
    @Test
    void theShippedTableIsWhatIcuGives() throws Exception {
        String shipped;
        try (InputStream in = Chinese.class.getResourceAsStream("t2s.txt")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String body =
                shipped.lines().filter(l -> !l.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
        assertThat(body).isEqualTo(Chinese.icuTable());
    }

    @Test
    void foldsTraditionalToSimplified() {
        assertThat(Chinese.toSimplified("中方始終從戰略和長遠角度看待中歐關係")).isEqualTo("中方始终从战略和长远角度看待中欧关系");
        assertThat(Chinese.toSimplified("烏克蘭")).isEqualTo("乌克兰");
    }

    @Test
    void keyFormKeepsLettersAndDigitsAndMapsBack() {
        Chinese.Key k = Chinese.key("拆掉“小院高墙”，共建ＡＢ８ 市场!");
        assertThat(k.text()).isEqualTo("拆掉小院高墙共建ab8市场");
        assertThat(k.srcIndex()[2]).isEqualTo(3);
    }

    @Test
    void sentenceEnds() {
        assertThat(Chinese.endsSentence("好。”")).isTrue();
        assertThat(Chinese.endsSentence("倡议：")).isTrue();
        assertThat(Chinese.endsSentence("编造所谓“中国威胁”")).isFalse();
        assertThat(Chinese.endsSentence("突破8000亿")).isFalse();
    }

    /**
     * The key form with the one-char fast path gives what the general path (every char folded
     * through a String) gives, character and source index alike, over random texts of the chars
     * that matter: ASCII letters, digits, number marks and punctuation, full-width forms,
     * Traditional and Simplified Han, other scripts, astral characters and compatibility forms.
     */
    @Test
    void keyFormIsTheGeneralFoldOfEveryChar() {
        String pool =
                "aZ09.%,-?! 　ＡｚＯ０９．％，國语說话中华發展乌克兰 éßΩДж①ﬁ㈱\u3000" + "\uD840\uDC00\uD83D\uDE00、。《》“”";
        int[] points = pool.codePoints().toArray();
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                sb.appendCodePoint(points[random.nextInt(points.length)]);
            }
            String text = sb.toString();
            Chinese.Key fast = Chinese.key(text);
            Chinese.Key general = generalKey(text);
            assertThat(fast.text()).as(text).isEqualTo(general.text());
            assertThat(fast.srcIndex()).as(text).isEqualTo(general.srcIndex());
        }
    }

    /** Chinese.key as it was written before the fast path: every char folded to a String. */
    private static Chinese.Key generalKey(CharSequence text) {
        StringBuilder out = new StringBuilder();
        java.util.List<Integer> src = new java.util.ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            int len = Character.charCount(cp);
            String folded;
            if (Chinese.numberMark(text, i, cp)) {
                out.append(cp == '.' || cp == '．' ? "." : "%");
                src.add(i);
                i += len;
                continue;
            } else if (cp < 0x80) {
                folded =
                        Character.isLetterOrDigit(cp)
                                ? String.valueOf((char) Character.toLowerCase(cp))
                                : "";
            } else if (cp >= 0xFF01 && cp <= 0xFF5E) {
                folded = String.valueOf((char) Character.toLowerCase(cp - 0xFEE0));
            } else if (Character.isIdeographic(cp) && cp <= 0xFFFF) {
                folded = String.valueOf(Chinese.simplified((char) cp));
            } else {
                folded =
                        java.text.Normalizer.normalize(
                                        new String(Character.toChars(cp)),
                                        java.text.Normalizer.Form.NFKC)
                                .toLowerCase();
            }
            for (int k = 0; k < folded.length(); ) {
                int fc = folded.codePointAt(k);
                if (Chinese.isKeyChar(fc)) {
                    out.appendCodePoint(fc);
                    for (int c = 0; c < Character.charCount(fc); c++) {
                        src.add(i);
                    }
                }
                k += Character.charCount(fc);
            }
            i += len;
        }
        return new Chinese.Key(out.toString(), src.stream().mapToInt(Integer::intValue).toArray());
    }
}
