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
}
