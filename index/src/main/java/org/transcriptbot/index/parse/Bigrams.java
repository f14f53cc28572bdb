package org.transcriptbot.index.parse;

import java.util.Arrays;

/**
 * The distinct character pairs of a key text, each coded as one int (two UTF-16 units), sorted:
 * sets that are cheap to build and to intersect (a merge), used to compare passages, turns and
 * pasted text; also the near-duplicate groups of search results.
 */
public final class Bigrams {
    private Bigrams() {}

    public static int[] of(String key) {
        if (key.length() < 2) {
            return new int[0];
        }
        int[] codes = new int[key.length() - 1];
        for (int i = 0; i + 1 < key.length(); i++) {
            codes[i] = key.charAt(i) << 16 | key.charAt(i + 1);
        }
        Arrays.sort(codes);
        int n = 0;
        for (int i = 0; i < codes.length; i++) {
            if (i == 0 || codes[i] != codes[i - 1]) {
                codes[n++] = codes[i];
            }
        }
        return Arrays.copyOf(codes, n);
    }

    /** How many pairs the two sets share. */
    public static int shared(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    /** The share of a's pairs found in b (0 when a is empty). */
    static double share(int[] a, int[] b) {
        return a.length == 0 ? 0 : (double) shared(a, b) / a.length;
    }
}
