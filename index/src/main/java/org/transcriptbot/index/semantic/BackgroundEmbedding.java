package org.transcriptbot.index.semantic;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embeds passage texts into the vector store, one worker a core (each ONNX call runs on one thread:
 * see BgeEmbedder), committing every few thousand vectors so an interrupted run resumes where it
 * stopped, and reporting progress with the rate and the time left (every few seconds on the log,
 * always to the listener).
 */
final class BackgroundEmbedding implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundEmbedding.class);
    private static final int COMMIT_EVERY = 2_000;
    private static final long LOG_EVERY_NANOS = 5_000_000_000L;
    private static final long LOCK_RETRY_MILLIS = 5_000;

    private final Semantic semantic;
    private final VectorStore store;
    private final List<String> keys;
    private final List<String> texts;
    private final Consumer<EmbeddingProgress> listener;
    private final Runnable compacted;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private volatile boolean stopped;
    private volatile boolean failing;
    private volatile Thread thread;
    private long start;
    private long lastLog;

    BackgroundEmbedding(
            Semantic semantic,
            VectorStore store,
            List<String> keys,
            List<String> texts,
            Consumer<EmbeddingProgress> listener,
            Runnable compacted) {
        this.semantic = semantic;
        this.store = store;
        this.keys = keys;
        this.texts = texts;
        this.listener = listener;
        this.compacted = compacted;
    }

    void startInBackground() {
        Thread t = new Thread(this, "background-embedding");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    boolean inBackground() {
        return thread != null;
    }

    /**
     * Stops the workers after their current passage (what was stored so far is kept by the store).
     */
    void stop() {
        stopped = true;
        try {
            store.abortCompaction();
        } catch (IOException e) {
            LOG.debug("Merging the vectors could not be aborted cleanly: {}", e.toString());
        }
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void run() {
        try {
            Embedder embedder = semantic.embedder();
            openStoreWhenFree();
            start = System.nanoTime();
            lastLog = start;
            runWorkers(embedder);
            if (stopped) {
                return;
            }
            store.finishWriting();
            LOG.info(
                    "Embedded {} passage text(s) in {} s; hybrid search is on",
                    done.get(),
                    Math.round((System.nanoTime() - start) / 1e9));
            listener.accept(
                    EmbeddingProgress.ready(done.get())); // the listener knows the passage count
            if (thread == Thread.currentThread()) {
                compact(); // in the background only: a few vectors before answering do not wait
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException | LinkageError e) {
            // refused because the process exits: nothing failed
            if (!stopped && !(e instanceof NativeCalls.Exiting)) {
                LOG.warn(
                        "Semantic search is off: the embedding model could not run ({}); searching lexically",
                        e.toString());
                listener.accept(EmbeddingProgress.failed(done.get(), keys.size(), e.toString()));
            }
        }
    }

    /**
     * Says what is to be embedded, then embeds it now when there is little (Semantic.waitLimit),
     * else in the background while questions are answered lexically.
     */
    void begin(int passages) {
        LOG.info(
                "Embedding {} passage text(s) without a stored vector ({} passages); questions are"
                        + " answered lexically until they are done",
                keys.size(),
                passages);
        if (keys.size() <= semantic.waitLimit()) {
            run();
        } else {
            startInBackground();
        }
    }

    /** Merges the store into one segment, then has the merged store searched. */
    private void compact() {
        StoreCompaction.merge(store, compacted, () -> stopped);
    }

    /**
     * The store's folder is locked while another writer embeds into it: wait for it to finish, then
     * add the rest.
     */
    private void openStoreWhenFree() throws IOException, InterruptedException {
        boolean told = false;
        while (!stopped) {
            try {
                store.openForWriting();
                return;
            } catch (LockObtainFailedException e) {
                if (!told) {
                    LOG.info(
                            "Another writer is embedding into {}; waiting for it to finish",
                            store.folder());
                    told = true;
                }
                Thread.sleep(LOCK_RETRY_MILLIS);
            }
        }
    }

    private void runWorkers(Embedder embedder) throws IOException, InterruptedException {
        int threads = Math.min(semantic.threads(), keys.size());
        List<Thread> workers = new ArrayList<>();
        Throwable[] failure = new Throwable[1];
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> work(embedder, failure), "embedding-worker-" + t);
            w.setDaemon(true);
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        synchronized (failure) {
            if (failure[0] instanceof IOException io) {
                throw io;
            } else if (failure[0] instanceof RuntimeException re) {
                throw re;
            } else if (failure[0] instanceof Error err) {
                throw err;
            }
        }
    }

    private void work(Embedder embedder, Throwable[] failure) {
        try {
            for (int i = next.getAndIncrement();
                    i < keys.size() && !stopped && !failing;
                    i = next.getAndIncrement()) {
                store.add(keys.get(i), embedder.passage(texts.get(i)));
                semantic.countEmbedded();
                int n = done.incrementAndGet();
                if (n % COMMIT_EVERY == 0) {
                    store.commit();
                }
                report(n);
            }
        } catch (IOException | RuntimeException | Error e) {
            failing = true;
            synchronized (failure) {
                failure[0] = e;
            }
        }
    }

    private void report(int n) {
        EmbeddingProgress p = EmbeddingProgress.embedding(n, keys.size(), start);
        listener.accept(p);
        long now = System.nanoTime();
        synchronized (this) {
            if (now - lastLog < LOG_EVERY_NANOS) {
                return;
            }
            lastLog = now;
        }
        LOG.info(
                "Embedded {}",
                p.describe().replace("lexical search while embedding passages: ", ""));
    }
}
