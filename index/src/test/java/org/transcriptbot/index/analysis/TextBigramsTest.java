package org.transcriptbot.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

/**
 * The index's pair field and characters field from one analysis: the pairs are exactly the bigram
 * analyzer's without unigrams (terms, offsets, types, increments, lengths), and the characters
 * exactly the distinct terms of its unigrams, in order, over every real transcript line and text
 * written to reach each branch (Traditional characters and radicals the normalisation folds,
 * half-width kana, Hangul, characters outside the BMP, English and numbers between).
 */
public class TextBigramsTest {
    private static final List<String> ODD =
            List.of(
                    "中方對烏克蘭問題的立場 ⼀⼆⼈ 丶 國際社會",
                    "ｶﾀｶﾅ カタカナ ひらがな 한국어 문장 ㄱ 東京の人々",
                    "𠀀𪚥 中𠀀国 a𪚥b 𠀀",
                    "中\u0301国 e\u0301 美、日、韩 5月3日 G20峰会 COVID-19疫情",
                    "美 乌 美方 乌克兰 美 美 美",
                    "English only, no CJK at all: the minister's remarks.",
                    "",
                    " \n ");

    @Test
    void pairsAreTheBigramAnalyzersAndCharactersItsUnigrams() throws IOException {
        List<String> texts = new ArrayList<>(ODD);
        texts.addAll(CachedChineseTokenizerTest.realTexts());
        TextBigrams both = new TextBigrams();
        Analyzer pairs = Analyzers.bigrams(false);
        Analyzer withUnigrams = Analyzers.bigrams(true);
        int chars = 0;
        for (String text : texts) {
            assertThat(CachedChineseTokenizerTest.tokens(both.pairs("f", text)))
                    .as(text)
                    .isEqualTo(CachedChineseTokenizerTest.tokens(pairs, text));
            List<String> expected = unigrams(withUnigrams, text);
            assertThat(terms(both.chars())).as(text).isEqualTo(expected);
            chars += expected.size();
        }
        assertThat(chars).isGreaterThan(10_000);
    }

    @Test
    void aTextsCharactersAreNotCarriedIntoTheNext() throws IOException {
        TextBigrams both = new TextBigrams();
        CachedChineseTokenizerTest.tokens(both.pairs("f", "美方表示"));
        assertThat(terms(both.chars())).containsExactly("美", "方", "表", "示");
        CachedChineseTokenizerTest.tokens(both.pairs("f", "no Chinese here"));
        assertThat(terms(both.chars())).isEmpty();
        CachedChineseTokenizerTest.tokens(both.pairs("f", "乌"));
        assertThat(terms(both.chars())).containsExactly("乌");
    }

    @Test
    void aCharacterIsOneHanKanaOrHangulCodePoint() {
        assertThat(TextBigrams.isChar("美")).isTrue();
        assertThat(TextBigrams.isChar("𪚥")).isTrue();
        assertThat(TextBigrams.isChar("か")).isTrue();
        assertThat(TextBigrams.isChar("한")).isTrue();
        assertThat(TextBigrams.isChar("美方")).isFalse();
        assertThat(TextBigrams.isChar("a")).isFalse();
        assertThat(TextBigrams.isChar("5")).isFalse();
        assertThat(TextBigrams.isChar("")).isFalse();
    }

    @Test
    void theCodePointSetKeepsEachOnceInOrderThroughGrowth() {
        TextBigrams.CodePoints set = new TextBigrams.CodePoints();
        for (int round = 0; round < 2; round++) {
            for (int cp = 0x4E00; cp < 0x4E00 + 5_000; cp++) {
                set.add(cp);
                set.add(cp);
            }
            assertThat(set.size()).isEqualTo(5_000);
            set.clear();
            assertThat(set.size()).isZero();
        }
    }

    /** The distinct single-character terms of an analysis with unigrams, in order. */
    public static List<String> unigrams(Analyzer analyzer, String text) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream("t", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (type.type().equals("<SINGLE>")) {
                    out.add(term.toString());
                }
            }
            ts.end();
        }
        return new ArrayList<>(out);
    }

    private static List<String> terms(TokenStream ts) throws IOException {
        List<String> out = new ArrayList<>();
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
            out.add(term.toString());
        }
        ts.end();
        return out;
    }
}
