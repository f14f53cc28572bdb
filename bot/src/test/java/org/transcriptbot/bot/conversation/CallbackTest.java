package org.transcriptbot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.transcriptbot.bot.messages.Lang;

class CallbackTest {
    @Test
    void everyKindRoundTripsWithinSixtyFourBytes() {
        List<Callback> all =
                List.of(
                        new Callback.Page("k3x9", 3),
                        new Callback.FullAnswer("0123456789ab"),
                        new Callback.AskedQuestion("0123456789ab"),
                        new Callback.TopicTurn("7fffffff", 12, "-1a2b3c"),
                        new Callback.Example(Lang.EN, 2),
                        new Callback.Topics(),
                        new Callback.Nothing());
        for (Callback c : all) {
            String data = c.encode();
            assertThat(data.getBytes(StandardCharsets.UTF_8).length)
                    .as(data)
                    .isLessThanOrEqualTo(Callback.MAX_BYTES);
            assertThat(Callback.decode(data)).as(data).isEqualTo(c);
        }
    }

    @Test
    void dataOfOlderVersionsAndTamperedDataDecodeToNothing() {
        for (String data :
                List.of(
                        "t:0:3", "ex:zh:1", "p:tok", "p:tok:x", "e:fr:1", "f", "", "zz:1",
                        "q:a:b")) {
            assertThat(Callback.decode(data)).as(data).isNull();
        }
        assertThat(Callback.decode(null)).isNull();
    }

    @Test
    void aFieldThatWouldBreakTheFormatOrTheLimitIsABug() {
        assertThatThrownBy(() -> new Callback.FullAnswer("a:b").encode())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Callback.FullAnswer("x".repeat(70)).encode())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysOfTextAreStableAndShort() {
        assertThat(Callback.TopicTurn.key("2022-03-07-wang-yi"))
                .isEqualTo(Integer.toHexString("2022-03-07-wang-yi".hashCode()));
        assertThat(Callback.TopicTurn.key("x".repeat(500)).length()).isLessThanOrEqualTo(8);
    }
}
