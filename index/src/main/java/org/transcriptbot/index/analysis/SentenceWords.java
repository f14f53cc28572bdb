package org.transcriptbot.index.analysis;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.lucene.analysis.cn.smart.WordType;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;
import org.apache.lucene.analysis.cn.smart.hhmm.SegTokenFilter;

/**
 * SmartCN's words of a sentence, kept for sentences seen before. SmartCN segments a text sentence
 * by sentence and a sentence's words do not depend on the text around it, while press conferences
 * repeat sentences (boilerplate, statements pasted again, the same question in every paragraph's
 * context), so a repeated sentence is looked up instead of segmented again (the word-bigram lookups
 * of the HHMM segmenter are most of the indexing time). Shared by the threads of one analyzer;
 * bounded: when full, it starts again empty. Thread-safe.
 *
 * <p>Segmenting a sentence is what SmartCN's package-private {@code WordSegmenter} does (the HHMM
 * segmenter's tokens, whose word-pair step WordPaths does faster, without its sentence-start and
 * -end markers, letters and digits taken from the sentence, then SegTokenFilter's folding),
 * repeated here because that class cannot be reached; {@code CachedChineseTokenizerTest} checks the
 * result against {@code HMMChineseTokenizer} over every real transcript.
 */
final class SentenceWords {
    /** About 20-40 MB of sentences and words at most. */
    static final int MAX_SENTENCES = 60_000;

    private final Map<String, Words> bySentence = new ConcurrentHashMap<>();
    private final WordPaths segmenter = new WordPaths();
    private final SegTokenFilter filter = new SegTokenFilter();
    private final int maxSentences;
    private final LongAdder lookedUp = new LongAdder();
    private final LongAdder segmented = new LongAdder();

    SentenceWords() {
        this(MAX_SENTENCES);
    }

    SentenceWords(int maxSentences) {
        this.maxSentences = maxSentences;
    }

    /**
     * The words of a sentence: their characters one after another, and for each word where its
     * characters end in that array and its start and end offsets within the sentence.
     */
    record Words(char[] chars, int[] ends, int[] starts, int[] stops) {
        int count() {
            return ends.length;
        }

        int charStart(int word) {
            return word == 0 ? 0 : ends[word - 1];
        }
    }

    Words of(String sentence) {
        lookedUp.increment();
        Words known = bySentence.get(sentence);
        if (known != null) {
            return known;
        }
        segmented.increment();
        Words words = segment(sentence);
        if (bySentence.size() >= maxSentences) {
            bySentence.clear();
        }
        bySentence.put(sentence, words);
        return words;
    }

    /** How many sentences were asked for. */
    long lookedUp() {
        return lookedUp.sum();
    }

    /** How many of them were segmented (not found). */
    long segmented() {
        return segmented.sum();
    }

    /** How many sentences are kept. */
    int size() {
        return bySentence.size();
    }

    private Words segment(String sentence) {
        List<SegToken> tokens = segmenter.process(sentence);
        List<SegToken> inner = tokens.size() > 2 ? tokens.subList(1, tokens.size() - 1) : List.of();
        StringBuilder chars = new StringBuilder();
        int[] ends = new int[inner.size()];
        int[] starts = new int[inner.size()];
        int[] stops = new int[inner.size()];
        for (int i = 0; i < inner.size(); i++) {
            SegToken t = inner.get(i);
            if (takesTextFromSentence(t.wordType)) {
                t.charArray = sentence.substring(t.startOffset, t.endOffset).toCharArray();
            }
            t = filter.filter(t);
            chars.append(t.charArray);
            ends[i] = chars.length();
            starts[i] = t.startOffset;
            stops[i] = t.endOffset;
        }
        char[] all = new char[chars.length()];
        chars.getChars(0, all.length, all, 0);
        return new Words(all, ends, starts, stops);
    }

    private static boolean takesTextFromSentence(int wordType) {
        return wordType == WordType.STRING
                || wordType == WordType.NUMBER
                || wordType == WordType.FULLWIDTH_STRING
                || wordType == WordType.FULLWIDTH_NUMBER;
    }
}
