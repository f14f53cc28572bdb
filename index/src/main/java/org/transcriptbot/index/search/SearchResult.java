package org.transcriptbot.index.search;

import java.util.List;

/**
 * The ranked passages for one question; hits is empty when nothing in the transcripts matches.
 * answerable says whether the transcripts answer the question (when false, hits are only the
 * closest passages), confidence is a figure in [0, 1] behind that decision.
 */
public record SearchResult(
        String query, List<SearchHit> hits, boolean answerable, double confidence) {
    public SearchResult {
        hits = List.copyOf(hits);
    }

    public SearchResult(String query, List<SearchHit> hits) {
        this(query, hits, !hits.isEmpty(), hits.isEmpty() ? 0 : 1);
    }

    public boolean isEmpty() {
        return hits.isEmpty();
    }
}
