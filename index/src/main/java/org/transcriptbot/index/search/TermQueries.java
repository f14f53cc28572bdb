package org.transcriptbot.index.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Term queries with term statistics looked up once per index and kept (terms absent from the index
 * too): a question's 100-odd terms otherwise cost as many dictionary seeks on every search.
 * Bounded: the cache is cleared when it grows past MAX_ENTRIES.
 */
final class TermQueries {
    private static final int MAX_ENTRIES = 200_000;

    private final Supplier<IndexSearcher> searchers;
    private volatile Cache cache;

    /** Term statistics of one searcher (a merged index is another searcher: they start again). */
    private record Cache(IndexSearcher searcher, ConcurrentHashMap<Term, TermStates> states) {}

    /** searchers: the searcher in use now (PassageIndex swaps in a merged one). */
    TermQueries(Supplier<IndexSearcher> searchers) {
        this.searchers = searchers;
        this.cache = new Cache(searchers.get(), new ConcurrentHashMap<>());
    }

    private Cache cache() {
        IndexSearcher now = searchers.get();
        Cache c = cache;
        if (c.searcher() != now) {
            c = new Cache(now, new ConcurrentHashMap<>());
            cache = c;
        }
        return c;
    }

    /** The query of a term, or null when no passage has the term. */
    Query of(Term term) {
        TermStates states = states(term);
        return states.docFreq() == 0 ? null : new TermQuery(term, states);
    }

    /** How many passages have the term. */
    int docFreq(Term term) {
        return states(term).docFreq();
    }

    /** How many passages the index holds. */
    int docCount() {
        return searchers.get().getIndexReader().numDocs();
    }

    private TermStates states(Term term) {
        Cache c = cache();
        ConcurrentHashMap<Term, TermStates> termStates = c.states();
        TermStates states = termStates.get(term);
        if (states == null) {
            try {
                states = TermStates.build(c.searcher(), term, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (termStates.size() >= MAX_ENTRIES) {
                termStates.clear();
            }
            termStates.put(term, states);
        }
        return states;
    }
}
