package org.transcriptbot.index.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.Bits;

/**
 * Which Lucene document holds which passage (its position in the passage list the index was opened
 * for) and each passage's near-duplicate group, read from the documents' doc values (transcript
 * version, position, group).
 */
record DocNumbers(int[] docToOrd, int[] ordToDoc, int[] nearGroup) {

    /**
     * The numbers of a reader's live documents; start: the position of each transcript version's
     * first passage. Throws when a passage is missing, doubled or of another collection.
     */
    static DocNumbers of(DirectoryReader reader, Map<String, Integer> start, int passages)
            throws IOException {
        DocNumbers n =
                new DocNumbers(new int[reader.maxDoc()], new int[passages], new int[passages]);
        Arrays.fill(n.ordToDoc, -1);
        for (LeafReaderContext leaf : reader.leaves()) {
            n.map(leaf, start);
        }
        if (IntStream.of(n.ordToDoc).anyMatch(d -> d < 0)) {
            throw new IOException("the index does not hold every passage");
        }
        return n;
    }

    /** Whether another reader numbers every document and groups every passage the same. */
    boolean sameAs(DocNumbers other) {
        return Arrays.equals(docToOrd, other.docToOrd) && Arrays.equals(nearGroup, other.nearGroup);
    }

    private void map(LeafReaderContext leaf, Map<String, Integer> start) throws IOException {
        SortedDocValues version = leaf.reader().getSortedDocValues(Fields.VERSION);
        NumericDocValues position = leaf.reader().getNumericDocValues(Fields.POSITION);
        NumericDocValues group = leaf.reader().getNumericDocValues(Fields.GROUP);
        Bits live = leaf.reader().getLiveDocs();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
            int doc = leaf.docBase + d;
            docToOrd[doc] = -1;
            if (live != null && !live.get(d)) {
                continue;
            }
            if (version == null
                    || !version.advanceExact(d)
                    || !position.advanceExact(d)
                    || !group.advanceExact(d)) {
                throw new IOException("a document without its place");
            }
            Integer first = start.get(version.lookupOrd(version.ordValue()).utf8ToString());
            int ord = first == null ? -1 : first + (int) position.longValue();
            if (ord < 0 || ord >= ordToDoc.length || ordToDoc[ord] >= 0) {
                throw new IOException("a document of another collection, or twice");
            }
            docToOrd[doc] = ord;
            ordToDoc[ord] = doc;
            nearGroup[ord] = first + (int) group.longValue();
        }
    }
}
