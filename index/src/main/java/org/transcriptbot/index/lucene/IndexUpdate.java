package org.transcriptbot.index.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transcriptbot.index.model.Transcript;

/**
 * Brings an on-disk index up to date with a collection: the documents of transcripts whose version
 * is no longer in the collection (changed or removed) are deleted, those of new versions added, the
 * rest left as they are. An index of another schema, or one that cannot be read, is rebuilt whole.
 */
final class IndexUpdate {
    private static final Logger LOG = LoggerFactory.getLogger(IndexUpdate.class);

    private IndexUpdate() {}

    /** Brings the index up to date; returns how many transcripts were (re-)indexed. */
    static int apply(
            Directory dir,
            Path folder,
            List<Transcript> transcripts,
            List<String> versions,
            Function<Transcript, int[]> groupsOf,
            boolean rebuild)
            throws IOException {
        Set<String> stored = rebuild ? null : storedVersions(dir);
        if (stored == null) {
            LOG.info("Building the on-disk index in {} ({} transcripts)", folder, versions.size());
            write(
                    dir,
                    IndexWriterConfig.OpenMode.CREATE,
                    List.of(),
                    transcripts,
                    versions,
                    groupsOf);
            return transcripts.size();
        }
        Set<String> current = new HashSet<>(versions);
        List<String> stale = stored.stream().filter(v -> !current.contains(v)).toList();
        List<Integer> fresh =
                IntStream.range(0, transcripts.size())
                        .filter(i -> !stored.contains(versions.get(i)))
                        .boxed()
                        .toList();
        if (stale.isEmpty() && fresh.isEmpty()) {
            LOG.info(
                    "Reusing the on-disk index in {} ({} transcripts unchanged)",
                    folder,
                    transcripts.size());
            return 0;
        }
        LOG.info(
                "Updating the on-disk index in {}: {} transcript(s) to index, {} to drop, {} unchanged",
                folder,
                fresh.size(),
                stale.size(),
                transcripts.size() - fresh.size());
        write(
                dir,
                IndexWriterConfig.OpenMode.APPEND,
                stale,
                fresh.stream().map(transcripts::get).toList(),
                fresh.stream().map(versions::get).toList(),
                groupsOf);
        return fresh.size();
    }

    private static void write(
            Directory dir,
            IndexWriterConfig.OpenMode mode,
            List<String> stale,
            List<Transcript> add,
            List<String> addVersions,
            Function<Transcript, int[]> groupsOf)
            throws IOException {
        try (IndexWriter writer = IndexWriting.writer(dir, mode)) {
            for (String v : stale) {
                writer.deleteDocuments(new Term(Fields.VERSION, v));
            }
            IndexWriting.add(writer, add, addVersions, groupsOf);
            writer.setLiveCommitData(
                    Map.of(IndexFingerprint.SCHEMA_KEY, IndexFingerprint.SCHEMA_VERSION)
                            .entrySet());
            writer.commit();
        }
    }

    /**
     * The transcript versions with live documents in the index; null when there is no usable index.
     */
    private static Set<String> storedVersions(Directory dir) {
        try {
            if (!DirectoryReader.indexExists(dir)) {
                return null;
            }
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                if (!IndexFingerprint.SCHEMA_VERSION.equals(
                        r.getIndexCommit().getUserData().get(IndexFingerprint.SCHEMA_KEY))) {
                    return null;
                }
                Set<String> out = new HashSet<>();
                for (LeafReaderContext leaf : r.leaves()) {
                    live(leaf, out);
                }
                return out;
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("The on-disk index could not be read ({}); it is rebuilt", e.toString());
            return null;
        }
    }

    private static void live(LeafReaderContext leaf, Set<String> out) throws IOException {
        Terms terms = leaf.reader().terms(Fields.VERSION);
        if (terms == null) {
            return;
        }
        Bits live = leaf.reader().getLiveDocs();
        TermsEnum te = terms.iterator();
        PostingsEnum pe = null;
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            pe = te.postings(pe, PostingsEnum.NONE);
            for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                if (live == null || live.get(d)) {
                    out.add(t.utf8ToString());
                    break;
                }
            }
        }
    }
}
