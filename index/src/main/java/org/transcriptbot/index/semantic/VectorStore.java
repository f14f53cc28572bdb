package org.transcriptbot.index.semantic;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passage vectors, kept in a Lucene index of {text key, vector} in a folder (or in memory):
 * append-only (a vector is added once and never rewritten, so saving costs the new vectors only),
 * the HNSW graph built as vectors arrive, searched off-heap. A folder that does not hold a readable
 * index is set aside with a warning and started afresh.
 */
final class VectorStore implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(VectorStore.class);
    static final String KEY = "key";
    static final String VECTOR = "vector";

    private final Path folder;
    private final Directory directory;
    private IndexWriter writer;
    private volatile IndexWriter compacting;
    private boolean closed;

    private VectorStore(Path folder, Directory directory) {
        this.folder = folder;
        this.directory = directory;
    }

    /**
     * The store in a folder (null: memory only). Files a writer left without committing (the
     * process ended mid-way) are not an index yet: the next writer removes them and adds the
     * vectors again.
     */
    static VectorStore open(Path folder) throws IOException {
        if (folder == null) {
            return new VectorStore(null, new ByteBuffersDirectory());
        }
        Files.createDirectories(folder);
        FSDirectory dir = FSDirectory.open(folder);
        if (!readable(dir)) {
            dir.close();
            Path aside = folder.resolveSibling(folder.getFileName() + ".corrupt");
            LOG.warn(
                    "The vector store {} could not be read; it is set aside as {} and rebuilt",
                    folder,
                    aside);
            deleteTree(aside);
            Files.move(folder, aside, StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(folder);
            dir = FSDirectory.open(folder);
        }
        return new VectorStore(folder, dir);
    }

    /**
     * The store in its folder; in memory if the folder cannot be used (e.g. a cache folder that
     * cannot be written): semantic search then works, its vectors embedded again at every start.
     */
    static VectorStore openOrInMemory(Path folder) {
        try {
            return open(folder);
        } catch (IOException | UncheckedIOException e) {
            LOG.warn(
                    "The vector store {} cannot be used ({}); vectors are kept in memory and"
                            + " embedded again at the next start",
                    folder,
                    e.toString());
            return new VectorStore(null, new ByteBuffersDirectory());
        }
    }

    /**
     * False when the folder has an index that cannot be opened (a folder without a commit yet is
     * fine).
     */
    private static boolean readable(Directory dir) {
        try {
            if (DirectoryReader.indexExists(dir)) {
                DirectoryReader.open(dir).close();
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * How many vectors the last commit holds, from its segments' metadata (no reader opened): an
     * upper bound on the passages it can give a vector.
     */
    synchronized int committedCount() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return 0;
        }
        int n = 0;
        for (SegmentCommitInfo segment : SegmentInfos.readLatestCommit(directory)) {
            n += segment.info.maxDoc() - segment.getDelCount();
        }
        return n;
    }

    /** What is stored now (null when nothing is): with a writer open, what it added too. */
    synchronized DirectoryReader reader() throws IOException {
        if (writer != null) {
            return DirectoryReader.open(writer);
        }
        return DirectoryReader.indexExists(directory) ? DirectoryReader.open(directory) : null;
    }

    /**
     * Opens the store for adding. Another writer (another process, or a library being replaced)
     * holds the folder's lock until it finishes: this throws LockObtainFailedException then, and
     * the caller tries again later.
     */
    synchronized void openForWriting() throws IOException {
        if (writer == null) {
            writer =
                    new IndexWriter(
                            directory,
                            new IndexWriterConfig()
                                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                                    .setRAMBufferSizeMB(64));
        }
    }

    /** Adds one vector (thread-safe: Lucene's writer takes concurrent additions). */
    void add(String key, float[] vector) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(KEY, key, Field.Store.NO));
        doc.add(new SortedDocValuesField(KEY, new BytesRef(key)));
        doc.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.COSINE));
        writer().addDocument(doc);
    }

    private synchronized IndexWriter writer() {
        return writer;
    }

    /** Makes what was added durable (a later run resumes from here). */
    void commit() throws IOException {
        IndexWriter w = writer();
        if (w != null) {
            w.commit();
        }
    }

    /** Commits and closes the writer (merges finish first). */
    synchronized void finishWriting() throws IOException {
        if (writer != null) {
            writer.commit();
            writer.close();
            writer = null;
        }
    }

    /**
     * Merges the store into one segment: a question then searches one HNSW graph instead of one a
     * flush (measured at 1,000 transcripts: hybrid p50 5.4 -> 4.6 ms; the merge took 22 s of one
     * core). Closing the store meanwhile aborts it; what was stored stays as it was.
     */
    void compact() throws IOException {
        IndexWriter w;
        synchronized (this) {
            if (closed || writer != null) {
                return;
            }
            w =
                    new IndexWriter(
                            directory,
                            new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND));
            compacting = w;
        }
        try {
            w.forceMerge(1);
            w.commit();
            w.close();
        } finally {
            compacting = null;
            if (w.isOpen()) {
                w.rollback();
            }
        }
    }

    Path folder() {
        return folder;
    }

    /** Aborts a running compact() (closing or stopping does not wait for the merge). */
    void abortCompaction() throws IOException {
        IndexWriter c = compacting;
        if (c != null) {
            c.rollback();
        }
    }

    @Override
    public void close() throws IOException {
        abortCompaction();
        closeWriterAndDirectory();
    }

    private synchronized void closeWriterAndDirectory() throws IOException {
        closed = true;
        try {
            if (writer != null) {
                writer.commit(); // what was embedded so far is kept: the next run resumes from it
                writer.rollback(); // without waiting for merges
                writer = null;
            }
        } finally {
            directory.close();
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var s = Files.walk(p)) {
            for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
