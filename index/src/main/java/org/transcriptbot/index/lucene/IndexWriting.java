package org.transcriptbot.index.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transcriptbot.index.analysis.Analyzers;
import org.transcriptbot.index.model.Passage;

/**
 * Writes the passages' documents into a directory (replacing what is there), one analysing thread a core for
 * large collections, logging progress every few seconds, and commits with the fingerprint.
 */
final class IndexWriting {
    private static final Logger LOG = LoggerFactory.getLogger(IndexWriting.class);
    private static final long REPORT_EVERY_NANOS = 5_000_000_000L;

    private final List<Passage> passages;
    private final float[][] vectors;
    private final AtomicInteger next = new AtomicInteger();
    private final long start = System.nanoTime();
    private long lastReport = start;

    private IndexWriting(List<Passage> passages, float[][] vectors) {
        this.passages = passages;
        this.vectors = vectors;
    }

    /** Writes every passage (vectors may be null) and commits with the fingerprint. */
    static void write(Directory dir, List<Passage> passages, float[][] vectors, String fingerprint) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.indexing())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(128)
                .setSimilarity(new BM25Similarity());
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            new IndexWriting(passages, vectors).addAll(writer);
            writer.setLiveCommitData(Map.of(IndexFingerprint.KEY, fingerprint).entrySet());
            writer.commit();
        }
    }

    private void addAll(IndexWriter writer) throws IOException {
        int threads = passages.size() > 2000 ? Runtime.getRuntime().availableProcessors() : 1;
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < passages.size(); i = next.getAndIncrement()) {
                try {
                    writer.addDocument(PassageDocuments.document(i, passages.get(i), vectors == null ? null : vectors[i]));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                progress(i);
            }
        };
        if (threads == 1) {
            worker.run();
            return;
        }
        // SmartCN is the cost of indexing (about 1 MB/s a core here): one analysing thread a core
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(worker, "indexer-" + t);
            ts.add(th);
            th.start();
        }
        for (Thread th : ts) {
            try {
                th.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Indexing was interrupted; rerun to rebuild", e);
            }
        }
        if (next.get() < passages.size()) {
            throw new IOException("Indexing stopped early");
        }
    }

    private void progress(int i) {
        long now = System.nanoTime();
        synchronized (this) {
            if (now - lastReport < REPORT_EVERY_NANOS) {
                return;
            }
            lastReport = now;
        }
        double rate = i / ((now - start) / 1e9);
        LOG.info(String.format("Indexed %d/%d passages (%.0f%%), %.0f a second, about %.0f s left", i, passages.size(),
                100.0 * i / passages.size(), rate, (passages.size() - i) / Math.max(rate, 1e-9)));
    }
}
