package org.transcriptbot.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;
import org.transcriptbot.index.Fixtures;

/**
 * The words of sentences seen before, replayed from the cache, are exactly SmartCN's: every real
 * transcript of the repository (whole files, so sentences cross the tokenizer's buffer, and line by
 * line, as passages), analysed by the word analyzer and by the same chain with SmartCN's own
 * tokenizer, give the same terms, offsets, types, positions and final offset.
 */
class CachedChineseTokenizerTest {
    @Test
    void cachedWordsAreSmartCnsWordsOverEveryRealTranscript() throws IOException {
        List<String> texts = realTexts();
        Analyzer smartCn =
                Analyzers.normalised(
                        () -> {
                            HMMChineseTokenizer t = new HMMChineseTokenizer();
                            return new Analyzer.TokenStreamComponents(t, t);
                        });
        SentenceWords sentences = new SentenceWords();
        Analyzer cached =
                Analyzers.normalised(
                        () -> {
                            CachedChineseTokenizer t = new CachedChineseTokenizer(sentences);
                            return new Analyzer.TokenStreamComponents(t, t);
                        });
        long tokens = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (String text : texts) {
                List<String> expected = tokens(smartCn, text);
                assertThat(tokens(cached, text)).as(text).isEqualTo(expected);
                tokens += expected.size();
            }
        }
        assertThat(sentences.segmented()).isPositive().isLessThan(sentences.lookedUp() / 2);
        assertThat(tokens).isGreaterThan(50_000);
    }

    @Test
    void aFullCacheStartsAgainAndStillGivesTheSameWords() throws IOException {
        SentenceWords sentences = new SentenceWords(3);
        Analyzer cached =
                Analyzers.normalised(
                        () -> {
                            CachedChineseTokenizer t = new CachedChineseTokenizer(sentences);
                            return new Analyzer.TokenStreamComponents(t, t);
                        });
        String text = "中方的立场是一贯的。我们支持和谈！Ukraine talks go on. 第三句话？第四句话。";
        List<String> first = tokens(cached, text);
        assertThat(sentences.size()).isLessThanOrEqualTo(3);
        assertThat(tokens(cached, text)).isEqualTo(first).contains("立场[3-5]word+1/1");
    }

    /** Every real transcript of the repository whole, then each of its lines. */
    static List<String> realTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        texts.add(Fixtures.rawText());
        try (Stream<Path> files = Files.walk(Fixtures.projectRoot().resolve("eval"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                texts.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
            }
        }
        List<String> lines = new ArrayList<>(texts);
        for (String text : texts) {
            lines.addAll(text.lines().filter(l -> !l.isBlank()).toList());
        }
        return lines;
    }

    /** Each token as term[start-end]type+increment/length, then the final offset. */
    static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        return tokens(analyzer.tokenStream("t", text));
    }

    /** {@link #tokens(Analyzer, String)} of a stream (closed here). */
    static List<String> tokens(TokenStream stream) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = stream) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(
                        term
                                + "["
                                + offsets.startOffset()
                                + "-"
                                + offsets.endOffset()
                                + "]"
                                + type.type()
                                + "+"
                                + inc.getPositionIncrement()
                                + "/"
                                + len.getPositionLength());
            }
            ts.end();
            out.add("end " + offsets.endOffset());
        }
        return out;
    }
}
