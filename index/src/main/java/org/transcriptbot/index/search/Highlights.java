package org.transcriptbot.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.transcriptbot.index.analysis.Analyzers;
import org.transcriptbot.index.lucene.Fields;

/**
 * Marks the question's terms in passages (the whole passage is one highlight passage), as spans of
 * the passage text; bigram matches highlight the word field too. Lucene's highlighter takes a
 * field's match offsets from the postings where the index has them (the words) and otherwise
 * analyses the stored text again with the indexing analyzer (the pairs: writing positions and
 * offsets for every pair of a collection cost more than analysing the few passages a question
 * marks, with a plain tokenizer and pair filter, no segmenter). HighlightOffsetsTest checks both
 * ways mark the same spans.
 */
final class Highlights {
    private final Supplier<IndexSearcher> searchers;
    private final TermQueries terms;
    private volatile Spanning highlighter;

    /** Exposes the highlighter's formatted objects (our spans) instead of their toString(). */
    private static final class Spanning extends UnifiedHighlighter {
        Spanning(Builder builder) {
            super(builder);
        }

        Object[] spans(Query query, int[] docs) throws IOException {
            return highlightFieldsAsObjects(new String[] {Fields.TEXT}, query, docs, new int[] {1})
                    .get(Fields.TEXT);
        }
    }

    /** searchers: the searcher in use now (PassageIndex swaps in a merged one). */
    Highlights(Supplier<IndexSearcher> searchers, TermQueries terms) {
        this.terms = terms;
        this.searchers = searchers;
        this.highlighter = highlighter(searchers.get());
    }

    /** The highlighter of the searcher in use (built again after a swap). */
    private Spanning highlighter() {
        IndexSearcher now = searchers.get();
        Spanning h = highlighter;
        if (h.getIndexSearcher() != now) {
            h = highlighter(now);
            highlighter = h;
        }
        return h;
    }

    private static Spanning highlighter(IndexSearcher searcher) {
        return new Spanning(
                UnifiedHighlighter.builder(searcher, Analyzers.indexing())
                        .withBreakIterator(WholeBreakIterator::new)
                        .withFormatter(new SpanFormatter())
                        .withMaxLength(20_000)
                        // plain term offsets from the postings: the queries are term
                        // disjunctions, so the Matches API (weight matches: a Weight
                        // and a Matches per passage) adds cost and nothing else. Lucene
                        // 9.12's builder ignores withFlags(...), so it is turned off here
                        .withWeightMatches(false)
                        .withMaskedFieldsFunc(
                                f ->
                                        Fields.TEXT.equals(f)
                                                ? Set.of(Fields.TEXT_BIGRAMS)
                                                : Set.of()));
    }

    /** The highlighted spans of each doc, in the order given. */
    List<List<SearchHit.Span>> spans(QueryPlanner.Plan plan, int[] docs) throws IOException {
        List<List<SearchHit.Span>> out = new ArrayList<>();
        if (docs.length == 0) {
            return out;
        }
        for (Object o : highlighter().spans(query(plan), docs)) {
            out.add(o instanceof SpanFormatter.Spans s ? s.spans() : List.of());
        }
        return out;
    }

    /**
     * The query the highlighter works with: only the passage fields' terms that the index has (the
     * question fields never highlight anything, and every clause costs the highlighter a postings
     * lookup per passage), and no lone Chinese character of the word field: SmartCN leaves words it
     * does not know in single characters (一 带 一 路), which would mark every 带 and 路 of a passage;
     * the character pairs mark the whole term.
     */
    private Query query(QueryPlanner.Plan plan) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String w : plan.words()) {
            if (w.length() == 1
                    && Character.UnicodeScript.of(w.charAt(0)) == Character.UnicodeScript.HAN) {
                continue;
            }
            Query q = terms.of(new Term(Fields.TEXT, w));
            if (q != null) {
                b.add(q, BooleanClause.Occur.SHOULD);
            }
        }
        for (String g : plan.bigrams()) {
            Query q = terms.of(new Term(Fields.TEXT_BIGRAMS, g));
            if (q != null) {
                b.add(q, BooleanClause.Occur.SHOULD);
            }
        }
        return b.build();
    }
}
