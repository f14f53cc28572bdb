package org.transcriptbot.bot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Standard input that is not in --encoding is covered by ConfigAndCliTest. */
class LineBatchTest {
    @Test
    void aLineThatFailsGetsItsOwnAnswerAndTheBatchGoesOn() throws Exception {
        List<String> answered = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        LineBatch.run(
                new BufferedReader(new StringReader("first\nbad\n\nlast\n")),
                StandardCharsets.UTF_8,
                line -> {
                    if (line.equals("bad")) {
                        throw new IllegalStateException("broken");
                    }
                    answered.add(line);
                },
                (line, e) -> failed.add(line + ": " + e.getMessage()));
        assertThat(answered).containsExactly("first", "", "last");
        assertThat(failed).containsExactly("bad: broken");
    }
}
