package org.transcriptbot.index.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.transcriptbot.index.analysis.Analyzers;
import org.transcriptbot.index.lucene.Fields;
import org.transcriptbot.index.lucene.PassageIndex;

/**
 * The passages that share the most character pairs with a text: the candidates quote verification
 * aligns in a large collection.
 */
final class SimilarPassages {
    private static final Analyzer BIGRAMS_QUERY = Analyzers.bigrams(false);

    private final PassageIndex index;
    private final TermQueries terms;

    SimilarPassages(PassageIndex index, TermQueries terms) {
        this.index = index;
        this.terms = terms;
    }

    /** The ords (passage positions) of the k passages sharing most character pairs with text. */
    int[] of(String text, int k) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        for (String g : QueryPlanner.terms(BIGRAMS_QUERY, text, QueryPlanner.MAX_BIGRAM_TERMS)) {
            Query q = terms.of(new Term(Fields.TEXT_BIGRAMS, g));
            if (q != null && n++ < QueryPlanner.MAX_BIGRAM_TERMS) {
                b.add(q, BooleanClause.Occur.SHOULD);
            }
        }
        try {
            TopDocs top = TopHits.of(index, b.build(), k);
            return Arrays.stream(top.scoreDocs).mapToInt(sd -> index.ord(sd.doc)).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
