package org.transcriptbot.index.search;

import java.io.IOException;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.transcriptbot.index.lucene.PassageIndex;

/**
 * The k best documents for a query, in score order (ties by doc id), exactly as {@code
 * searcher.search(query, k)} finds them; but hits are counted only up to k, not to Lucene's default
 * 1,000, so a disjunction skips documents that cannot enter the top k as soon as k have been
 * collected (MaxScore). The hit count of the result is therefore a lower bound (nothing here reads
 * it).
 */
final class TopHits {
    private TopHits() {}

    static TopDocs of(PassageIndex index, Query query, int k) throws IOException {
        int n = Math.max(1, k);
        return index.searcher().search(query, new TopScoreDocCollectorManager(n, null, n));
    }
}
