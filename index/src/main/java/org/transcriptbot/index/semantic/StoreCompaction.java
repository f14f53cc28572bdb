package org.transcriptbot.index.semantic;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Merges, once and in the background, a vector store whose vectors are all there but spread over
 * several segments (a process stopped between the end of its background embedding and the merge
 * that follows it), then has the merged store searched: one HNSW graph instead of one a segment.
 * Stopping aborts the merge and leaves what was stored as it was.
 */
final class StoreCompaction {
    private static final Logger LOG = LoggerFactory.getLogger(StoreCompaction.class);

    private final VectorStore store;
    private final Runnable reopen;
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile Thread thread;
    private volatile boolean stopped;

    /**
     * @param reopen has the merged store searched from the next question on
     */
    StoreCompaction(VectorStore store, Runnable reopen) {
        this.store = store;
        this.reopen = reopen;
    }

    /**
     * The merge of a store whose stored vectors (reader) are spread over several segments, or null
     * for one segment. A question over one HNSW graph instead of one a segment: hybrid p50 at 1,000
     * transcripts about 3.3 ms against 5.2-6.5 ms over twelve segments.
     */
    static StoreCompaction ifSpread(
            org.apache.lucene.index.DirectoryReader reader, VectorStore store, Runnable reopen) {
        return reader.leaves().size() > 1 ? new StoreCompaction(store, reopen) : null;
    }

    /** Starts the merge on a thread of low priority, the first time only. */
    void startOnce() {
        if (stopped || !started.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(this::run, "vectors-merge");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        thread = t;
        t.start();
    }

    private void run() {
        merge(store, reopen, () -> stopped);
    }

    /**
     * Merges the store into one segment and then runs reopen, unless stopped meanwhile; a failure
     * leaves the store searched as it is (logged unless stopped). Shared with the background
     * embedding, which merges what it stored.
     */
    static void merge(VectorStore store, Runnable reopen, BooleanSupplier stopped) {
        long t0 = System.nanoTime();
        try {
            store.compact();
            if (!stopped.getAsBoolean()) {
                reopen.run();
                LOG.info(
                        "Merged the vectors into one segment in {} s",
                        Math.round((System.nanoTime() - t0) / 1e9));
            }
        } catch (IOException | RuntimeException e) {
            if (!stopped.getAsBoolean()) {
                LOG.warn(
                        "The vectors could not be merged ({}); searched as they are", e.toString());
            }
        }
    }

    /** Aborts a running merge and waits for it to end (at most 30 s). */
    void stop() throws IOException {
        stopped = true;
        Thread t = thread;
        if (t != null) {
            store.abortCompaction();
            try {
                t.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
