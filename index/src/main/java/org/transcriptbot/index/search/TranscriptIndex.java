package org.transcriptbot.index.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.transcriptbot.index.analysis.SpeakerWords;
import org.transcriptbot.index.analysis.SpeakerWordsLearning;
import org.transcriptbot.index.analysis.Synonyms;
import org.transcriptbot.index.lucene.PassageIndex;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.model.TranscriptMeta;
import org.transcriptbot.index.parse.NearDuplicates;
import org.transcriptbot.index.semantic.DenseVectors;
import org.transcriptbot.index.semantic.Semantic;

/**
 * Search over the passages of the loaded transcripts: plans the question, ranks it (HybridRanking),
 * orders the hits by who speaks (Reranking), judges whether they answer it (Answerability) and
 * quotes them (HitList). Thread-safe: searches run concurrently.
 */
public final class TranscriptIndex implements Closeable {

    /** How results are ranked. */
    public enum Mode {
        LEXICAL,
        SEMANTIC,
        HYBRID
    }

    private final PassageCatalog catalog;
    private final PassageIndex index;
    private final QueryPlanner planner;
    private final Synonyms synonyms;
    private final TermQueries terms;
    private final HitList hitList;
    private final HybridRanking ranking;
    private final SimilarPassages similar;

    /** The dense side (null: semantic search off); hybrid ranking only once it is ready. */
    private final DenseVectors vectors;

    private final SpeakerWords speakerWords;

    private TranscriptIndex(
            List<Transcript> transcripts,
            Synonyms synonyms,
            QueryPlanner.Weights weights,
            Path indexDir,
            Semantic semantic)
            throws IOException {
        // the speakers' words are learned beside the opening of the index and the vectors
        SpeakerWordsLearning learned = SpeakerWordsLearning.start(transcripts, indexDir);
        this.catalog = new PassageCatalog(transcripts);
        this.synonyms = synonyms;
        this.planner = new QueryPlanner(weights);
        List<Passage> passages = catalog.passages();
        this.index =
                PassageIndex.open(
                        transcripts,
                        indexDir,
                        t ->
                                t.hasNearDuplicateGroups()
                                        ? t.nearDuplicateGroups()
                                        : NearDuplicates.groups(t.passages()));
        this.vectors = semantic == null ? null : DenseVectors.open(semantic, passages, indexDir);
        this.terms = new TermQueries(index::searcher);
        this.hitList =
                new HitList(
                        index,
                        passages,
                        catalog.metaById(),
                        new Highlights(index::searcher, terms));
        this.ranking = new HybridRanking(index, passages, planner, terms, vectors);
        this.speakerWords = learned.get();
        this.similar = new SimilarPassages(index, terms);
    }

    /** An in-memory index of the given transcripts. */
    public static TranscriptIndex build(List<Transcript> transcripts, Synonyms synonyms) {
        return build(transcripts, synonyms, QueryPlanner.Weights.DEFAULT, null);
    }

    /**
     * An index with explicit weights; indexDir null for memory, else an on-disk index reused while
     * unchanged.
     */
    public static TranscriptIndex build(
            List<Transcript> transcripts,
            Synonyms synonyms,
            QueryPlanner.Weights weights,
            Path indexDir) {
        return build(transcripts, synonyms, weights, indexDir, null);
    }

    /** An index with a dense signal too (semantic null: lexical only). */
    public static TranscriptIndex build(
            List<Transcript> transcripts,
            Synonyms synonyms,
            QueryPlanner.Weights weights,
            Path indexDir,
            Semantic semantic) {
        try {
            return new TranscriptIndex(transcripts, synonyms, weights, indexDir, semantic);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "The search index could not be built"
                            + (indexDir == null ? "" : " in " + indexDir)
                            + ": "
                            + e.getMessage(),
                    e);
        }
    }

    /** The best passages for a question, all of them highlighted. */
    public SearchResult search(String question, int limit) {
        return search(question, limit, limit);
    }

    /**
     * The best passages for a question, the first {@code highlight} of them highlighted
     * (highlighting costs about as much per passage as the search itself: a chat answer quotes one
     * passage and lists the others).
     */
    public SearchResult search(String question, int limit, int highlight) {
        return search(question, limit, highlight, Mode.HYBRID);
    }

    /**
     * Ranks lexically, by the dense vectors, or both fused (reciprocal rank fusion); then keeps one
     * passage of each near-duplicate group, puts answers before leads and the named speaker's words
     * first, judges whether the best passage answers the question, and finds the answering sentence
     * of the first {@code highlight} hits.
     */
    public SearchResult search(String question, int limit, int highlight, Mode mode) {
        int n = Math.max(1, Math.min(limit, 50));
        Mode effective = vectors == null || !vectors.ready() ? Mode.LEXICAL : mode;
        QueryPlanner.Plan plan = planner.plan(question, synonyms, speakerWords);
        if (plan.isEmpty() && effective != Mode.SEMANTIC) {
            return new SearchResult(question, List.of(), false, 0);
        }
        try (Closeable pinned = index.pin()) { // a merged index swapped in meanwhile waits
            HybridRanking.Ranking ranked = ranking.rank(plan, effective);
            QuestionTopic.Topic topic = QuestionTopic.of(plan, synonyms, terms);
            HitList.Order order = hitList.ordered(ranked.ranked(), n, topic, plan);
            Answerability.Verdict verdict =
                    Answerability.judge(
                            hitList.evidence(topic, order.ranked(), ranked, plan),
                            order.ranked().isEmpty());
            SearchResult result =
                    new SearchResult(
                            question,
                            hitList.hits(order.shown(), plan, topic.units(), question, highlight),
                            verdict.answerable(),
                            verdict.confidence());
            index.mergeInBackground(); // after the first answer, not before it
            if (vectors != null) {
                vectors.compactInBackground(); // a store left in pieces, likewise
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Semantic search is configured and the model can run (its vectors may still be being
     * embedded).
     */
    public boolean semantic() {
        return vectors != null && vectors.usable();
    }

    /**
     * The dense side, for its progress (embedding in the background, ready, failed); null when
     * semantic is off.
     */
    public DenseVectors vectors() {
        return vectors;
    }

    /**
     * Merges an on-disk text index spread over several segments now and waits for it (the index
     * command: every later start reads one segment); true when the merged index is searched now.
     */
    public boolean mergeTextIndex() {
        index.mergeInBackground();
        return index.awaitMerge();
    }

    /**
     * Waits for the background merge of the text index that the first search started (for
     * benchmarks of the steady state); true when the merged index is searched now.
     */
    public boolean awaitTextMerge() {
        return index.awaitMerge();
    }

    /**
     * The passages that share the most character pairs with a text (ords in passage order): the
     * candidates quote verification aligns in a large collection.
     */
    public int[] candidatePassages(String text, int k) {
        try (Closeable pinned = index.pin()) {
            return similar.of(text, k);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Transcript> transcripts() {
        return catalog.transcripts();
    }

    public List<Passage> passages() {
        return catalog.passages();
    }

    public Passage passage(String id) {
        return catalog.passage(id);
    }

    public TranscriptMeta meta(String transcriptId) {
        return catalog.metaById().get(transcriptId);
    }

    public Synonyms synonyms() {
        return synonyms;
    }

    @Override
    public void close() throws IOException {
        if (vectors != null) {
            vectors.close();
        }
        index.close();
    }
}
