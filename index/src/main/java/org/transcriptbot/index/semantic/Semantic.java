package org.transcriptbot.index.semantic;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transcriptbot.index.model.Passage;

/**
 * The dense side's settings and model: the embedder (loaded once, lazily: the model takes about a
 * second to load, and a warm start whose vectors are all stored never loads it until a question
 * needs it), remembered question vectors, where vectors are stored when there is no on-disk index,
 * how many workers embed, and how few missing vectors are embedded before answering rather than in
 * the background.
 */
public final class Semantic {
    private static final Logger LOG = LoggerFactory.getLogger(Semantic.class);
    private static final int QUERY_CACHE = 10_000;

    /**
     * Missing vectors embedded before the first answer when this few (a few seconds: the bundled
     * transcript).
     */
    public static final int DEFAULT_WAIT_LIMIT = 300;

    private final Supplier<Embedder> factory;
    private final String model;
    private volatile boolean questionExpected;
    private final Path cacheDir;
    private final int threads;
    private final int waitLimit;
    private volatile Embedder embedder;
    private final AtomicInteger embedded = new AtomicInteger();
    private final Map<String, float[]> queries =
            Collections.synchronizedMap(
                    new LinkedHashMap<>(256, 0.75f, true) {
                        private static final long serialVersionUID = 1L;

                        @Override
                        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                            return size() > QUERY_CACHE;
                        }
                    });

    /**
     * cacheDir: where vectors are stored for a collection without an on-disk index (null: memory
     * only).
     */
    public Semantic(
            Supplier<Embedder> factory, String model, Path cacheDir, int threads, int waitLimit) {
        this.factory = factory;
        this.model = model;
        this.cacheDir = cacheDir;
        this.threads = Math.max(1, threads);
        this.waitLimit = Math.max(0, waitLimit);
    }

    public Semantic(Supplier<Embedder> factory, String model, Path cacheDir, int threads) {
        this(factory, model, cacheDir, threads, DEFAULT_WAIT_LIMIT);
    }

    /** BGE-small-zh, one embedding worker a core. */
    public static Semantic bge(Path cacheDir) {
        return new Semantic(
                () -> new BgeEmbedder(cacheDir),
                "bge-small-zh-v1.5-q",
                cacheDir,
                Runtime.getRuntime().availableProcessors());
    }

    public Embedder embedder() {
        Embedder e = embedder;
        if (e == null) {
            synchronized (this) {
                if (embedder == null) {
                    long t0 = System.nanoTime();
                    embedder = factory.get();
                    LOG.info(
                            "Loaded the embedding model {} in {} ms",
                            model,
                            (System.nanoTime() - t0) / 1_000_000);
                }
                e = embedder;
            }
        }
        return e;
    }

    /**
     * Says a question is waiting to be answered as soon as the library is loaded (the command
     * line's search with a question in hand): that question needs the model (for its own vector
     * when every passage's vector is stored, else the missing ones are embedded), so opening the
     * vectors loads it beside the rest of the loading, instead of after it.
     */
    public void expectQuestion() {
        questionExpected = true;
    }

    /** Whether a question is waiting (expectQuestion). */
    boolean questionExpected() {
        return questionExpected;
    }

    /** Loads the model in the background (so the first question does not wait for it). */
    public void warmUp() {
        Thread t =
                new Thread(
                        () -> {
                            try {
                                query("预热");
                            } catch (NativeCalls.Exiting ex) {
                                // the process exits before the model was needed
                            } catch (RuntimeException | LinkageError ex) {
                                LOG.warn(
                                        "The embedding model could not be loaded: {}",
                                        ex.toString());
                            }
                        },
                        "embedder-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /**
     * A question's vector (about 7 ms on one core), remembered for repeated questions: groups
     * repeat each other, inline mode asks again as the user types, and paging buttons search the
     * same question again.
     */
    public float[] query(String text) {
        float[] v = queries.get(text);
        if (v == null) {
            v = embedder().query(text);
            queries.put(text, v);
        }
        return v;
    }

    /** Passages embedded by this process (not read from a store): for tests and progress. */
    public int embeddedCount() {
        return embedded.get();
    }

    void countEmbedded() {
        embedded.incrementAndGet();
    }

    public String model() {
        return model;
    }

    int threads() {
        return threads;
    }

    int waitLimit() {
        return waitLimit;
    }

    /** The folder name of this model's vectors. */
    String storeName() {
        return "vectors-" + model.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** Where vectors are stored for a collection without an on-disk index (null: memory only). */
    Path storeFolder() {
        return cacheDir == null ? null : cacheDir.resolve(storeName());
    }

    /** The text embedded for a passage. */
    static String text(Passage p) {
        return p.text();
    }

    /**
     * The store key of a passage's vector: a hash of the text embedded (the passage id includes the
     * transcript, so a passage repeated in another transcript would be embedded again for nothing).
     */
    static String cacheKey(Passage p) {
        try {
            byte[] d =
                    MessageDigest.getInstance("SHA-256")
                            .digest(text(p).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
