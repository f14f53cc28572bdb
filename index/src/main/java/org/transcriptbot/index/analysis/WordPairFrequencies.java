package org.transcriptbot.index.analysis;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * How often SmartCN's bigram dictionary saw one word followed by another: the numbers its {@code
 * BigramDictionary.getFrequency} gives, from a table of our own. SmartCN keeps its 328,856 word
 * pairs in a double-hashing table 82 % full, so a pair it does not know (most of those a sentence
 * is made of) probes five random slots of a 3 MB array on average; that lookup was a quarter of the
 * indexing threads' time. This table holds the same (key, frequency) entries, keyed by the same
 * 64-bit hash of "word@word", at under a third full with linear probing (one or two neighbouring
 * slots a lookup), behind a one-megabyte bit filter that answers most unknown pairs without
 * touching the table (4 % of unknown pairs pass it). The entries are read once from SmartCN's
 * loaded dictionary (its fields are private; Lucene is pinned). Thread-safe (read-only).
 */
final class WordPairFrequencies {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final char WORD_SEPARATOR = '@';

    /** One bit per 2^23 key values (1 MB, fits a core's cache): most pairs stop here. */
    private static final int FILTER_BITS = 23;

    private final long[] keys;
    private final int[] frequencies;
    private final int mask;
    private final long[] filter = new long[1 << (FILTER_BITS - 6)];

    private WordPairFrequencies(long[] keys, int[] frequencies) {
        int used = 0;
        for (long k : keys) {
            used += k != 0 ? 1 : 0;
        }
        // a power of two over three times the pairs: under a third full
        int capacity = Integer.highestOneBit(Math.max(16, used * 3)) << 1;
        this.keys = new long[capacity];
        this.frequencies = new int[capacity];
        this.mask = capacity - 1;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                put(keys[i], frequencies[i]);
            }
        }
    }

    /** The pairs of SmartCN's loaded bigram dictionary (reflection on its private table). */
    static WordPairFrequencies load() throws ReflectiveOperationException {
        Class<?> dictionary =
                Class.forName("org.apache.lucene.analysis.cn.smart.hhmm.BigramDictionary");
        Method instance = dictionary.getDeclaredMethod("getInstance");
        instance.setAccessible(true);
        Object loaded = instance.invoke(null);
        Field table = dictionary.getDeclaredField("bigramHashTable");
        Field counts = dictionary.getDeclaredField("frequencyTable");
        table.setAccessible(true);
        counts.setAccessible(true);
        return new WordPairFrequencies((long[]) table.get(loaded), (int[]) counts.get(loaded));
    }

    /** How often word a was followed by word b (0: never). */
    int frequency(char[] a, char[] b) {
        return frequencyAfter(firstHalf(a), b);
    }

    /**
     * How often the word whose {@link #firstHalf} is given was followed by word b: a word is
     * weighed with each word that may follow it, so its half of the key is worked out once.
     */
    int frequencyAfter(long firstHalf, char[] b) {
        long key = firstHalf;
        for (char c : b) {
            key = mix(key, c);
        }
        int bit = filterBit(key);
        if ((filter[bit >>> 6] & 1L << bit) == 0) {
            return 0; // no pair of the dictionary has this filter bit: most pairs of a sentence
        }
        for (int slot = slot(key); ; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return frequencies[slot];
            }
            if (keys[slot] == 0) {
                return 0;
            }
        }
    }

    /**
     * SmartCN's key of a pair: 64-bit FNV-1a over the low and then the high byte of each char of a,
     * the separator '@' and b.
     */
    static long hash(char[] a, char[] b) {
        long h = firstHalf(a);
        for (char c : b) {
            h = mix(h, c);
        }
        return h;
    }

    /** The key's state after the first word and the separator. */
    static long firstHalf(char[] a) {
        long h = FNV_OFFSET;
        for (char c : a) {
            h = mix(h, c);
        }
        return mix(h, WORD_SEPARATOR);
    }

    private static long mix(long h, char c) {
        h = (h ^ (c & 0xff)) * FNV_PRIME;
        return (h ^ (c >> 8)) * FNV_PRIME;
    }

    private void put(long key, int frequency) {
        int bit = filterBit(key);
        filter[bit >>> 6] |= 1L << bit;
        int slot = slot(key);
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        frequencies[slot] = frequency;
    }

    private static int filterBit(long key) {
        return (int) (key >>> (64 - FILTER_BITS));
    }

    private int slot(long key) {
        return (int) (key ^ (key >>> 29)) & mask;
    }
}
