package org.transcriptbot.index.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The vector store on disk (real Lucene): commits become segments, compacting merges them. */
class VectorStoreTest {
    @Test
    void compactingMergesTheSegmentsAndKeepsEveryVector(@TempDir Path dir) throws Exception {
        try (VectorStore store = VectorStore.open(dir.resolve("vectors"))) {
            store.openForWriting();
            for (int i = 0; i < 6; i++) {
                store.add("key" + i, new float[] {1, i, 0});
                if (i % 2 == 1) {
                    store.commit(); // as embedding does every COMMIT_EVERY vectors
                }
            }
            store.finishWriting();
            try (DirectoryReader r = store.reader()) {
                assertThat(r.leaves()).hasSizeGreaterThan(1);
            }
            store.compact();
            try (DirectoryReader r = store.reader()) {
                assertThat(r.leaves()).hasSize(1);
                assertThat(keys(r))
                        .containsExactlyInAnyOrder("key0", "key1", "key2", "key3", "key4", "key5");
            }
        }
    }

    private static Set<String> keys(DirectoryReader r) throws Exception {
        Set<String> out = new HashSet<>();
        for (LeafReaderContext leaf : r.leaves()) {
            SortedDocValues keys = leaf.reader().getSortedDocValues(VectorStore.KEY);
            for (int d = keys.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = keys.nextDoc()) {
                out.add(keys.lookupOrd(keys.ordValue()).utf8ToString());
            }
        }
        return out;
    }
}
