package org.transcriptbot.index.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transcriptbot.index.analysis.CharPairs;
import org.transcriptbot.index.lucene.PassageIndex;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.semantic.DenseVectors;

/**
 * Ranks the passages for a planned question: lexically (BM25 over the word and bigram fields), by
 * the dense vectors, or both fused by weighted reciprocal rank fusion.
 */
final class HybridRanking {
    private static final Logger LOG = LoggerFactory.getLogger(HybridRanking.class);
    static final TopDocs NONE =
            new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);

    /**
     * Reciprocal rank fusion, weighted: score = 1 / (k + lexical rank) + 0.5 / (k + dense rank),
     * over the lexical top 30 and the dense top 10. Measured on the dev set plus 12 harder
     * paraphrases (README): an equal weight, a larger dense list or a linear blend of scores lost
     * more exact-term questions than they gained.
     */
    static final int RRF_K = 10;

    static final float RRF_LEXICAL = 1.0f;
    static final float RRF_DENSE = 0.5f;
    static final int CANDIDATES = 30;
    static final int DENSE_CANDIDATES = 10;

    /**
     * Share of a question's character pairs found in the best lexical passage above which it is
     * trusted alone.
     */
    static final double LEXICAL_CONFIDENT = 0.7;

    /**
     * Cosine score (Lucene's (1 + cos) / 2) a dense hit needs when no word of the question matches
     * at all.
     */
    static final float DENSE_ALONE = 0.80f;

    private final PassageIndex index;
    private final List<Passage> passages;
    private final QueryPlanner planner;
    private final TermQueries terms;
    private final DenseVectors dense;

    HybridRanking(
            PassageIndex index,
            List<Passage> passages,
            QueryPlanner planner,
            TermQueries terms,
            DenseVectors dense) {
        this.index = index;
        this.passages = passages;
        this.planner = planner;
        this.terms = terms;
        this.dense = dense;
    }

    /**
     * A question's ranking: the order shown, and the lexical and dense rankings behind it (dense
     * null when there is no dense side; it is computed for a question it does not rank too, as
     * evidence of whether it is answered).
     */
    record Ranking(TopDocs ranked, TopDocs lexical, TopDocs dense) {}

    /**
     * The ranked candidates of a question in the given mode (SEMANTIC or HYBRID need a semantic
     * side).
     */
    Ranking rank(QueryPlanner.Plan plan, TranscriptIndex.Mode mode) throws IOException {
        Query query = planner.query(plan, terms::of);
        TopDocs lexical =
                mode == TranscriptIndex.Mode.SEMANTIC
                        ? NONE
                        : TopHits.of(index, query, Math.min(passages.size(), CANDIDATES));
        float[] qv =
                mode == TranscriptIndex.Mode.LEXICAL || plan.cleaned().isBlank()
                        ? null
                        : queryVector(plan.cleaned());
        if (qv == null) {
            return new Ranking(lexical, lexical, null);
        }
        TopDocs dense =
                dense(qv, mode == TranscriptIndex.Mode.SEMANTIC ? CANDIDATES : DENSE_CANDIDATES);
        if (mode == TranscriptIndex.Mode.SEMANTIC) {
            return new Ranking(dense, lexical, dense);
        }
        boolean lexicalConfident =
                lexical.scoreDocs.length > 0
                        && CharPairs.coverage(
                                        plan.cleaned(),
                                        passages.get(index.ord(lexical.scoreDocs[0].doc)).text())
                                >= LEXICAL_CONFIDENT; // the best passage holds most of the
        // question's own words: a quote, a keyword
        if (denseText(plan).isBlank() || lexicalConfident) {
            return new Ranking(lexical, lexical, dense);
        }
        if (lexical.scoreDocs.length == 0) {
            // nothing shares a word with the question: trust the dense side only when it is
            // confident
            return new Ranking(
                    dense.scoreDocs.length > 0 && dense.scoreDocs[0].score >= DENSE_ALONE
                            ? dense
                            : NONE,
                    lexical,
                    dense);
        }
        return new Ranking(fuse(lexical, dense), lexical, dense);
    }

    private TopDocs dense(float[] qv, int k) throws IOException {
        // HNSW is approximate and explores about k nodes: asking for 10 could miss the nearest
        // passage
        // (seen: the best match absent from a top 10 but first in a top 30), so ask for 100 and
        // keep k
        TopDocs nearest = dense.nearest(qv, Math.max(100, k), Math.min(passages.size(), k));
        for (ScoreDoc sd : nearest.scoreDocs) {
            sd.doc = index.doc(sd.doc); // passage position -> this index's doc id
        }
        return nearest;
    }

    private float[] queryVector(String text) {
        try {
            return dense.query(text);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("The question could not be embedded ({}); lexical ranking only", e.toString());
            return null;
        }
    }

    /**
     * What the dense side embeds: the question as asked; a question mostly in another script
     * (English) is left to the lexical side alone: the Chinese model ranks English questions worse
     * than the English synonyms do (measured: English hit@1 fell from 0.75 to 0.50 with a dense
     * signal, also when the synonyms' Chinese terms were embedded).
     */
    static String denseText(QueryPlanner.Plan plan) {
        String q = plan.cleaned();
        long han =
                q.codePoints()
                        .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                        .count();
        long letters = q.codePoints().filter(Character::isLetter).count();
        if (letters > 0 && han * 2 >= letters) {
            return q;
        }
        return "";
    }

    private static TopDocs fuse(TopDocs lexical, TopDocs dense) {
        Map<Integer, Float> scores = new HashMap<>();
        for (int r = 0; r < lexical.scoreDocs.length; r++) {
            scores.merge(lexical.scoreDocs[r].doc, RRF_LEXICAL / (RRF_K + r + 1), Float::sum);
        }
        for (int r = 0; r < dense.scoreDocs.length; r++) {
            scores.merge(dense.scoreDocs[r].doc, RRF_DENSE / (RRF_K + r + 1), Float::sum);
        }
        ScoreDoc[] fused =
                scores.entrySet().stream()
                        .sorted((a, b) -> Float.compare(b.getValue(), a.getValue()))
                        .map(e -> new ScoreDoc(e.getKey(), e.getValue()))
                        .toArray(ScoreDoc[]::new);
        return new TopDocs(lexical.totalHits, fused);
    }
}
