package org.transcriptbot.index.analysis;

import com.ibm.icu.text.Normalizer2;
import java.io.Reader;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.transcriptbot.index.text.Chinese;

/**
 * The analysis chains, index and query side alike: width and case folding (NFKC casefold) and
 * Traditional to Simplified folding happen in char filters before the tokenizer (so SmartCN sees
 * Simplified text and highlight offsets still point into the original); then SmartCN words, or CJK
 * bigrams.
 */
public final class Analyzers {
    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
    private static final CharArraySet SMARTCN_STOP = SmartChineseAnalyzer.getDefaultStopSet();

    private Analyzers() {}

    static Reader normalise(Reader reader) {
        return new MappingCharFilter(
                Chinese.traditionalToSimplifiedMap(),
                new ICUNormalizer2CharFilter(reader, NFKC_CF));
    }

    /**
     * An analyzer whose text goes through the normalising char filters first (the same for
     * indexing, querying, synonyms and normalisation), with the given tokenizer chain.
     */
    static Analyzer normalised(java.util.function.Supplier<Analyzer.TokenStreamComponents> chain) {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return normalise(reader);
            }

            @Override
            protected Reader initReaderForNormalization(String fieldName, Reader reader) {
                return normalise(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return chain.get();
            }
        };
    }

    /**
     * SmartCN words, punctuation dropped; English words go through EnglishAnalyzer's chain
     * (possessives, stop words, Porter stems), so an English passage is analysed as English and
     * "the" or "a" never match. The analyzer's threads share one {@link SentenceWords}, so a
     * sentence it has segmented before is not segmented again.
     */
    public static Analyzer words() {
        return words(Analyzers::english);
    }

    /** {@link #words()} with the given English filters (a test compares two). */
    static Analyzer words(UnaryOperator<TokenStream> english) {
        SentenceWords sentences = new SentenceWords();
        return normalised(
                () -> {
                    Tokenizer tokenizer = new CachedChineseTokenizer(sentences);
                    TokenStream ts = new LowerCaseFilter(tokenizer);
                    ts = new StopFilter(ts, SMARTCN_STOP);
                    return new Analyzer.TokenStreamComponents(tokenizer, english.apply(ts));
                });
    }

    /**
     * EnglishAnalyzer's filters after tokenizing (possessives, stop words, Porter stems), applied
     * only to tokens that hold an ASCII character or an apostrophe: every rule of the three needs
     * one (an ASCII stop word, an 's after an apostrophe, an ASCII suffix), so a Chinese token
     * would come out unchanged, and skipping them saves three filters a token for most of a Chinese
     * text ({@code AnalyzersTest} compares with the filters applied to every token).
     */
    static TokenStream english(TokenStream ts) {
        return new ConditionalTokenFilter(ts, Analyzers::englishFilters) {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

            @Override
            protected boolean shouldFilter() {
                return mayBeEnglish(term.buffer(), term.length());
            }
        };
    }

    /** EnglishAnalyzer's filters, for every token. */
    static TokenStream englishFilters(TokenStream ts) {
        TokenStream out = new EnglishPossessiveFilter(ts);
        out = new StopFilter(out, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return new PorterStemFilter(out);
    }

    /** True when the term holds an ASCII character or an apostrophe (’ or ＇). */
    static boolean mayBeEnglish(char[] chars, int length) {
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c < 0x80 || c == '\u2019' || c == '\uff07') {
                return true;
            }
        }
        return false;
    }

    /**
     * CJK bigrams; with unigrams, every character as well (the index's pair fields leave them out:
     * {@link TextBigrams} indexes each character of a passage once, in a field of its own).
     */
    public static Analyzer bigrams(boolean unigrams) {
        return bigrams(unigrams, Analyzers::english);
    }

    /** {@link #bigrams(boolean)} with the given English filters (a test compares two). */
    static Analyzer bigrams(boolean unigrams, UnaryOperator<TokenStream> english) {
        return bigrams(unigrams, english, UnaryOperator.identity());
    }

    /**
     * {@link #bigrams(boolean, UnaryOperator)} with a filter that sees the tokens just before
     * CJKBigramFilter (TextBigrams notes their characters there).
     */
    static Analyzer bigrams(
            boolean unigrams,
            UnaryOperator<TokenStream> english,
            UnaryOperator<TokenStream> beforePairs) {
        return normalised(
                () -> {
                    Tokenizer tokenizer = new StandardTokenizer();
                    TokenStream ts = new CJKWidthFilter(tokenizer);
                    ts = beforePairs.apply(new LowerCaseFilter(ts));
                    ts =
                            new CJKBigramFilter(
                                    ts,
                                    CJKBigramFilter.HAN
                                            | CJKBigramFilter.HIRAGANA
                                            | CJKBigramFilter.KATAKANA
                                            | CJKBigramFilter.HANGUL,
                                    unigrams);
                    return new Analyzer.TokenStreamComponents(tokenizer, english.apply(ts));
                });
    }

    /**
     * Standard words with the English chain: cheap, for the English words and numbers of a text.
     */
    public static Analyzer latinWords() {
        return latinWords(Analyzers::english);
    }

    /** {@link #latinWords()} with the given English filters (a test compares two). */
    static Analyzer latinWords(UnaryOperator<TokenStream> english) {
        return normalised(
                () -> {
                    Tokenizer tokenizer = new StandardTokenizer();
                    return new Analyzer.TokenStreamComponents(
                            tokenizer, english.apply(new LowerCaseFilter(tokenizer)));
                });
    }

    /**
     * Loads SmartCN's dictionaries and ICU's normalisation data (about a second on a cold JVM), so
     * it can run beside the parsing of the transcripts instead of after it.
     */
    public static Thread warmUpInBackground() {
        Thread t =
                new Thread(
                        () -> {
                            for (Analyzer a : new Analyzer[] {words(), bigrams(false)}) {
                                try (a;
                                        TokenStream ts = a.tokenStream("warm", "中方对乌克兰问题的立场")) {
                                    ts.reset();
                                    while (ts.incrementToken()) {
                                        // just load
                                    }
                                    ts.end();
                                } catch (java.io.IOException | RuntimeException e) {
                                    // the real analysis reports problems
                                }
                            }
                        },
                        "analysis-warm-up");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Per-field analyzer for indexing. */
    public static Analyzer indexing() {
        Analyzer words = words();
        Analyzer bigrams = bigrams(false);
        return new org.apache.lucene.analysis.DelegatingAnalyzerWrapper(
                Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return fieldName.endsWith("_bi") ? bigrams : words;
            }
        };
    }
}
