package org.transcriptbot.index.search;

import java.util.List;

/** The ranked passages for one question; hits is empty when nothing in the transcripts matches. */
public record SearchResult(String query, List<SearchHit> hits) {
    public SearchResult {
        hits = List.copyOf(hits);
    }

    public boolean isEmpty() {
        return hits.isEmpty();
    }
}
