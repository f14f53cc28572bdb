package org.transcriptbot.index.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's matches into merged spans (overlapping matches joined), so they can be
 * rendered with any escaping.
 */
final class SpanFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
        List<int[]> matches = new ArrayList<>();
        for (Passage p : passages) {
            for (int i = 0; i < p.getNumMatches(); i++) {
                matches.add(new int[] {p.getMatchStarts()[i], p.getMatchEnds()[i]});
            }
        }
        matches.sort(
                (x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(y[1], x[1]));
        List<SearchHit.Span> spans = new ArrayList<>();
        int lastEnd = -1;
        int lastStart = -1;
        for (int[] s : matches) {
            if (s[0] <= lastEnd) {
                lastEnd = Math.max(lastEnd, s[1]);
                continue;
            }
            if (lastStart >= 0) {
                spans.add(new SearchHit.Span(lastStart, lastEnd));
            }
            lastStart = s[0];
            lastEnd = s[1];
        }
        if (lastStart >= 0) {
            spans.add(new SearchHit.Span(lastStart, lastEnd));
        }
        return new Spans(spans);
    }

    /** The formatted result of one passage. */
    record Spans(List<SearchHit.Span> spans) {}
}
