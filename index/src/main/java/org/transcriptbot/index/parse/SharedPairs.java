package org.transcriptbot.index.parse;

import java.util.Arrays;

/**
 * Which texts of a set share character pairs, and how many: the pairs of every text (Bigrams'
 * sorted codes) go into one sorted array of (code, text) entries, a posting list per code, so each
 * text meets only the texts it shares a pair with, never the rest. Counts are exact: a pair (i, j)
 * is visited with the same number Bigrams.shared gives, for i in ascending order and then j
 * ascending, as an all-pairs loop would meet them. Primitive arrays throughout: this runs for every
 * transcript of a collection while parsing and again while indexing.
 */
public final class SharedPairs {
    /**
     * Met texts are visited by walking every later text instead of sorting the met ones when they
     * are at least one in this many of the later texts.
     */
    private static final int SCAN_RATIO = 8;

    private SharedPairs() {}

    /** Receives one pair of texts, i before j, and the number of pairs they share (at least 1). */
    @FunctionalInterface
    public interface Visitor {
        void visit(int i, int j, int shared);
    }

    /** Visits every pair of texts (both with at least minPairs codes) sharing a pair. */
    public static void forEach(int[][] codes, int minPairs, Visitor visitor) {
        Postings postings = Postings.of(codes, minPairs);
        int[] common = new int[codes.length];
        int[] touched = new int[codes.length];
        for (int i = 0; i < codes.length; i++) {
            if (codes[i].length < minPairs || codes[i].length == 0) {
                continue;
            }
            int count = 0;
            int r = 0;
            for (int code : codes[i]) {
                // the text's codes ascend, so each is found after the one before
                r = Arrays.binarySearch(postings.codes, r, postings.codes.length, code);
                // a code's texts ascend: walk back from the last while they come after i
                for (int k = postings.starts[r + 1] - 1;
                        k >= postings.starts[r] && postings.texts[k] > i;
                        k--) {
                    int j = postings.texts[k];
                    if (common[j]++ == 0) {
                        touched[count++] = j;
                    }
                }
            }
            if (count * SCAN_RATIO >= codes.length - i) {
                // an eighth or more of the later texts were met: walking them in order costs less
                // than sorting
                for (int j = i + 1; j < codes.length; j++) {
                    if (common[j] != 0) {
                        visitor.visit(i, j, common[j]);
                        common[j] = 0;
                    }
                }
                continue;
            }
            Arrays.sort(touched, 0, count);
            for (int t = 0; t < count; t++) {
                int j = touched[t];
                visitor.visit(i, j, common[j]);
                common[j] = 0;
            }
        }
    }

    /** Texts by code: codes[r] is held by texts[starts[r]] .. texts[starts[r + 1] - 1]. */
    private record Postings(int[] codes, int[] starts, int[] texts) {
        static Postings of(int[][] codes, int minPairs) {
            int total = 0;
            for (int[] c : codes) {
                total += c.length >= minPairs ? c.length : 0;
            }
            long[] entries = new long[total];
            int e = 0;
            for (int i = 0; i < codes.length; i++) {
                if (codes[i].length >= minPairs) {
                    for (int code : codes[i]) {
                        entries[e++] = (long) code << 32 | i; // by code (signed), then text
                    }
                }
            }
            Arrays.sort(entries);
            int[] texts = new int[total];
            int[] distinct = new int[total];
            int[] starts = new int[total + 1];
            int d = 0;
            for (int k = 0; k < total; k++) {
                int code = (int) (entries[k] >> 32);
                texts[k] = (int) entries[k];
                if (d == 0 || distinct[d - 1] != code) {
                    distinct[d] = code;
                    starts[d++] = k;
                }
            }
            starts[d] = total;
            return new Postings(Arrays.copyOf(distinct, d), Arrays.copyOf(starts, d + 1), texts);
        }
    }
}
