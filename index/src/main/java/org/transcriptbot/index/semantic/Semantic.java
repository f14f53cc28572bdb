package org.transcriptbot.index.semantic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transcriptbot.index.model.Passage;

/**
 * The dense side of search: the embedder (loaded once, lazily: the model takes about a second to load), the
 * on-disk vector cache, and the embedding of passages not cached yet (in parallel, with progress, saving as it
 * goes so an interrupted run resumes where it stopped).
 */
public final class Semantic {
    private static final Logger LOG = LoggerFactory.getLogger(Semantic.class);
    private static final int SAVE_EVERY = 500;

    private final Supplier<Embedder> factory;
    private final String model;
    private final Path cacheDir;
    private final int threads;
    private volatile Embedder embedder;
    private final AtomicInteger embedded = new AtomicInteger();

    public Semantic(Supplier<Embedder> factory, String model, Path cacheDir, int threads) {
        this.factory = factory;
        this.model = model;
        this.cacheDir = cacheDir;
        this.threads = Math.max(1, threads);
    }

    /** BGE-small-zh with its cache in dir (null: memory only). */
    public static Semantic bge(Path cacheDir) {
        return new Semantic(BgeEmbedder::new, "bge-small-zh-v1.5-q", cacheDir, Runtime.getRuntime().availableProcessors());
    }

    public Embedder embedder() {
        Embedder e = embedder;
        if (e == null) {
            synchronized (this) {
                if (embedder == null) {
                    long t0 = System.nanoTime();
                    embedder = factory.get();
                    LOG.info("Loaded the embedding model {} in {} ms", model, (System.nanoTime() - t0) / 1_000_000);
                }
                e = embedder;
            }
        }
        return e;
    }

    /** Loads the model in the background (so the first question does not wait for it). */
    public void warmUp() {
        Thread t = new Thread(() -> {
            try {
                embedder().query("预热");
            } catch (RuntimeException ex) {
                LOG.warn("The embedding model could not be loaded: {}", ex.getMessage());
            }
        }, "embedder-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static final int QUERY_CACHE = 10_000;
    private final java.util.Map<String, float[]> queries = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, float[]> eldest) {
                    return size() > QUERY_CACHE;
                }
            });

    /**
     * A question's vector (about 7 ms on one core), remembered for repeated questions: groups repeat each other,
     * inline mode asks again as the user types, and paging buttons search the same question again.
     */
    public float[] query(String text) {
        float[] v = queries.get(text);
        if (v == null) {
            v = embedder().query(text);
            queries.put(text, v);
        }
        return v;
    }

    /** Passages embedded by this process (not read from the cache): for tests and progress. */
    public int embeddedCount() {
        return embedded.get();
    }

    public String model() {
        return model;
    }

    /** The text embedded for a passage. */
    static String text(Passage p) {
        return p.text();
    }

    /**
     * The cache key of a passage's vector: a hash of the text embedded (the passage id includes the transcript,
     * so a passage repeated in another transcript would be embedded again for nothing).
     */
    static String cacheKey(Passage p) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text(p).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Vectors for the passages, in order: from the cache, the rest embedded now. */
    public float[][] vectors(List<Passage> passages) {
        VectorCache cache = VectorCache.open(cacheDir, model);
        float[][] out = new float[passages.size()][];
        String[] keys = new String[passages.size()];
        List<Integer> missing = new ArrayList<>();
        java.util.Map<String, List<Integer>> sameText = new java.util.HashMap<>();
        for (int i = 0; i < passages.size(); i++) {
            keys[i] = cacheKey(passages.get(i));
            out[i] = cache.get(keys[i]);
            if (out[i] == null) {
                List<Integer> same = sameText.computeIfAbsent(keys[i], k -> new ArrayList<>());
                if (same.isEmpty()) {
                    missing.add(i);
                }
                same.add(i);
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        LOG.info("Embedding {} passage text(s) not in the vector cache ({} of {} passages cached)", missing.size(),
                passages.size() - sameText.values().stream().mapToInt(List::size).sum(), passages.size());
        Embedder e = embedder();
        long start = System.nanoTime();
        long[] lastReport = {start};
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, missing.size()));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i : missing) {
                futures.add(pool.submit(() -> {
                    Passage p = passages.get(i);
                    float[] v = e.passage(text(p));
                    for (int j : sameText.get(keys[i])) {
                        out[j] = v;
                    }
                    cache.put(keys[i], v);
                    embedded.incrementAndGet();
                    int n = done.incrementAndGet();
                    if (n % SAVE_EVERY == 0) {
                        cache.save();
                    }
                    progress(n, missing.size(), start, lastReport);
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Embedding was interrupted; rerun to continue (done so far is cached)", ex);
        } catch (java.util.concurrent.ExecutionException ex) {
            throw new IllegalStateException("Embedding failed: " + ex.getCause().getMessage(), ex.getCause());
        } finally {
            pool.shutdownNow();
            cache.save();
        }
        return out;
    }

    private static void progress(int n, int total, long start, long[] lastReport) {
        long now = System.nanoTime();
        synchronized (lastReport) {
            if (n < total && now - lastReport[0] < 5_000_000_000L) {
                return;
            }
            lastReport[0] = now;
        }
        double secs = (now - start) / 1e9;
        double rate = n / Math.max(secs, 1e-9);
        LOG.info(String.format("Embedded %d/%d passages (%.0f%%), %.1f a second, about %.0f s left", n, total,
                100.0 * n / total, rate, (total - n) / Math.max(rate, 1e-9)));
    }
}
