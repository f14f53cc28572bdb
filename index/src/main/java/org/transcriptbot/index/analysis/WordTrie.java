package org.transcriptbot.index.analysis;

import java.util.Arrays;

/**
 * The words of a dictionary as a trie: a node's child by a character is one probe of an
 * open-addressing table keyed by (node, character); each node knows whether it spells a word and,
 * if so, the word's frequency. Node 0 stands for none (the root has no node of its own: its
 * children are keyed by node 0). Built once, then read-only (thread-safe for reading).
 */
final class WordTrie {
    private final long[] childKeys;
    private final int[] children;
    private final int mask;
    private int[] frequency = new int[1 << 16];
    private boolean[] word = new boolean[1 << 16];
    private int nodes = 1;

    /** A trie for about this many characters of words (its table at most half full). */
    WordTrie(long chars) {
        int capacity = Integer.highestOneBit((int) Math.max(16, chars * 2)) << 1;
        childKeys = new long[capacity];
        children = new int[capacity];
        mask = capacity - 1;
    }

    /** The child of a node (0: the root) by a character; 0 when there is none. */
    int child(int node, char c) {
        long key = key(node, c);
        for (int slot = slot(key); children[slot] != 0; slot = (slot + 1) & mask) {
            if (childKeys[slot] == key) {
                return children[slot];
            }
        }
        return 0;
    }

    /** The child of a node by a character, created when missing. */
    int add(int node, char c) {
        long key = key(node, c);
        int slot = slot(key);
        while (children[slot] != 0) {
            if (childKeys[slot] == key) {
                return children[slot];
            }
            slot = (slot + 1) & mask;
        }
        int created = nodes++;
        if (created == frequency.length) {
            frequency = Arrays.copyOf(frequency, created * 2);
            word = Arrays.copyOf(word, created * 2);
        }
        childKeys[slot] = key;
        children[slot] = created;
        return created;
    }

    /** Marks the node as spelling a word of this frequency. */
    void word(int node, int wordFrequency) {
        frequency[node] = wordFrequency;
        word[node] = true;
    }

    /** Whether the node spells a word, not only a prefix of words. */
    boolean isWord(int node) {
        return word[node];
    }

    /** The frequency of the word the node spells. */
    int frequency(int node) {
        return frequency[node];
    }

    private static long key(int node, char c) {
        return ((long) node << 16) | c;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
