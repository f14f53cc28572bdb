package org.transcriptbot.index.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
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

    private final IndexSearcher searcher;
    private final ConcurrentHashMap<Term, TermStates> termStates = new ConcurrentHashMap<>();

    TermQueries(IndexSearcher searcher) {
        this.searcher = searcher;
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
        return searcher.getIndexReader().numDocs();
    }

    private TermStates states(Term term) {
        TermStates states = termStates.get(term);
        if (states == null) {
            try {
                states = TermStates.build(searcher, term, true);
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
