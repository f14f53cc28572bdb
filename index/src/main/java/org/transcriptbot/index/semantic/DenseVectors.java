package org.transcriptbot.index.semantic;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.TopDocs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transcriptbot.index.model.Passage;

/**
 * The dense side of one collection: whether every passage has its vector yet, the nearest passages
 * to a question's vector, and the embedding of the missing ones. Vectors already stored are read,
 * not recomputed (a warm start neither embeds nor loads the model). Missing vectors are embedded in
 * the background while search stays lexical; when the last one is stored, the vectors are swapped
 * in at once (one volatile write), so a query sees either none or all of them. A handful of missing
 * vectors (Semantic.waitLimit) are embedded before answering instead. Opening (hashing every
 * passage's text, mapping the stored vectors) runs beside the rest of the library's loading: the
 * first call that needs its outcome waits for it.
 */
public final class DenseVectors implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(DenseVectors.class);

    private final Semantic semantic;
    private final VectorStore store;
    private final int passages;
    private final CountDownLatch settled = new CountDownLatch(1);
    private final CompletableFuture<Void> opened = new CompletableFuture<>();
    private Map<String, Integer> ordByKey;

    /**
     * The store holds too few vectors for the passages' distinct texts (more are missing than
     * opening embeds before answering): whatever opening finds, questions are answered lexically
     * until the background embedding is done, so they need not wait for opening. Decided first
     * thing on the opening thread (counting the distinct texts is off the loading's path).
     */
    private final CompletableFuture<Boolean> storeShort = new CompletableFuture<>();

    private final StoredVectors.Current current = new StoredVectors.Current();
    private volatile EmbeddingProgress progress;
    private volatile BackgroundEmbedding job;

    /**
     * Set when every vector was stored but in several segments (a process stopped between the end
     * of an embedding and its merge): merged once after the first answer ({@link
     * #compactInBackground}).
     */
    private volatile StoreCompaction fragmented;

    private DenseVectors(Semantic semantic, VectorStore store, int passages) {
        this.semantic = semantic;
        this.store = store;
        this.passages = passages;
    }

    /**
     * The vectors of these passages: stored in indexDir (beside the on-disk index), else in the
     * semantic side's own folder, else in memory; the missing ones embedded now if few, else in the
     * background.
     */
    public static DenseVectors open(Semantic semantic, List<Passage> passages, Path indexDir) {
        Path folder =
                indexDir != null ? indexDir.resolve(semantic.storeName()) : semantic.storeFolder();
        DenseVectors dense =
                new DenseVectors(semantic, VectorStore.openOrInMemory(folder), passages.size());
        Thread t = new Thread(() -> dense.openInBackground(passages), "vectors-open");
        t.setDaemon(true);
        t.start();
        return dense;
    }

    private void openInBackground(List<Passage> passages) {
        try {
            storeShort.complete(StoredVectors.fallShort(store, passages, semantic.waitLimit()));
            start(passages);
        } catch (IOException | RuntimeException e) {
            LOG.warn(
                    "Semantic search is off: the vector store {} could not be read ({}); searching"
                            + " lexically",
                    store.folder(),
                    e.toString());
            progress = EmbeddingProgress.failed(0, this.passages, e.toString());
            settled.countDown();
        } finally {
            storeShort.complete(false); // if deciding failed: wait for opening
            opened.complete(null);
        }
    }

    /** Opening is still under way and its outcome is already known to be lexical. */
    private boolean shortAndOpening() {
        return storeShort.join() && !opened.isDone();
    }

    /** Waits until opening has mapped the stored vectors (and embedded a few missing ones). */
    private void awaitOpened() {
        opened.join();
    }

    private void start(List<Passage> list) throws IOException {
        boolean tooFew = storeShort.join();
        if (semantic.questionExpected() && !tooFew) {
            // every vector may be stored: the waiting question is then answered by the hybrid
            // ranking and needs the model; loading it beside the hashing and mapping below takes it
            // off the first answer's path
            semantic.warmUp();
        }
        // known short: the first answers are lexical and need no mapping, so it leaves them a core
        ordByKey = StoredVectors.ordByKey(list, !tooFew);
        DirectoryReader stored = store.reader();
        StoredVectors.Mapping known = stored == null ? null : StoredVectors.map(stored, ordByKey);
        List<String> missingKeys = new ArrayList<>();
        List<String> missingTexts = new ArrayList<>();
        for (Map.Entry<String, Integer> e : ordByKey.entrySet()) {
            if (known == null || !known.covered().get(e.getValue())) {
                missingKeys.add(e.getKey());
                missingTexts.add(Semantic.text(list.get(e.getValue())));
            }
        }
        if (missingKeys.isEmpty()) {
            install(stored, known);
            if (stored.leaves().size() > 1) {
                fragmented = new StoreCompaction(store, this::reopen); // ordByKey kept for it
            } else {
                ordByKey = null;
            }
            return;
        }
        if (stored != null) {
            stored.close();
        }
        LOG.info(
                "Embedding {} passage text(s) without a stored vector ({} passages); questions are"
                        + " answered lexically until they are done",
                missingKeys.size(),
                passages);
        progress = EmbeddingProgress.embedding(0, missingKeys.size(), System.nanoTime());
        job =
                new BackgroundEmbedding(
                        semantic, store, missingKeys, missingTexts, this::report, this::reopen);
        if (missingKeys.size() <= semantic.waitLimit()) {
            job.run();
        } else {
            job.startInBackground();
        }
    }

    private void report(EmbeddingProgress p) {
        if (p.state() == EmbeddingProgress.State.READY) {
            try {
                swapIn();
                if (!job.inBackground()) {
                    ordByKey = null; // else kept to map the merged store (reopen)
                }
            } catch (IOException e) {
                progress = EmbeddingProgress.failed(p.done(), p.total(), e.getMessage());
                settled.countDown();
            }
        } else {
            progress = p;
            if (p.state() == EmbeddingProgress.State.FAILED) {
                settled.countDown();
            }
        }
    }

    /** Opens what is stored and makes it the dense side of search. */
    private void swapIn() throws IOException {
        DirectoryReader reader = store.reader();
        install(reader, StoredVectors.map(reader, ordByKey));
    }

    private void install(DirectoryReader reader, StoredVectors.Mapping mapping) throws IOException {
        current.set(reader, mapping.docToOrd());
        progress = EmbeddingProgress.ready(passages);
        settled.countDown();
    }

    /**
     * Searches the store as it is now (merged) from the next question on; the reader before is
     * closed when the last question using it is done.
     */
    private void reopen() {
        try {
            swapIn();
            ordByKey = null;
        } catch (IOException e) {
            LOG.warn(
                    "The merged vectors could not be opened ({}); searched as before",
                    e.toString());
        }
    }

    /**
     * Merges a store whose vectors are all there but spread over several segments into one, in the
     * background, once (called after each answer, so the first is not slowed): a question then
     * searches one HNSW graph instead of one a segment (hybrid p50 at 1,000 transcripts about 3.3
     * ms against 5.2-6.5 ms over twelve segments). A background embedding merges what it stored
     * itself; this covers a process stopped before that merge.
     */
    public void compactInBackground() {
        StoreCompaction c = fragmented;
        if (c != null && opened.isDone()) {
            c.startOnce();
        }
    }

    /** True when every passage has its vector and the hybrid ranking can be used. */
    public boolean ready() {
        if (shortAndOpening()) {
            return false; // not every vector can be there: no need to wait for the mapping
        }
        awaitOpened();
        return current.present();
    }

    /** False when the model could not run here (search stays lexical). */
    public boolean usable() {
        if (shortAndOpening()) {
            return true; // not known to fail yet
        }
        awaitOpened();
        return progress.state() != EmbeddingProgress.State.FAILED;
    }

    public EmbeddingProgress progress() {
        if (shortAndOpening()) {
            return EmbeddingProgress.matching();
        }
        awaitOpened();
        return progress;
    }

    /** Waits until the vectors are swapped in or embedding failed; true when they are in. */
    public boolean awaitReady(long timeout, TimeUnit unit) throws InterruptedException {
        awaitOpened();
        return settled.await(timeout, unit) && ready();
    }

    /** A question's vector (remembered for repeated questions). */
    public float[] query(String text) {
        return semantic.query(text);
    }

    /**
     * The n passages (ScoreDoc.doc is the passage position) nearest a question's vector, exploring
     * k candidates; null before the vectors are ready. HNSW is approximate: k well above n finds
     * the true nearest more often.
     */
    public TopDocs nearest(float[] queryVector, int k, int n) throws IOException {
        return current.nearest(queryVector, k, n);
    }

    @Override
    public void close() throws IOException {
        awaitOpened();
        BackgroundEmbedding j = job;
        if (j != null) {
            j.stop();
        }
        StoreCompaction c = fragmented;
        if (c != null) {
            c.stop();
        }
        try {
            current.close();
        } finally {
            store.close();
        }
    }
}
