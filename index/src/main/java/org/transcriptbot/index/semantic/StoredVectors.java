package org.transcriptbot.index.semantic;

import java.io.IOException;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.transcriptbot.index.model.Passage;

/**
 * Which stored vector belongs to which passage: each passage's store key (a hash of its text,
 * Semantic.cacheKey) and, for a reader of the store, each stored vector's passage position.
 */
final class StoredVectors {
    private StoredVectors() {}

    /**
     * Each distinct key with the position of the first passage that has it (hashed on all cores).
     */
    static Map<String, Integer> ordByKey(List<Passage> passages) {
        String[] keys = passages.parallelStream().map(Semantic::cacheKey).toArray(String[]::new);
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            out.putIfAbsent(keys[i], i);
        }
        return out;
    }

    /** Stored vectors mapped to passages: doc id -> position (-1: none), and positions covered. */
    record Mapping(int[] docToOrd, BitSet covered) {}

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
}
