package org.transcriptbot.index.analysis;

import java.util.Arrays;
import org.apache.lucene.analysis.cn.smart.Utility;

/**
 * A sentence's candidate words: characters, offsets, SmartCN word type and frequency (the weight
 * SmartCN gives the token), numbered in order; with, for each start offset, where its words begin
 * in that order.
 */
final class CandidateWords {
    /** SmartCN's type of every char ({@code Utility.getCharType}), looked up once per char. */
    static final byte[] TYPES = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            TYPES[c] = (byte) Utility.getCharType((char) c);
        }
    }

    char[][] chars = new char[32][];
    int[] starts = new int[32];
    int[] ends = new int[32];
    int[] types = new int[32];
    int[] weights = new int[32];
    int size;

    /** Index of the first token starting at offset s (s + 1, s from -1 to length), or -1. */
    final int[] firstAt;

    /** Index after the last token starting at offset s (s + 1). */
    final int[] endAt;

    CandidateWords(int length) {
        firstAt = new int[length + 2];
        endAt = new int[length + 2];
        Arrays.fill(firstAt, -1);
    }

    void add(char[] c, int start, int end, int type, int weight) {
        if (size == chars.length) {
            int n = size * 2;
            chars = Arrays.copyOf(chars, n);
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            types = Arrays.copyOf(types, n);
            weights = Arrays.copyOf(weights, n);
        }
        chars[size] = c;
        starts[size] = start;
        ends[size] = end;
        types[size] = type;
        weights[size] = weight;
        if (firstAt[start + 1] < 0) {
            firstAt[start + 1] = size;
        }
        endAt[start + 1] = ++size;
    }

    /** The largest start offset (the end marker's: the sentence's length). */
    int maxStart() {
        return firstAt.length - 2;
    }

    boolean starts(int offset) {
        return firstAt[offset + 1] >= 0;
    }
}
