package org.transcriptbot.index.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transcriptbot.index.model.Passage;

/**
 * The Lucene index of the passages, open for searching: built in memory (milliseconds for the shipped
 * transcript), or kept on disk in a folder and rebuilt only when its fingerprint differs. Maps Lucene doc ids
 * back to passage positions.
 */
public final class PassageIndex implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(PassageIndex.class);

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final int[] docToOrd;
    private final int[] ordToDoc;

    private PassageIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
        searcher.setQueryCache(null);
        this.docToOrd = new int[reader.maxDoc()];
        this.ordToDoc = new int[reader.maxDoc()];
        var stored = reader.storedFields();
        for (int d = 0; d < reader.maxDoc(); d++) {
            docToOrd[d] = stored.document(d, Set.of(Fields.ORD)).getField(Fields.ORD).numericValue().intValue();
            ordToDoc[docToOrd[d]] = d;
        }
    }

    /**
     * Opens the index of these passages (vectors may be null); indexDir null builds it in memory, else an index in
     * that folder is reused when built from the same passages and model (modelName empty when there are no vectors).
     */
    public static PassageIndex open(List<Passage> passages, float[][] vectors, String modelName, Path indexDir)
            throws IOException {
        String fingerprint = IndexFingerprint.of(passages, modelName.isEmpty() ? "" : "+" + modelName);
        if (indexDir == null) {
            // one buffer a file: cloning an input (every term lookup does) then costs one duplicate(), not one per block
            Directory memory = new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                    ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
            IndexWriting.write(memory, passages, vectors, fingerprint);
            return new PassageIndex(memory);
        }
        Files.createDirectories(indexDir);
        Directory disk = FSDirectory.open(indexDir);
        if (!fingerprint.equals(IndexFingerprint.stored(disk))) {
            LOG.info("Building the on-disk index in {} ({} passages)", indexDir, passages.size());
            IndexWriting.write(disk, passages, vectors, fingerprint);
        } else {
            LOG.info("Reusing the on-disk index in {} (transcripts unchanged)", indexDir);
        }
        return new PassageIndex(disk);
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    /** The position (in the passage list the index was built from) of a Lucene doc id. */
    public int ord(int doc) {
        return docToOrd[doc];
    }

    /** The Lucene doc id of the passage at a position. */
    public int doc(int ord) {
        return ordToDoc[ord];
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
