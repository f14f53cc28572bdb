package org.transcriptbot.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transcriptbot.index.analysis.Analyzers;
import org.transcriptbot.index.analysis.TextBigrams;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.Transcript;

/**
 * Adds transcripts' documents to an index: one transcript at a time per thread (its near-duplicate
 * groups computed there too), one thread a core for large collections, logging progress with the
 * rate and the time left.
 */
final class IndexWriting {
    private static final Logger LOG = LoggerFactory.getLogger(IndexWriting.class);
    private static final long REPORT_EVERY_NANOS = 5_000_000_000L;

    private final List<Transcript> transcripts;
    private final List<String> versions;
    private final Function<Transcript, int[]> groupsOf;
    private final AtomicInteger next = new AtomicInteger();
    private final long start = System.nanoTime();
    private long lastReport = start;

    private IndexWriting(
            List<Transcript> transcripts,
            List<String> versions,
            Function<Transcript, int[]> groupsOf) {
        this.transcripts = transcripts;
        this.versions = versions;
        this.groupsOf = groupsOf;
    }

    static IndexWriter writer(Directory dir, IndexWriterConfig.OpenMode mode) throws IOException {
        return new IndexWriter(
                dir,
                new IndexWriterConfig(Analyzers.indexing())
                        .setOpenMode(mode)
                        .setRAMBufferSizeMB(128)
                        .setSimilarity(Fields.similarity()));
    }

    /** Adds the documents of the transcripts (versions: each one's version, same order). */
    static void add(
            IndexWriter writer,
            List<Transcript> transcripts,
            List<String> versions,
            Function<Transcript, int[]> groupsOf)
            throws IOException {
        new IndexWriting(transcripts, versions, groupsOf).addAll(writer);
    }

    private void addAll(IndexWriter writer) throws IOException {
        int passages = transcripts.stream().mapToInt(t -> t.passages().size()).sum();
        // SmartCN is the cost of indexing (about 1 MB/s a core here): one analysing thread a core
        int threads = passages > 2000 ? Runtime.getRuntime().availableProcessors() : 1;
        List<Thread> ts = new ArrayList<>();
        IOException[] failure = new IOException[1];
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(() -> work(writer, failure), "indexer-" + t);
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
        synchronized (failure) {
            if (failure[0] != null) {
                throw failure[0];
            }
        }
    }

    private void work(IndexWriter writer, IOException[] failure) {
        ContextTokens contexts = new ContextTokens();
        TextBigrams texts = new TextBigrams();
        try {
            for (int i = next.getAndIncrement();
                    i < transcripts.size();
                    i = next.getAndIncrement()) {
                List<Passage> ps = transcripts.get(i).passages();
                int[] groups = groupsOf.apply(transcripts.get(i));
                for (int p = 0; p < ps.size(); p++) {
                    writer.addDocument(
                            PassageDocuments.document(
                                    ps.get(p), p, groups[p], versions.get(i), contexts, texts));
                }
                progress(i);
            }
            // each thread writes out its own buffered documents, beside the others, instead of
            // the commit writing all of them on one thread
            writer.flushNextBuffer();
        } catch (IOException e) {
            next.set(transcripts.size());
            synchronized (failure) {
                failure[0] = e;
            }
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
        LOG.info(
                String.format(
                        "Indexed %d/%d transcripts (%.0f%%), %.1f a second, about %.0f s left",
                        i,
                        transcripts.size(),
                        100.0 * i / transcripts.size(),
                        rate,
                        (transcripts.size() - i) / Math.max(rate, 1e-9)));
    }
}
