package org.transcriptbot.index.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.model.Turn;
import org.transcriptbot.index.text.Chinese;

/**
 * Properties over every sentence of the bundled and the layouts dev transcripts: verification never
 * throws (with or without a speaker label in front, raw lines included), and no quote with one
 * character changed in its claim is EXACT, whatever stands before a quotation mark inside it.
 */
class QuoteRobustnessTest {
    private static final String SENTENCE_END = "(?<=[。！？；!?;])|(?<=[.]\\s)";
    private static final String[] PREFIXES = {
        "王毅说：",
        "他强调",
        "据报道，",
        "外长称",
        "日本的",
        "所谓",
        "用",
        "建起",
        "Mr. Smith said: ",
        "The spokesperson said that ",
        "So-called ",
        ""
    };
    private final QuoteVerifier v = AllTranscripts.verifier();

    /** Every sentence people said (answers and questions) with its speaker. */
    private static List<String[]> spokenSentences() {
        List<String[]> out = new ArrayList<>();
        for (Transcript t : AllTranscripts.transcripts()) {
            for (Passage p : t.passages()) {
                split(p.text(), p.location().answerer(), out);
            }
            for (Turn turn : t.turns()) {
                if (turn.question() != null) {
                    split(turn.question(), turn.asker(), out);
                }
            }
        }
        return out;
    }

    private static void split(String text, String speaker, List<String[]> out) {
        for (String s : text.split(SENTENCE_END)) {
            if (Chinese.key(s).length() >= QuoteVerifier.MIN_CHARS) {
                out.add(new String[] {s.strip(), speaker});
            }
        }
    }

    /**
     * The raw lines of every transcript file, cut into sentences (labels and all, whatever the
     * encoding).
     */
    private static List<String> rawSentences() throws Exception {
        List<String> out = new ArrayList<>();
        List<String> texts = new ArrayList<>(List.of(Fixtures.rawText()));
        Path layouts =
                Path.of(QuoteRobustnessTest.class.getResource("/eval/layouts/transcripts").toURI());
        try (Stream<Path> files = Files.list(layouts)) {
            files.forEach(f -> texts.add(read(f)));
        }
        for (String text : texts) {
            for (String line : text.split("\n")) {
                out.add(line);
                out.addAll(List.of(line.split(SENTENCE_END)));
            }
        }
        return out;
    }

    private static String read(Path f) {
        try {
            return new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everySentenceWithAndWithoutItsSpeakerLabelNeverThrows() throws Exception {
        int exactWithLabel = 0;
        List<String[]> sentences = spokenSentences();
        for (String[] s : sentences) {
            String label =
                    s[1] == null
                            ? ""
                            : s[1] + (s[0].chars().anyMatch(Character::isIdeographic) ? "：" : ": ");
            assertThat(v.verify(s[0]).verdict()).as(s[0]).isEqualTo(Verdict.EXACT);
            QuoteCheck labelled = v.verify(label + s[0]);
            assertThat(labelled.isValid()).as(label + s[0]).isTrue();
            exactWithLabel += labelled.verdict() == Verdict.EXACT ? 1 : 0;
        }
        assertThat(exactWithLabel)
                .as("labelled sentences judged EXACT")
                .isGreaterThan(sentences.size() * 9 / 10);
        for (String raw : rawSentences()) {
            assertThatCode(() -> v.verify(raw)).as(raw).doesNotThrowAnyException();
        }
    }

    @Test
    void oneChangedCharacterInTheClaimIsNeverExact() {
        Random random = new Random(13);
        List<String> spokenKeys = spokenKeys();
        int checked = 0;
        for (String[] s : spokenSentences()) {
            String changed = changeOneCharacter(s[0], random);
            String key = Chinese.key(changed).text();
            if (changed.equals(s[0]) || spokenKeys.stream().anyMatch(k -> k.contains(key))) {
                continue; // the change happens to give words someone did say
            }
            for (String quote :
                    List.of(
                            changed,
                            withQuotationMarks(changed, random),
                            PREFIXES[random.nextInt(PREFIXES.length)] + "“" + changed + "”")) {
                assertThat(v.verify(quote).verdict()).as(quote).isNotEqualTo(Verdict.EXACT);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(600);
    }

    private static List<String> spokenKeys() {
        List<String> keys = new ArrayList<>();
        for (Transcript t : AllTranscripts.transcripts()) {
            t.passages().forEach(p -> keys.add(Chinese.key(p.text()).text()));
            t.turns().stream()
                    .filter(turn -> turn.question() != null)
                    .forEach(turn -> keys.add(Chinese.key(turn.question()).text()));
        }
        return keys;
    }

    /** One letter, digit or Han character replaced by another of its kind. */
    private static String changeOneCharacter(String s, Random random) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                positions.add(i);
            }
        }
        int at = positions.get(random.nextInt(positions.size()));
        char c = s.charAt(at);
        String pool =
                Character.isDigit(c)
                        ? "0123456789"
                        : Character.isIdeographic(c) ? "甲乙丙丁戊己庚辛" : "qxzjkv";
        char other = pool.charAt(random.nextInt(pool.length()));
        if (Character.toLowerCase(other) == Character.toLowerCase(c)) {
            other = pool.charAt((pool.indexOf(other) + 1) % pool.length());
        }
        return s.substring(0, at) + other + s.substring(at + 1);
    }

    /** A pair of quotation marks put around a random stretch inside the sentence. */
    private static String withQuotationMarks(String s, Random random) {
        int from = random.nextInt(s.length());
        int to = from + random.nextInt(s.length() - from + 1);
        return s.substring(0, from) + "“" + s.substring(from, to) + "”" + s.substring(to);
    }
}
