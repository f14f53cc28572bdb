package org.transcriptbot.index.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.Inspect;
import org.transcriptbot.index.model.Anomaly;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.model.Turn;
import org.transcriptbot.index.model.TurnKind;
import org.transcriptbot.index.text.Chinese;

/**
 * Every layout (the dev set's five, the held-out sets' five, four, four and four, and those of
 * these tests): nothing lost, and inspect shows the structure.
 */
class LayoutsTest {
    private static final Set<String> KINDS =
            Set.of("lead", "opening", "qa", "followup", "host", "supplementary", "orphan");

    static Stream<Path> layouts() throws Exception {
        Path dev = Fixtures.evalFile("layouts/transcripts");
        Path heldOut = Fixtures.evalFile("layouts-own/transcripts");
        Path heldOut2 = Fixtures.evalFile("layouts-own2/transcripts");
        Path heldOut3 = Fixtures.evalFile("layouts-own3/transcripts");
        Path heldOut4 = Fixtures.evalFile("layouts-own4/transcripts");
        Path own = Path.of(LayoutsTest.class.getResource("/layouts").toURI());
        return Stream.of(dev, heldOut, heldOut2, heldOut3, heldOut4, own)
                .flatMap(LayoutsTest::list)
                .filter(p -> p.toString().endsWith(".txt"))
                .sorted();
    }

    private static Stream<Path> list(Path dir) {
        try {
            return Files.list(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Transcript read(Path file) throws Exception {
        return new TranscriptLoader()
                .loadDirectory(file.getParent()).transcripts().stream()
                        .filter(t -> t.meta().file().equals(file.getFileName().toString()))
                        .findFirst()
                        .orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void everyNonBlankCharacterIsInAPassageOrReported(Path file) throws Exception {
        Transcript t = read(file);
        StringBuilder everything = new StringBuilder();
        t.passages().forEach(p -> everything.append(p.text()).append('\n'));
        for (Turn turn : t.turns()) {
            everything.append(turn.question()).append('\n');
        }
        t.anomalies().forEach(a -> everything.append(a.detail()).append('\n'));
        String all = Chinese.key(everything.toString()).text();
        List<String> lines = SourceText.decode("x", Files.readAllBytes(file)).lines();
        for (String line : lines) {
            String clean = SourceText.clean(line);
            String words = LabelGrammar.read(clean).map(SpeakerLabel::words).orElse(clean);
            for (String part : words.split("(?<=[？?])\\s*(答|A)\\s*[：:]")) {
                assertThat(all)
                        .as("lost in %s: %s", file.getFileName(), line)
                        .contains(Chinese.key(part).text());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void inspectShowsKindAskerQuestionAnswererParagraphsAndLines(Path file) throws Exception {
        Transcript t = read(file);
        JsonNode json = Inspect.json(List.of(t)).at("/transcripts/0");
        assertThat(json.get("encoding").asText()).isIn("UTF-8", "GB18030", "UTF-16LE", "UTF-16BE");
        assertThat(json.get("language").asText())
                .isEqualTo(file.toString().contains("-en-") ? "en" : "zh");
        assertThat(json.get("speakers")).isNotEmpty();
        for (JsonNode turn : json.get("turns")) {
            String kind = turn.get("kind").asText();
            assertThat(kind).isIn(KINDS);
            assertThat(turn.get("lines")).hasSize(2);
            assertThat(turn.get("paragraphs")).isNotNull();
            if (Set.of("qa", "followup", "supplementary").contains(kind)) {
                assertThat(turn.get("asker").isNull()).as(turn.toString()).isFalse();
                assertThat(turn.get("question").asText()).isNotBlank();
            }
            if (!kind.equals("lead")) {
                assertThat(turn.get("answerer").isNull()).as("who speaks in %s", turn).isFalse();
            }
        }
        assertThat(t.turns())
                .as("questions found")
                .filteredOn(x -> x.kind().answersQuestion())
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(t.anomalies())
                .noneMatch(
                        a -> a.kind() == Anomaly.Kind.ORPHAN || a.kind() == Anomaly.Kind.NO_TURNS);
        // every passage but the header knows its speaker, and is in the transcript's language
        assertThat(t.passages())
                .filteredOn(p -> p.location().kind() != TurnKind.LEAD)
                .allSatisfy(p -> assertThat(p.location().answerer()).as(p.text()).isNotBlank())
                .filteredOn(p -> p.text().length() > 20)
                .extracting(Passage::language)
                .containsOnly(t.language());
    }
}
