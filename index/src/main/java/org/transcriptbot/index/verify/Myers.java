package org.transcriptbot.index.verify;

/**
 * Approximate substring matching: the least edit distance between a pattern and any substring of a
 * text, with where such substrings end. Myers' bit-parallel algorithm (1999) with the pattern split
 * into 64-bit blocks, so a scan costs O(n * ceil(m / 64)) word operations instead of the O(n * m)
 * cells of the plain dynamic programme. scan is one method of about 50 lines on purpose: it is the
 * hot loop, one bit-parallel step per text character.
 */
final class Myers {
    private static final long[] ZERO = new long[0];

    private final int m;
    private final int blocks;

    /** Open-addressing table char -> bit masks of the pattern positions holding that char. */
    private final char[] keys;

    private final long[][] masks;
    private final int mask;
    private final long lastBit;

    Myers(String pattern) {
        this.m = pattern.length();
        this.blocks = (m + 63) / 64;
        int size = Integer.highestOneBit(Math.max(16, m * 2)) * 2;
        this.keys = new char[size];
        this.masks = new long[size][];
        this.mask = size - 1;
        for (int i = 0; i < m; i++) {
            char c = pattern.charAt(i);
            int slot = c & mask;
            while (masks[slot] != null && keys[slot] != c) {
                slot = (slot + 1) & mask;
            }
            if (masks[slot] == null) {
                keys[slot] = c;
                masks[slot] = new long[blocks];
            }
            masks[slot][i / 64] |= 1L << (i % 64);
        }
        this.lastBit = 1L << ((m - 1) % 64);
    }

    private long[] lookup(char c) {
        int slot = c & mask;
        while (masks[slot] != null) {
            if (keys[slot] == c) {
                return masks[slot];
            }
            slot = (slot + 1) & mask;
        }
        return ZERO;
    }

    /**
     * Result of a scan: the least distance, and the end (exclusive) of the first substring reaching
     * it.
     */
    record Best(int distance, int end) {}

    /**
     * Scans text[from, to) and returns the least distance with the first end position where it is
     * reached; ends[] (if not null) receives the distance at every end position (index relative to
     * from).
     */
    Best scan(CharSequence text, int from, int to, int[] ends) {
        long[] pv = new long[blocks];
        long[] mv = new long[blocks];
        java.util.Arrays.fill(pv, -1L);
        int score = m;
        int best = m;
        int bestEnd = from;
        for (int j = from; j < to; j++) {
            long[] eqs = lookup(text.charAt(j));
            int carry = 0;
            for (int b = 0; b < blocks; b++) {
                carry = advance(pv, mv, b, eqs.length == 0 ? 0L : eqs[b], carry);
            }
            score += carry;
            if (ends != null) {
                ends[j - from] = score;
            }
            if (score < best) {
                best = score;
                bestEnd = j + 1;
            }
        }
        return new Best(best, bestEnd);
    }

    /**
     * One block of the bit-parallel step for a text character (eq: the pattern positions it
     * matches), taking the score change carried in from the block below; returns the change carried
     * out of this block's top row.
     */
    private int advance(long[] pv, long[] mv, int b, long eq, int carry) {
        long p = pv[b];
        long mm = mv[b];
        long xv = eq | mm;
        if (carry < 0) {
            eq |= 1L;
        }
        long xh = (((eq & p) + p) ^ p) | eq;
        long ph = mm | ~(xh | p);
        long mh = p & xh;
        long high = b == blocks - 1 ? lastBit : Long.MIN_VALUE;
        int out = 0;
        if ((ph & high) != 0) {
            out = 1;
        } else if ((mh & high) != 0) {
            out = -1;
        }
        ph <<= 1;
        mh <<= 1;
        if (carry < 0) {
            mh |= 1L;
        } else if (carry > 0) {
            ph |= 1L;
        }
        pv[b] = mh | ~(xv | ph);
        mv[b] = ph & xv;
        return out;
    }
}
