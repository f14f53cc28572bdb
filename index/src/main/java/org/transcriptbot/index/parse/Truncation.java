package org.transcriptbot.index.parse;

import java.util.ArrayList;
import java.util.List;
import org.transcriptbot.index.model.Anomaly;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.parse.LineJoiner.Para;

/**
 * The file's last paragraph stops mid-sentence (or inside a quotation): report it and mark its
 * passage.
 */
final class Truncation {
    private Truncation() {}

    static List<Passage> mark(List<Para> paras, List<Passage> passages, List<Anomaly> anomalies) {
        Para last = paras.get(paras.size() - 1);
        String text = last.text();
        long open = text.chars().filter(c -> c == '“').count();
        long close = text.chars().filter(c -> c == '”').count();
        if (LineJoiner.endsSentence(text) && open <= close) {
            return passages;
        }
        anomalies.add(
                new Anomaly(
                        Anomaly.Kind.TRUNCATED,
                        last.first(),
                        last.last(),
                        "the text ends mid-sentence: \"…" + LineJoiner.tail(text, 16) + "\""));
        List<Passage> out = new ArrayList<>();
        for (Passage p : passages) {
            boolean hit =
                    p.occurrences().stream()
                            .anyMatch(
                                    l ->
                                            l.lastLine() >= last.last()
                                                    && l.firstLine() <= last.last());
            out.add(
                    hit
                            ? new Passage(
                                    p.id(),
                                    p.text(),
                                    p.occurrences(),
                                    true,
                                    p.language(),
                                    p.asides())
                            : p);
        }
        return out;
    }
}
