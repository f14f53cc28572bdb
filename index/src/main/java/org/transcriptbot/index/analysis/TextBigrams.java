package org.transcriptbot.index.analysis;

import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The CJK character pairs of passage texts for the index, and from the same analysis the distinct
 * CJK characters each text holds. The pair field used to hold every character too
 * (CJKBigramFilter's unigrams, two tokens a character where one is a pair): that was half the
 * index's tokens, and the term hash per token is most of the indexing time. What the single
 * characters were for, a one-character query term matching any passage with the character and the
 * number of passages holding a character, needs each character once a passage, without positions or
 * offsets: the characters field. The characters are taken where CJKBigramFilter reads them (the
 * tokens it splits, after the same normalisation), so they are the terms its unigrams were ({@code
 * TextBigramsTest}). One instance per indexing thread; a document's pairs stream is read before its
 * characters stream (Lucene inverts a document's fields in order).
 */
public final class TextBigrams {
    private static final String HAN = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC];
    private static final String HIRAGANA =
            StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HIRAGANA];
    private static final String KATAKANA =
            StandardTokenizer.TOKEN_TYPES[StandardTokenizer.KATAKANA];
    private static final String HANGUL = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HANGUL];

    private final CodePoints seen = new CodePoints();
    private final Analyzer pairs = Analyzers.bigrams(false, Analyzers::english, Tap::new);
    private final CharsStream chars = new CharsStream();

    /** The pairs of a text (as {@code Analyzers.bigrams(false)}), noting its characters. */
    public TokenStream pairs(String field, String text) {
        return pairs.tokenStream(field, text);
    }

    /** The distinct characters of the text whose pairs were read last, in the order met. */
    public TokenStream chars() {
        return chars;
    }

    /**
     * Whether a term is one the characters field holds: one Han, kana or Hangul character (a
     * query's lone CJK character, or a one-character word).
     */
    public static boolean isChar(String term) {
        if (term.isEmpty() || term.codePointCount(0, term.length()) != 1) {
            return false;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(term.codePointAt(0));
        return s == Character.UnicodeScript.HAN
                || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA
                || s == Character.UnicodeScript.HANGUL;
    }

    /**
     * Notes the characters of the tokens CJKBigramFilter splits into characters (Han, kana and
     * Hangul tokens; their characters are its unigrams), passing every token on unchanged.
     */
    private final class Tap extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);

        Tap(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws java.io.IOException {
            if (!input.incrementToken()) {
                return false;
            }
            // compared as CJKBigramFilter compares them: the tokenizer's own constants
            String t = type.type();
            if (t == HAN || t == HIRAGANA || t == KATAKANA || t == HANGUL) {
                char[] b = term.buffer();
                int n = term.length();
                for (int i = 0; i < n; ) {
                    int cp = Character.codePointAt(b, i, n);
                    seen.add(cp);
                    i += Character.charCount(cp);
                }
            }
            return true;
        }

        @Override
        public void reset() throws java.io.IOException {
            super.reset();
            seen.clear();
        }
    }

    /** The noted characters as tokens. */
    private final class CharsStream extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private int next;

        @Override
        public void reset() {
            next = 0;
        }

        @Override
        public boolean incrementToken() {
            if (next >= seen.size) {
                return false;
            }
            clearAttributes();
            int cp = seen.order[next++];
            term.setEmpty();
            if (Character.isBmpCodePoint(cp)) {
                term.append((char) cp);
            } else {
                term.append(Character.highSurrogate(cp)).append(Character.lowSurrogate(cp));
            }
            return true;
        }
    }

    /**
     * A set of code points in the order added, cleared for every text: a passage has some dozens of
     * distinct characters, so an open-addressed table of ints, not a set of boxed Integers.
     */
    static final class CodePoints {
        private int[] table = new int[256];
        private int[] order = new int[128];
        private int size;

        void add(int cp) {
            int key = cp + 1; // 0 marks an empty slot
            int i = slot(table, key);
            if (table[i] == key) {
                return;
            }
            table[i] = key;
            if (size == order.length) {
                order = Arrays.copyOf(order, size * 2);
            }
            order[size++] = cp;
            if (size * 2 > table.length) {
                table = new int[table.length * 2];
                for (int k = 0; k < size; k++) {
                    table[slot(table, order[k] + 1)] = order[k] + 1;
                }
            }
        }

        /** Where a key is in the table, or the empty slot where it goes. */
        private static int slot(int[] table, int key) {
            int mask = table.length - 1;
            int i = (key * 0x9E3779B9) >>> 8 & mask;
            while (table[i] != 0 && table[i] != key) {
                i = (i + 1) & mask;
            }
            return i;
        }

        void clear() {
            if (size > 0) {
                Arrays.fill(table, 0);
                size = 0;
            }
        }

        int size() {
            return size;
        }
    }
}
