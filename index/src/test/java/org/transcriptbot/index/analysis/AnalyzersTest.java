package org.transcriptbot.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.junit.jupiter.api.Test;
import org.transcriptbot.index.AllTranscripts;
import org.transcriptbot.index.eval.SpliceEval.Source;

/**
 * The English filters (possessives, stop words, Porter stems) applied only to tokens holding an
 * ASCII character or an apostrophe give the same tokens as applying them to every token: terms,
 * types, position increments (a dropped stop word's gap moves to the next token), offsets and the
 * end offset, for every analysis chain, over every transcript of the repository and English and
 * mixed text written to exercise each filter.
 */
class AnalyzersTest {
    private static final List<String> ODD =
            List.of(
                    "The minister's remarks were the strongest of the year, and it's the third time.",
                    "China’s and the EU＇s positions; Ｔｈｅ ＦＯＲＥＩＧＮ Ｍｉｎｉｓｔｅｒ’Ｓ visits.",
                    "中方的立场 is the same as it was: 我们 stand with the people of 乌克兰 and Ukraine's.",
                    "G20峰会 COVID-19疫情 5G网络 a 的 the 了 an 和 of 一带一路 ran running runs",
                    "é café naïve Москва сказал ελληνικά 東京の人々 한국어 문장",
                    "the the the a an and or 的 的 了",
                    "",
                    "   \n\t ",
                    "s 's ’s ＇s 'S ss sss ies eed ing ed y ly");

    @Test
    void englishFiltersOnlyWhereATokenMayBeEnglishGiveTheSameTokens() throws IOException {
        List<String> texts = new ArrayList<>(ODD);
        for (Source s : AllTranscripts.all()) {
            Charset cs = s.name().contains("gbk") ? Charset.forName("GBK") : StandardCharsets.UTF_8;
            String text = new String(s.bytes(), cs);
            texts.add(text);
            texts.addAll(List.of(text.split("\n")));
        }
        UnaryOperator<TokenStream> all = Analyzers::englishFilters;
        UnaryOperator<TokenStream> some = Analyzers::english;
        List<Analyzer[]> pairs =
                List.of(
                        new Analyzer[] {Analyzers.words(all), Analyzers.words(some)},
                        new Analyzer[] {
                            Analyzers.bigrams(true, all), Analyzers.bigrams(true, some)
                        },
                        new Analyzer[] {
                            Analyzers.bigrams(false, all), Analyzers.bigrams(false, some)
                        },
                        new Analyzer[] {Analyzers.latinWords(all), Analyzers.latinWords(some)});
        int tokens = 0;
        for (Analyzer[] pair : pairs) {
            for (String text : texts) {
                // CachedChineseTokenizerTest's form: term, offsets, type, increment, length, and
                // the end's offset, not its increment (ConditionalTokenFilter ends its filters
                // last when the last token went through them, which sets the increment anew;
                // indexing adds it after the last token, which nothing reads)
                List<String> expected = CachedChineseTokenizerTest.tokens(pair[0], text);
                assertThat(CachedChineseTokenizerTest.tokens(pair[1], text))
                        .as(text)
                        .isEqualTo(expected);
                tokens += expected.size();
            }
        }
        assertThat(tokens).isGreaterThan(100_000);
    }

    @Test
    void englishWordsAreStillStemmedAndStopWordsDropped() throws IOException {
        assertThat(terms(Analyzers.words(), ODD.get(0)))
                .contains("minist", "remark", "strongest", "year", "third", "time")
                .doesNotContain("the", "it", "and", "of", "minister's");
        assertThat(terms(Analyzers.bigrams(true), "China’s policies"))
                .containsExactly("china", "polici");
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        for (String t : CachedChineseTokenizerTest.tokens(analyzer, text)) {
            if (!t.startsWith("end ")) {
                out.add(t.substring(0, t.lastIndexOf('[')));
            }
        }
        return out;
    }
}
