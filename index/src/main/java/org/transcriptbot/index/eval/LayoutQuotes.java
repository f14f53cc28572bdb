package org.transcriptbot.index.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.transcriptbot.index.eval.LayoutsEval.Figure;
import org.transcriptbot.index.verify.QuoteCheck;

/**
 * Scores the quote rows of a layout set: verdicts, and for EXACT/NEAR the speaker of the match
 * ("QUESTION" stands for whoever asked, i.e. a match in a question); each row that misses gets a
 * line.
 */
final class LayoutQuotes {
    private LayoutQuotes() {}

    /** quote verdicts, quote speakers. */
    static List<Figure> score(
            List<JsonNode> rows, Function<String, QuoteCheck> verify, List<String> misses) {
        int verdicts = 0;
        int speakers = 0;
        int found = 0;
        for (JsonNode row : rows) {
            QuoteCheck c = verify.apply(row.path("quote").asText());
            String id = row.path("id").asText();
            String expect = row.path("expect").asText();
            boolean verdict = c.isValid() && expect.equals(c.verdict().name());
            verdicts += verdict ? 1 : 0;
            if (!verdict) {
                misses.add("quote " + id + ": expected " + expect + ", got " + c.verdict());
            }
            if (!"NOT_FOUND".equals(expect)) {
                found++;
                String want = row.path("speaker").asText();
                boolean speaker = rightSpeaker(c, want);
                speakers += speaker ? 1 : 0;
                if (!speaker) {
                    misses.add("speaker " + id + ": expected " + want + ", got " + c.speaker());
                }
            }
        }
        return List.of(
                new Figure("quote verdicts", verdicts, rows.size()),
                new Figure("quote speakers", speakers, found));
    }

    private static boolean rightSpeaker(QuoteCheck c, String expected) {
        if ("QUESTION".equals(expected)) {
            return c.attribution() != null && "question".equals(c.attribution().role());
        }
        String got = c.speaker() == null ? "" : c.speaker().toLowerCase(Locale.ROOT);
        String want = expected.toLowerCase(Locale.ROOT);
        return !got.isEmpty() && (got.contains(want) || want.contains(got));
    }
}
