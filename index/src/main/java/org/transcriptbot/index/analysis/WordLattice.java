package org.transcriptbot.index.analysis;

import java.lang.reflect.InvocationTargetException;
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

    /** Frequency of each Han character as a one-character word (SmartCN's getFrequency). */
    private final int[] single = new int[LAST_HANZI - FIRST_HANZI + 1];

    /** Trie node of each Han character (0: no word starts with it). */
    private final int[] firstNode = new int[LAST_HANZI - FIRST_HANZI + 1];

    /** Han characters on which SmartCN's own lookup fails (it throws; so does this graph). */
    private final boolean[] failing = new boolean[LAST_HANZI - FIRST_HANZI + 1];

    /** SmartCN's words. */
    private final WordTrie trie;

    private final int stringFrequency;
    private final int numberFrequency;
    private final int startFrequency;
    private final int endFrequency;

    private WordLattice(WordTrie trie, SmartCnWordDictionary d)
            throws ReflectiveOperationException {
        this.trie = trie;
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
        SmartCnWordDictionary d = new SmartCnWordDictionary();
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
        WordLattice lattice = new WordLattice(new WordTrie(chars), d);
        for (char c = FIRST_HANZI; c <= LAST_HANZI; c++) {
            try {
                lattice.single[c - FIRST_HANZI] = d.frequency(new char[] {c});
                if (d.prefixMatch(new char[] {c}) != -1) {
                    lattice.firstNode[c - FIRST_HANZI] = lattice.trie.add(0, c);
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
                int node = lattice.trie.add(0, first);
                for (char c : item) {
                    node = lattice.trie.add(node, c);
                }
                char[] word = new char[item.length + 1];
                word[0] = first;
                System.arraycopy(item, 0, word, 1, item.length);
                lattice.trie.word(node, d.frequency(word));
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
    CandidateWords of(String sentence) {
        int length = sentence.length();
        CandidateWords g = new CandidateWords(length);
        g.add(Utility.START_CHAR_ARRAY, -1, 0, WordType.SENTENCE_BEGIN, startFrequency);
        char[] word = new char[Math.max(1, length)];
        int i = 0;
        while (i < length) {
            char ch = sentence.charAt(i);
            int type = CandidateWords.TYPES[ch];
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
                    i =
                            run(
                                    sentence,
                                    i,
                                    g,
                                    CharType.LETTER,
                                    CharType.FULLWIDTH_LETTER,
                                    Utility.STRING_CHAR_ARRAY,
                                    WordType.STRING,
                                    WordType.FULLWIDTH_STRING,
                                    stringFrequency);
                    break;
                case CharType.FULLWIDTH_DIGIT:
                case CharType.DIGIT:
                    i =
                            run(
                                    sentence,
                                    i,
                                    g,
                                    CharType.DIGIT,
                                    CharType.FULLWIDTH_DIGIT,
                                    Utility.NUMBER_CHAR_ARRAY,
                                    WordType.NUMBER,
                                    WordType.FULLWIDTH_NUMBER,
                                    numberFrequency);
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
     * A run of letters (or digits), half- or full-width mixed, from i: one token standing for any
     * string (or number), full-width when any of its chars is; returns where the run ends.
     */
    private static int run(
            String sentence,
            int i,
            CandidateWords g,
            int half,
            int full,
            char[] stands,
            int type,
            int fullType,
            int frequency) {
        boolean fullWidth = false;
        int j = i;
        while (j < sentence.length()) {
            int t = CandidateWords.TYPES[sentence.charAt(j)];
            if (t != half && t != full) {
                break;
            }
            fullWidth |= t == full;
            j++;
        }
        g.add(stands, i, j, fullWidth ? fullType : type, frequency);
        return j;
    }

    /**
     * The words starting with the Han character at i: the character alone, then every longer
     * dictionary word its following Han characters spell (white space between them skipped, as
     * SmartCN does), shortest first.
     */
    private void hanzi(String sentence, int i, CandidateWords g, char[] word) {
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
            if (size > 1 && trie.isWord(node)) {
                char[] chars = new char[size];
                System.arraycopy(word, 0, chars, 0, size);
                g.add(chars, i, j, WordType.CHINESE_WORD, trie.frequency(node));
            }
            while (j < length && CandidateWords.TYPES[sentence.charAt(j)] == CharType.SPACE_LIKE) {
                j++;
            }
            if (j >= length || CandidateWords.TYPES[sentence.charAt(j)] != CharType.HANZI) {
                break;
            }
            char next = sentence.charAt(j);
            word[size++] = next;
            node = trie.child(node, next);
            j++;
        }
    }
}
