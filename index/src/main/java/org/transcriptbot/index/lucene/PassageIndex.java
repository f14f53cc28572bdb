package org.transcriptbot.index.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transcriptbot.index.model.Transcript;

/**
 * The Lucene index of the passages, open for searching: built in memory (milliseconds for the
 * shipped transcript), or kept on disk in a folder where only the transcripts that changed are
 * re-indexed (IndexUpdate). Maps Lucene doc ids to passage positions and back, and holds the
 * near-duplicate groups stored with the documents.
 */
public final class PassageIndex implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(PassageIndex.class);

    private final Directory directory;
    private final Path folder; // null: in memory
    private final Map<String, Integer> start = new HashMap<>();
    private final int passages;
    private final DocNumbers numbers;
    private final AtomicBoolean mergeStarted = new AtomicBoolean();
    private final CompletableFuture<Boolean> merged = new CompletableFuture<>();
    private volatile IndexSearcher searcher;
    private volatile boolean closed;
    private int indexed;

    private PassageIndex(
            Directory directory, Path folder, List<Transcript> transcripts, List<String> versions)
            throws IOException {
        this.directory = directory;
        this.folder = folder;
        DirectoryReader reader = DirectoryReader.open(directory);
        this.searcher = searcher(reader);
        int total = 0;
        for (int i = 0; i < transcripts.size(); i++) {
            start.put(versions.get(i), total);
            total += transcripts.get(i).passages().size();
        }
        this.passages = total;
        try {
            this.numbers = DocNumbers.of(reader, start, total);
        } catch (IOException e) {
            reader.close();
            throw e;
        }
    }

    private static IndexSearcher searcher(DirectoryReader reader) {
        IndexSearcher s = new IndexSearcher(reader);
        s.setSimilarity(Fields.similarity());
        s.setQueryCache(null);
        return s;
    }

    /**
     * Opens the index of these transcripts; indexDir null builds it in memory, else the index in
     * that folder is brought up to date (transcripts changed, added or removed since are
     * re-indexed, the rest kept). groupsOf gives the near-duplicate groups of one transcript's
     * passages (positions of each group's first member).
     */
    public static PassageIndex open(
            List<Transcript> transcripts, Path indexDir, Function<Transcript, int[]> groupsOf)
            throws IOException {
        List<String> versions = IndexFingerprint.versions(transcripts);
        if (indexDir == null) {
            // one buffer a file: cloning an input (every term lookup does) then costs one
            // duplicate(), not one per block
            Directory memory =
                    new ByteBuffersDirectory(
                            new SingleInstanceLockFactory(),
                            ByteBuffersDataOutput::new,
                            ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
            try (var writer = IndexWriting.writer(memory, IndexWriterConfig.OpenMode.CREATE)) {
                IndexWriting.add(writer, transcripts, versions, groupsOf);
                writer.commit();
            }
            PassageIndex index = new PassageIndex(memory, null, transcripts, versions);
            index.indexed = transcripts.size();
            return index;
        }
        Path folder = indexDir.resolve("text");
        Files.createDirectories(folder);
        Directory disk = FSDirectory.open(folder);
        SegmentMerge.stop(folder); // a merge by a library this one replaces
        int indexed = IndexUpdate.apply(disk, folder, transcripts, versions, groupsOf, false);
        PassageIndex index;
        try {
            index = new PassageIndex(disk, folder, transcripts, versions);
        } catch (IOException inconsistent) {
            indexed = IndexUpdate.apply(disk, folder, transcripts, versions, groupsOf, true);
            index = new PassageIndex(disk, folder, transcripts, versions);
        }
        index.indexed = indexed;
        return index;
    }

    /**
     * How many transcripts opening this index (re-)indexed: all for a new index, the changed ones
     * on disk.
     */
    public int indexedTranscripts() {
        return indexed;
    }

    /**
     * The searcher of the index; after a background merge, the merged one (the same doc ids, so a
     * question that began with the other still finds the same passages).
     */
    public IndexSearcher searcher() {
        return searcher;
    }

    /**
     * Keeps the reader of the searcher in use open until the returned handle is closed: a question
     * pins it for its whole search, so a merged index swapped in meanwhile never closes the one it
     * is reading (both number the documents the same).
     */
    public Closeable pin() {
        while (true) {
            IndexSearcher s = searcher;
            IndexReader r = s.getIndexReader();
            if (r.tryIncRef()) {
                return r::decRef;
            }
            if (s == searcher) { // not replaced by a merged one: this index was closed
                throw new org.apache.lucene.store.AlreadyClosedException("the index is closed");
            }
        }
    }

    /**
     * Starts, once, merging an on-disk index spread over several segments into one in the
     * background (SegmentMerge); the merged index is searched from the next question on.
     */
    public void mergeInBackground() {
        if (!mergeStarted.compareAndSet(false, true)) {
            return;
        }
        if (folder == null || !SegmentMerge.worthIt((DirectoryReader) searcher.getIndexReader())) {
            merged.complete(false);
            return;
        }
        Thread t = new Thread(this::merge, "text-index-merge");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private void merge() {
        long t0 = System.nanoTime();
        boolean in = false;
        try {
            Map<String, String> userData =
                    ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData();
            if (!closed && SegmentMerge.run(folder, userData) && !closed) {
                in = swapIn(DirectoryReader.open(directory));
                LOG.info(
                        "Merged the text index into one segment in {} s{}",
                        String.format("%.1f", (System.nanoTime() - t0) / 1e9),
                        in ? "" : " (searched from the next start)");
            }
        } catch (IOException | RuntimeException e) {
            if (!closed) {
                LOG.info("The text index was not merged ({}); searched as it is", e.toString());
            }
        } finally {
            merged.complete(in);
        }
    }

    /** Searches the merged reader when it numbers every passage as before; else closes it. */
    private synchronized boolean swapIn(DirectoryReader merged) throws IOException {
        boolean same;
        try {
            same = !closed && DocNumbers.of(merged, start, passages).sameAs(numbers);
        } catch (IOException e) {
            same = false;
        }
        if (!same) {
            merged.close();
            return false;
        }
        IndexReader before = searcher.getIndexReader();
        searcher = searcher(merged);
        before.decRef(); // closed when the last question pinning it is done (pin)
        return true;
    }

    /**
     * Waits for a background merge started by mergeInBackground: true when the merged index is
     * searched now (benchmarks measure the steady state).
     */
    public boolean awaitMerge() {
        return mergeStarted.get() && merged.join();
    }

    /** The position (in the passage list the index was opened for) of a Lucene doc id. */
    public int ord(int doc) {
        return numbers.docToOrd()[doc];
    }

    /** The Lucene doc id of a passage position. */
    public int doc(int ord) {
        return numbers.ordToDoc()[ord];
    }

    /**
     * The near-duplicate group of each passage position (the position of the group's first
     * passage).
     */
    public int[] nearGroups() {
        return numbers.nearGroup().clone();
    }

    @Override
    public void close() throws IOException {
        synchronized (this) {
            closed = true;
        }
        if (folder != null) {
            SegmentMerge.stop(folder);
        }
        try {
            searcher.getIndexReader().decRef();
        } finally {
            directory.close();
        }
    }
}
