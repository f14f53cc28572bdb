package org.transcriptbot.index.semantic;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
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
 * in at once (one volatile write), so a query sees either none or all of them (a few are embedded
 * before answering, {@link BackgroundEmbedding#begin}). Opening runs beside the library's loading;
 * the first call that needs its outcome ({@link #opened}: the stored vectors mapped) waits for it.
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
     * Too few vectors stored for the distinct texts: questions are answered lexically until the
     * background embedding is done, without waiting for opening (decided first on its thread).
     */
    private final CompletableFuture<Boolean> storeShort = new CompletableFuture<>();

    private final StoredVectors.Current current = new StoredVectors.Current();
    private volatile EmbeddingProgress progress;
    private volatile BackgroundEmbedding job;

    /** Every vector stored, in several segments: merged after the first answer (null else). */
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

    private void start(List<Passage> list) throws IOException {
        boolean tooFew = storeShort.join();
        if (semantic.questionExpected() && !tooFew) {
            semantic.warmUp(); // the waiting question may be answered hybrid: the model off its
            // path
        }
        // known short: the first answers are lexical and need no mapping, so it leaves them a core
        ordByKey = StoredVectors.ordByKey(list, !tooFew);
        DirectoryReader stored = store.reader();
        StoredVectors.Mapping known = stored == null ? null : StoredVectors.map(stored, ordByKey);
        StoredVectors.Missing missing = StoredVectors.missing(ordByKey, known, list);
        if (missing.keys().isEmpty()) {
            install(stored, known);
            fragmented = StoreCompaction.ifSpread(stored, store, this::reopen);
            if (fragmented == null) {
                ordByKey = null; // else kept to map the merged store
            }
            return;
        }
        if (stored != null) {
            stored.close();
        }
        progress = EmbeddingProgress.embedding(0, missing.keys().size(), System.nanoTime());
        job =
                new BackgroundEmbedding(
                        semantic,
                        store,
                        missing.keys(),
                        missing.texts(),
                        this::report,
                        this::reopen);
        job.begin(passages); // assigned first: the report of a short run reads it
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
     * Merges a store left in several segments, once, in the background; called after each answer,
     * so the first is not slowed ({@link StoreCompaction}).
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
        opened.join();
        return current.present();
    }

    /** False when the model could not run here (search stays lexical). */
    public boolean usable() {
        if (shortAndOpening()) {
            return true; // not known to fail yet
        }
        opened.join();
        return progress.state() != EmbeddingProgress.State.FAILED;
    }

    public EmbeddingProgress progress() {
        if (shortAndOpening()) {
            return EmbeddingProgress.matching();
        }
        opened.join();
        return progress;
    }

    /** Waits until the vectors are swapped in or embedding failed; true when they are in. */
    public boolean awaitReady(long timeout, TimeUnit unit) throws InterruptedException {
        opened.join();
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
        opened.join();
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
