package org.transcriptbot.index.analysis;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.apache.lucene.analysis.cn.smart.CharType;
import org.apache.lucene.analysis.cn.smart.Utility;
import org.apache.lucene.analysis.cn.smart.WordType;

/**
 * SmartCN's candidate words of a sentence (what {@code HHMMSegmenter.createSegGraph} builds, the
 * same tokens in the same order), looked up in a trie of SmartCN's word dictionary instead of its
 * own lookups. SmartCN finds the words starting at each character by binary searches over the
 * sorted words sharing that first character (a double-hashed table for the character, then one
 * search for every longer prefix and one more for every word's frequency, each comparing char
 * arrays), and builds a map of lists of token objects; that was 15 % of the samples of a cold start
 * at 10,000 transcripts. Here a prefix is one probe of a hash table keyed by (trie node,
 * character), and the graph is a few arrays.
 *
 * <p>The dictionary's words and frequencies are read once from SmartCN's loaded dictionary (its
 * fields are private; Lucene is pinned), and every number SmartCN would compute is taken from
 * SmartCN itself while the trie is built: each word's frequency from its {@code getFrequency}
 * (which returns the one binary search finds when a word is listed twice), each character's from
 * the same, whether a character starts any word from its {@code getPrefixMatch}. A prefix is found
 * by SmartCN exactly when it is a prefix of some word (the words sharing a first character are
 * sorted; checked while loading, else SmartCN's own graph is used), and a found prefix is a word
 * exactly when the first word it prefixes is itself. {@code WordLatticeTest} compares every token
 * with SmartCN's graph over every real sentence and altered copies. Thread-safe (read-only).
 */
final class WordLattice {
    private static final int FIRST_HANZI = 0x4E00;
    private static final int LAST_HANZI = 0x9FA5;

    /** SmartCN's type of every char ({@code Utility.getCharType}), looked up once per char. */
    private static final byte[] TYPES = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            TYPES[c] = (byte) Utility.getCharType((char) c);
        }
    }

    /** Frequency of each Han character as a one-character word (SmartCN's getFrequency). */
    private final int[] single = new int[LAST_HANZI - FIRST_HANZI + 1];

    /** Trie node of each Han character (0: no word starts with it). */
    private final int[] firstNode = new int[LAST_HANZI - FIRST_HANZI + 1];

    /** Han characters on which SmartCN's own lookup fails (it throws; so does this graph). */
    private final boolean[] failing = new boolean[LAST_HANZI - FIRST_HANZI + 1];

    /** Per trie node: the word's frequency (when it is a word). */
    private int[] wordFrequency = new int[1 << 16];

    /** Per trie node: whether it spells a word, not only a prefix of words. */
    private boolean[] isWord = new boolean[1 << 16];

    private int nodes = 1; // node 0: none

    private final long[] childKeys;
    private final int[] children;
    private final int mask;

    private final int stringFrequency;
    private final int numberFrequency;
    private final int startFrequency;
    private final int endFrequency;

    private WordLattice(int capacity, Dictionary d) throws ReflectiveOperationException {
        this.childKeys = new long[capacity];
        this.children = new int[capacity];
        this.mask = capacity - 1;
        this.stringFrequency = d.frequency(Utility.STRING_CHAR_ARRAY);
        this.numberFrequency = d.frequency(Utility.NUMBER_CHAR_ARRAY);
        this.startFrequency = d.frequency(Utility.START_CHAR_ARRAY);
        this.endFrequency = d.frequency(Utility.END_CHAR_ARRAY);
    }

    /**
     * The trie of SmartCN's loaded word dictionary; null when a row of it is not sorted (SmartCN's
     * binary searches would then find what a trie cannot say).
     */
    static WordLattice load() throws ReflectiveOperationException {
        Dictionary d = new Dictionary();
        long chars = 0;
        for (int slot = 0; slot < d.charIndex.length; slot++) {
            char[][] items = d.row(slot);
            if (items == null) {
                continue;
            }
            for (int k = 0; k < items.length; k++) {
                if (k > 0 && Utility.compareArray(items[k - 1], 0, items[k], 0) > 0) {
                    return null;
                }
                chars += items[k] == null ? 1 : items[k].length + 1;
            }
        }
        int capacity = Integer.highestOneBit((int) Math.max(16, chars * 2)) << 1;
        WordLattice lattice = new WordLattice(capacity, d);
        for (char c = FIRST_HANZI; c <= LAST_HANZI; c++) {
            try {
                lattice.single[c - FIRST_HANZI] = d.frequency(new char[] {c});
                if (d.prefixMatch(new char[] {c}) != -1) {
                    lattice.firstNode[c - FIRST_HANZI] = lattice.child(0, c, true);
                }
            } catch (InvocationTargetException e) {
                lattice.failing[c - FIRST_HANZI] = true;
            }
        }
        for (int slot = 0; slot < d.charIndex.length; slot++) {
            char[][] items = d.row(slot);
            if (items == null) {
                continue;
            }
            char first = d.charIndex[slot];
            for (char[] item : items) {
                if (item == null || item.length == 0) {
                    continue;
                }
                int node = lattice.child(0, first, true);
                for (char c : item) {
                    node = lattice.child(node, c, true);
                }
                char[] word = new char[item.length + 1];
                word[0] = first;
                System.arraycopy(item, 0, word, 1, item.length);
                lattice.wordFrequency[node] = d.frequency(word);
                lattice.isWord[node] = true;
            }
        }
        return lattice;
    }

    /**
     * The candidate words of a sentence, SmartCN's sentence-start marker first and its end marker
     * last, ordered by start offset (as {@code SegGraph.makeIndex} numbers them).
     *
     * @throws IllegalStateException where SmartCN's own lookup fails on a character
     */
    Graph of(String sentence) {
        int length = sentence.length();
        Graph g = new Graph(length);
        g.add(Utility.START_CHAR_ARRAY, -1, 0, WordType.SENTENCE_BEGIN, startFrequency);
        char[] word = new char[Math.max(1, length)];
        int i = 0;
        while (i < length) {
            char ch = sentence.charAt(i);
            int type = TYPES[ch];
            int j;
            switch (type) {
                case CharType.SPACE_LIKE:
                    i++;
                    break;
                case CharType.SURROGATE:
                    int count = Character.charCount(Character.codePointAt(sentence, i));
                    char[] chars = new char[count];
                    sentence.getChars(i, i + count, chars, 0);
                    g.add(chars, i, i + count, WordType.CHINESE_WORD, 0);
                    i += count;
                    break;
                case CharType.HANZI:
                    hanzi(sentence, i, g, word);
                    i++;
                    break;
                case CharType.FULLWIDTH_LETTER:
                case CharType.LETTER:
                    boolean fullLetters = type == CharType.FULLWIDTH_LETTER;
                    j = i + 1;
                    while (j < length) {
                        int t = TYPES[sentence.charAt(j)];
                        if (t != CharType.LETTER && t != CharType.FULLWIDTH_LETTER) {
                            break;
                        }
                        fullLetters |= t == CharType.FULLWIDTH_LETTER;
                        j++;
                    }
                    g.add(
                            Utility.STRING_CHAR_ARRAY,
                            i,
                            j,
                            fullLetters ? WordType.FULLWIDTH_STRING : WordType.STRING,
                            stringFrequency);
                    i = j;
                    break;
                case CharType.FULLWIDTH_DIGIT:
                case CharType.DIGIT:
                    boolean fullDigits = type == CharType.FULLWIDTH_DIGIT;
                    j = i + 1;
                    while (j < length) {
                        int t = TYPES[sentence.charAt(j)];
                        if (t != CharType.DIGIT && t != CharType.FULLWIDTH_DIGIT) {
                            break;
                        }
                        fullDigits |= t == CharType.FULLWIDTH_DIGIT;
                        j++;
                    }
                    g.add(
                            Utility.NUMBER_CHAR_ARRAY,
                            i,
                            j,
                            fullDigits ? WordType.FULLWIDTH_NUMBER : WordType.NUMBER,
                            numberFrequency);
                    i = j;
                    break;
                case CharType.DELIMITER:
                    g.add(new char[] {ch}, i, i + 1, WordType.DELIMITER, Utility.MAX_FREQUENCE);
                    i++;
                    break;
                default:
                    g.add(Utility.STRING_CHAR_ARRAY, i, i + 1, WordType.STRING, stringFrequency);
                    i++;
                    break;
            }
        }
        g.add(Utility.END_CHAR_ARRAY, length, length + 1, WordType.SENTENCE_END, endFrequency);
        return g;
    }

    /**
     * The words starting with the Han character at i: the character alone, then every longer
     * dictionary word its following Han characters spell (white space between them skipped, as
     * SmartCN does), shortest first.
     */
    private void hanzi(String sentence, int i, Graph g, char[] word) {
        int length = sentence.length();
        char first = sentence.charAt(i);
        if (failing[first - FIRST_HANZI]) {
            throw new IllegalStateException("SmartCN's dictionary lookup fails on " + first);
        }
        g.add(new char[] {first}, i, i + 1, WordType.CHINESE_WORD, single[first - FIRST_HANZI]);
        int node = firstNode[first - FIRST_HANZI];
        word[0] = first;
        int size = 1;
        int j = i + 1;
        while (node != 0) {
            if (size > 1 && isWord[node]) {
                char[] chars = new char[size];
                System.arraycopy(word, 0, chars, 0, size);
                g.add(chars, i, j, WordType.CHINESE_WORD, wordFrequency[node]);
            }
            while (j < length && TYPES[sentence.charAt(j)] == CharType.SPACE_LIKE) {
                j++;
            }
            if (j >= length || TYPES[sentence.charAt(j)] != CharType.HANZI) {
                break;
            }
            char next = sentence.charAt(j);
            word[size++] = next;
            node = child(node, next, false);
            j++;
        }
    }

    /** The child of a node by a character; with add, created when missing (else 0). */
    private int child(int node, char c, boolean add) {
        long key = ((long) node << 16) | c;
        int slot = slot(key);
        while (children[slot] != 0) {
            if (childKeys[slot] == key) {
                return children[slot];
            }
            slot = (slot + 1) & mask;
        }
        if (!add) {
            return 0;
        }
        int created = nodes++;
        if (created == wordFrequency.length) {
            wordFrequency = java.util.Arrays.copyOf(wordFrequency, created * 2);
            isWord = java.util.Arrays.copyOf(isWord, created * 2);
        }
        childKeys[slot] = key;
        children[slot] = created;
        return created;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /**
     * A sentence's candidate words: characters, offsets, SmartCN word type and frequency (the
     * weight SmartCN gives the token), numbered in order; with, for each start offset, where its
     * words begin in that order.
     */
    static final class Graph {
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

        Graph(int length) {
            firstAt = new int[length + 2];
            endAt = new int[length + 2];
            java.util.Arrays.fill(firstAt, -1);
        }

        void add(char[] c, int start, int end, int type, int weight) {
            if (size == chars.length) {
                int n = size * 2;
                chars = java.util.Arrays.copyOf(chars, n);
                starts = java.util.Arrays.copyOf(starts, n);
                ends = java.util.Arrays.copyOf(ends, n);
                types = java.util.Arrays.copyOf(types, n);
                weights = java.util.Arrays.copyOf(weights, n);
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

    /** SmartCN's loaded word dictionary, through reflection (its class is package-private). */
    private static final class Dictionary {
        final char[] charIndex;
        final short[] wordIndex;
        final char[][][] words;
        private final Object loaded;
        private final Method frequency;
        private final Method prefixMatch;

        Dictionary() throws ReflectiveOperationException {
            Class<?> type =
                    Class.forName("org.apache.lucene.analysis.cn.smart.hhmm.WordDictionary");
            Method instance = type.getDeclaredMethod("getInstance");
            instance.setAccessible(true);
            loaded = instance.invoke(null);
            charIndex = (char[]) field(type, "charIndexTable");
            wordIndex = (short[]) field(type, "wordIndexTable");
            words = (char[][][]) field(type, "wordItem_charArrayTable");
            frequency = type.getDeclaredMethod("getFrequency", char[].class);
            prefixMatch = type.getDeclaredMethod("getPrefixMatch", char[].class);
            frequency.setAccessible(true);
            prefixMatch.setAccessible(true);
        }

        private Object field(Class<?> type, String name) throws ReflectiveOperationException {
            Field f = type.getDeclaredField(name);
            f.setAccessible(true);
            return f.get(loaded);
        }

        /** The words (without their first character) of a slot of the character table. */
        char[][] row(int slot) {
            if (charIndex[slot] == 0 || wordIndex[slot] < 0) {
                return null;
            }
            return words[wordIndex[slot]];
        }

        int frequency(char[] word) throws ReflectiveOperationException {
            return (int) frequency.invoke(loaded, (Object) word);
        }

        int prefixMatch(char[] word) throws ReflectiveOperationException {
            return (int) prefixMatch.invoke(loaded, (Object) word);
        }
    }
}
