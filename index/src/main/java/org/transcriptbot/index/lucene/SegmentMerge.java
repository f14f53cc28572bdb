package org.transcriptbot.index.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NIOFSDirectory;

/**
 * Merges an on-disk text index spread over several segments (one per indexing thread after a cold
 * build) into one: a question then looks each of its terms up once, and Lucene's MaxScore skips
 * over one segment instead of several (lexical search about 14 % faster at 1,000 transcripts). It
 * runs in the background after the first answer. The segments are merged in their order (a log
 * merge policy, which only merges neighbours), so with no deleted documents every document keeps
 * its number and the merged index can be searched in place of the old from the next question on.
 *
 * <p>An update of the same folder by this process (a reload) stops a merge running here first; a
 * merge never waits for another writer (another process updating the folder): it is skipped.
 */
final class SegmentMerge {
    /** Merges running in this process, by folder; guarded by itself. */
    private static final Map<Path, IndexWriter> RUNNING = new HashMap<>();

    /** The biggest segment holds less than this share of the documents: worth merging. */
    private static final double SPREAD = 0.9;

    private SegmentMerge() {}

    /**
     * Whether merging pays: several segments, none holding nearly every document (a small segment
     * added by an incremental update is left to the next cold build).
     */
    static boolean worthIt(DirectoryReader reader) {
        int biggest = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            biggest = Math.max(biggest, leaf.reader().maxDoc());
        }
        return reader.leaves().size() > 1 && biggest < SPREAD * reader.maxDoc();
    }

    /**
     * Merges the folder's index into one segment and commits it (keeping the commit's user data);
     * false when another writer holds the folder or the merge was stopped.
     */
    static boolean run(Path folder, Map<String, String> userData) throws IOException {
        // read with positional reads, not memory-mapped: a merge reads every segment, and mapped
        // pages would count in the process's resident memory while it runs
        try (Directory dir = new NIOFSDirectory(folder)) {
            return run(dir, folder, userData);
        }
    }

    private static boolean run(Directory dir, Path folder, Map<String, String> userData)
            throws IOException {
        IndexWriter writer;
        synchronized (RUNNING) {
            try {
                writer =
                        new IndexWriter(
                                dir,
                                new IndexWriterConfig()
                                        .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
                                        .setMergePolicy(new LogDocMergePolicy())
                                        .setCommitOnClose(false));
            } catch (LockObtainFailedException busy) {
                return false;
            }
            RUNNING.put(folder, writer);
        }
        try {
            writer.forceMerge(1);
            writer.setLiveCommitData(userData.entrySet());
            writer.commit();
            writer.close();
            return true;
        } finally {
            synchronized (RUNNING) {
                RUNNING.remove(folder, writer);
            }
            if (writer.isOpen()) {
                writer.rollback();
            }
        }
    }

    /** Stops a merge of the folder running in this process (before writing to it). */
    static void stop(Path folder) {
        IndexWriter writer;
        synchronized (RUNNING) {
            writer = RUNNING.get(folder);
        }
        if (writer != null) {
            try {
                writer.rollback(); // the merge's thread then fails and leaves the index as it was
            } catch (IOException | RuntimeException ignored) {
                // already closed: nothing runs any more
            }
        }
    }
}
