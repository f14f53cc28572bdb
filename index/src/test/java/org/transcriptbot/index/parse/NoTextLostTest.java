package org.transcriptbot.index.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.model.Anomaly;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.model.Turn;
import org.transcriptbot.index.text.Chinese;

/**
 * Property: every non-blank character of the source survives somewhere: in a passage, a question, a
 * speaker label, or a reported anomaly (a line a splice cut in two, in pieces). Checked on the real
 * transcript and on random re-arrangements of it (lines shuffled, broken, duplicated, cut off).
 */
class NoTextLostTest {
    private static void assertNothingLost(String source, Transcript t) {
        StringBuilder everything = new StringBuilder();
        for (Passage p : t.passages()) {
            everything.append(p.text()).append('\n');
        }
        for (Turn turn : t.turns()) {
            everything
                    .append(turn.asker())
                    .append("记者")
                    .append(turn.question())
                    .append(turn.answerer())
                    .append('\n');
        }
        for (Anomaly a : t.anomalies()) {
            everything.append(a.detail()).append('\n');
        }
        String all = Chinese.key(everything.toString()).text();
        for (String line : source.split("\\R")) {
            String key = Chinese.key(line).text();
            String body = key.replaceFirst("^.{0,16}?(记者|王毅)", "");
            assertThat(kept(all, key) || kept(all, body)).as("line lost: " + line).isTrue();
        }
    }

    /**
     * True when the key stands in all, whole or in up to three pieces (a line a moved-text splice
     * cut is read in two places: the words before and after the run, and the run).
     */
    private static boolean kept(String all, String key) {
        String rest = key;
        for (int pieces = 0; pieces < 3 && !rest.isEmpty(); pieces++) {
            int n = rest.length();
            while (n > 0 && !all.contains(rest.substring(0, n))) {
                n--;
            }
            rest = rest.substring(n);
        }
        return rest.isEmpty();
    }

    @Test
    void theRealTranscriptLosesNothing() {
        assertNothingLost(Fixtures.rawText(), Fixtures.transcript());
    }

    @RepeatedTest(25)
    void randomRearrangementsLoseNothing(RepetitionInfo info) throws Exception {
        Random r = new Random(info.getCurrentRepetition() * 7919L);
        List<String> lines = new ArrayList<>(List.of(Fixtures.rawText().split("\\R")));
        lines.removeIf(String::isBlank);
        List<String> out = new ArrayList<>();
        int n = 5 + r.nextInt(40);
        int start = r.nextInt(lines.size());
        for (int i = 0; i < n; i++) {
            String line = lines.get((start + i) % lines.size());
            int op = r.nextInt(10);
            if (op == 0 && line.length() > 6) {
                int cut = 1 + r.nextInt(line.length() - 2);
                out.add(line.substring(0, cut));
                out.add(line.substring(cut));
            } else if (op == 1) {
                out.add(line);
                out.add(line);
            } else if (op == 2) {
                out.add(lines.get(r.nextInt(lines.size())));
            } else {
                out.add(line);
            }
        }
        String text = String.join(r.nextBoolean() ? "\n\n" : "\r\n", out);
        if (r.nextBoolean()) {
            text = text.substring(0, Math.max(1, text.length() - r.nextInt(30)));
        }
        if (text.isBlank()) {
            return;
        }
        Transcript t =
                new TranscriptLoader()
                        .parse("random.txt", text.getBytes(StandardCharsets.UTF_8), null);
        assertNothingLost(text, t);
    }
}
