package org.transcriptbot.index.semantic;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.transcriptbot.index.model.Passage;

/**
 * Which stored vector belongs to which passage: each passage's store key (a hash of its text,
 * Semantic.cacheKey) and, for a reader of the store, each stored vector's passage position; and the
 * search of the stored vectors by passage.
 */
final class StoredVectors {
    private StoredVectors() {}

    /**
     * Each distinct key with the position of the first passage that has it (hashed on all cores, or
     * on this thread only).
     */
    static Map<String, Integer> ordByKey(List<Passage> passages, boolean allCores) {
        String[] keys =
                (allCores ? passages.parallelStream() : passages.stream())
                        .map(Semantic::cacheKey)
                        .toArray(String[]::new);
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            out.putIfAbsent(keys[i], i);
        }
        return out;
    }

    /**
     * Whether the store's last commit falls short of the passages' distinct texts by more than the
     * wait limit (texts counted only when the commit could fall short). A store that cannot be read
     * is left for opening to report (false).
     */
    static boolean fallShort(VectorStore store, List<Passage> passages, int waitLimit) {
        try {
            return fallsShort(store.committedCount(), passages, waitLimit);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether more of the passages' distinct texts than waitLimit lack a vector whatever the stored
     * ones are (opening embeds up to waitLimit missing ones before answering: the first question
     * then waits for it).
     */
    static boolean fallsShort(int stored, List<Passage> passages, int waitLimit) {
        long enough = (long) stored + waitLimit + 1;
        // distinct texts counted only until there are enough (a cold start stores none: its
        // first few hundred passages decide, not a pass over half a million texts)
        return enough <= passages.size()
                && passages.stream().map(Semantic::text).distinct().limit(enough).count() == enough;
    }

    /** Stored vectors mapped to passages: doc id -> position (-1: none), and positions covered. */
    record Mapping(int[] docToOrd, BitSet covered) {}

    /** The keys of the distinct passage texts without a stored vector, and those texts. */
    record Missing(List<String> keys, List<String> texts) {}

    /** What the stored vectors (known, null for an empty store) leave to embed. */
    static Missing missing(Map<String, Integer> ordByKey, Mapping known, List<Passage> passages) {
        List<String> keys = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Map.Entry<String, Integer> e : ordByKey.entrySet()) {
            if (known == null || !known.covered().get(e.getValue())) {
                keys.add(e.getKey());
                texts.add(Semantic.text(passages.get(e.getValue())));
            }
        }
        return new Missing(keys, texts);
    }

    /**
     * Maps each stored vector to the first passage with its text (-1: no passage of this collection
     * has it).
     */
    static Mapping map(DirectoryReader reader, Map<String, Integer> ordByKey) throws IOException {
        int[] docToOrd = new int[reader.maxDoc()];
        Arrays.fill(docToOrd, -1);
        BitSet covered = new BitSet();
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedDocValues keys = leaf.reader().getSortedDocValues(VectorStore.KEY);
            Bits live = leaf.reader().getLiveDocs();
            for (int d = keys == null ? DocIdSetIterator.NO_MORE_DOCS : keys.nextDoc();
                    d != DocIdSetIterator.NO_MORE_DOCS;
                    d = keys.nextDoc()) {
                Integer ord = ordByKey.get(keys.lookupOrd(keys.ordValue()).utf8ToString());
                if (ord != null && (live == null || live.get(d)) && !covered.get(ord)) {
                    covered.set(ord);
                    docToOrd[leaf.docBase + d] = ord;
                }
            }
        }
        return new Mapping(docToOrd, covered);
    }

    /**
     * The stored vectors mapped onto a collection's passages (doc id in the store -> passage
     * position), searchable.
     */
    record Snapshot(DirectoryReader reader, IndexSearcher searcher, int[] docToOrd) {
        Snapshot(DirectoryReader reader, int[] docToOrd) {
            this(reader, new IndexSearcher(reader), docToOrd);
        }

        /**
         * The n passages (ScoreDoc.doc is the passage position) nearest a vector, exploring k
         * candidates.
         */
        TopDocs nearest(float[] vector, int k, int n) throws IOException {
            TopDocs top =
                    searcher.search(new KnnFloatVectorQuery(VectorStore.VECTOR, vector, k), k);
            List<ScoreDoc> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                int ord = docToOrd[sd.doc];
                if (ord >= 0 && out.size() < n) {
                    out.add(new ScoreDoc(ord, sd.score));
                }
            }
            return new TopDocs(top.totalHits, out.toArray(ScoreDoc[]::new));
        }
    }

    /**
     * The snapshot questions search, replaced in one step (a question sees the old vectors or the
     * new, never none); a replaced reader is closed when the last question using it is done.
     */
    static final class Current {
        private volatile Snapshot snapshot;

        boolean present() {
            return snapshot != null;
        }

        void set(DirectoryReader reader, int[] docToOrd) throws IOException {
            Snapshot before = snapshot;
            snapshot = new Snapshot(reader, docToOrd);
            if (before != null) {
                before.reader().decRef();
            }
        }

        /** The nearest passages (Snapshot.nearest); null while there is no snapshot. */
        TopDocs nearest(float[] vector, int k, int n) throws IOException {
            Snapshot s = snapshot;
            while (s != null && !s.reader().tryIncRef()) {
                s = snapshot; // replaced and closed meanwhile: take the new one
            }
            if (s == null) {
                return null;
            }
            try {
                return s.nearest(vector, k, n);
            } finally {
                s.reader().decRef();
            }
        }

        void close() throws IOException {
            Snapshot s = snapshot;
            if (s != null) {
                s.reader().decRef();
            }
        }
    }
}
