package org.transcriptbot.index.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.eval.QuoteEval;
import org.transcriptbot.index.model.TranscriptMeta;

/**
 * The layouts dev set's quotes against the bundled and layouts transcripts loaded together. No
 * false EXACT, ever. Every other miss must come from parsing: a transcript that does not load, or
 * words the parser credits to someone other than the quote names (then the verdict is NEAR for the
 * named speaker, never EXACT).
 */
class LayoutQuotesTest {
    @Test
    void verdictsAreRightWhereTheTranscriptParsesAndNeverFalselyExact() throws Exception {
        Path file = Fixtures.evalFile("layouts/quotes.jsonl");
        QuoteEval.Report report =
                QuoteEval.run(QuoteEval.read(file), AllTranscripts.verifier()::verify);
        System.out.println(report.table());
        assertThat(report.falseExact()).isZero();
        Set<String> loaded =
                AllTranscripts.transcripts().stream()
                        .map(t -> t.meta().file())
                        .collect(Collectors.toSet());
        Map<String, String> fileOf = filesById(file);
        for (QuoteEval.Outcome o : report.outcomes()) {
            if (o.verdictRight() || !loaded.contains(fileOf.get(o.c().id()))) {
                continue;
            }
            assertThat(o.check().meaningChanges())
                    .as(o.c().id() + ": a miss that is not the parser's")
                    .extracting(MeaningChange::kind)
                    .contains(MeaningChange.Kind.SPEAKER);
        }
        assertThat(report.right())
                .as("every verdict of the layouts set")
                .isEqualTo((long) report.outcomes().size());
        assertThat(report.speakersRight())
                .as("every speaker of the layouts set")
                .isEqualTo(report.speakerCases());
    }

    @Test
    void aTranscriptThatParsesWellGetsEverySpeakerRight() throws Exception {
        Path file = Fixtures.evalFile("layouts/quotes.jsonl");
        Map<String, String> fileOf = filesById(file);
        var cases =
                QuoteEval.read(file).stream()
                        .filter(
                                c ->
                                        Set.of(
                                                        "2025-02-06-en-briefing.txt",
                                                        "2025-03-12-mfa-regular.txt")
                                                .contains(fileOf.get(c.id())))
                        .toList();
        QuoteEval.Report report = QuoteEval.run(cases, AllTranscripts.verifier()::verify);
        assertThat(report.right()).as(report.table()).isEqualTo(cases.size());
        assertThat(AllTranscripts.transcripts())
                .extracting(t -> t.meta())
                .extracting(TranscriptMeta::file)
                .contains("2025-02-06-en-briefing.txt");
    }

    private static Map<String, String> filesById(Path file) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> out = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                var n = json.readTree(line);
                out.put(n.get("id").asText(), n.path("file").asText());
            }
        }
        return out;
    }
}
