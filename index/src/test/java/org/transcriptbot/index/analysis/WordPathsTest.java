package org.transcriptbot.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;
import org.junit.jupiter.api.Test;

/**
 * The fast word-pair step gives SmartCN's own segmentation, token for token (characters, offsets,
 * type, weight, index): every sentence and line of every real transcript of the repository, the
 * same with characters replaced at random (sentences SmartCN's dictionaries do not know), and odd
 * input (empty, punctuation only, letters, digits, full-width forms, astral characters). The
 * word-pair table gives the bigram dictionary's frequencies and keys.
 */
class WordPathsTest {
    private static final String SMARTCN = "org.apache.lucene.analysis.cn.smart.hhmm.";

    @Test
    void theSameTokensAsSmartCnOverEveryRealSentenceAndAlteredCopies() throws IOException {
        assertThat(WordPaths.fast()).as("the fast path is in use").isTrue();
        HHMMSegmenter smartCn = new HHMMSegmenter();
        WordPaths paths = new WordPaths();
        long tokens = 0;
        for (String sentence : sentences()) {
            List<String> expected = describe(smartCn.process(sentence));
            assertThat(describe(paths.process(sentence))).as(sentence).isEqualTo(expected);
            tokens += expected.size();
        }
        assertThat(tokens).isGreaterThan(100_000);
    }

    @Test
    void pairFrequenciesAndKeysAreTheBigramDictionarys() throws Exception {
        Class<?> dictionary = Class.forName(SMARTCN + "BigramDictionary");
        Method instance = dictionary.getDeclaredMethod("getInstance");
        instance.setAccessible(true);
        Object loaded = instance.invoke(null);
        Method frequency = dictionary.getDeclaredMethod("getFrequency", char[].class);
        Method hash =
                Class.forName(SMARTCN + "AbstractDictionary")
                        .getDeclaredMethod("hash1", char[].class);
        frequency.setAccessible(true);
        hash.setAccessible(true);
        WordPairFrequencies pairs = WordPairFrequencies.load();
        String[] words = {"中国", "人民", "我们", "发展", "的", "是", "一", "国家", "合作", "乌克兰", "a", "𠀀", "１"};
        int known = 0;
        for (String a : words) {
            for (String b : words) {
                char[] joined = (a + "@" + b).toCharArray();
                assertThat(WordPairFrequencies.hash(a.toCharArray(), b.toCharArray()))
                        .isEqualTo(hash.invoke(loaded, (Object) joined));
                int expected = (int) frequency.invoke(loaded, (Object) joined);
                assertThat(pairs.frequency(a.toCharArray(), b.toCharArray()))
                        .as(a + "@" + b)
                        .isEqualTo(expected);
                known += expected > 0 ? 1 : 0;
            }
        }
        assertThat(known).as("pairs the dictionary knows").isGreaterThan(10);
    }

    static List<String> sentences() throws IOException {
        List<String> texts = CachedChineseTokenizerTest.realTexts();
        List<String> out = new ArrayList<>();
        Random random = new Random(11);
        for (String text : texts) {
            for (String line : text.lines().filter(l -> !l.isBlank()).toList()) {
                out.add(line);
                out.addAll(List.of(line.split("(?<=[。！？!?；;])")));
                char[] altered = line.toCharArray();
                for (int k = 0; k < Math.max(1, altered.length / 12); k++) {
                    altered[random.nextInt(altered.length)] =
                            (char) (0x4e00 + random.nextInt(0x9fa5 - 0x4e00));
                }
                out.add(new String(altered));
            }
        }
        out.addAll(
                List.of(
                        "",
                        " ",
                        "。",
                        "，，，",
                        "abc",
                        "ＡＢＣ１２３",
                        "2022年3月7日",
                        "COVID-19疫情",
                        "𠀀𠀁中国𠀂",
                        "中",
                        "中国",
                        "\t中 国\n",
                        "﹏﹏"));
        return out;
    }

    private static List<String> describe(List<SegToken> tokens) {
        List<String> out = new ArrayList<>();
        for (SegToken t : tokens) {
            out.add(
                    new String(t.charArray)
                            + "["
                            + t.startOffset
                            + "-"
                            + t.endOffset
                            + "]"
                            + t.wordType
                            + "/"
                            + t.weight
                            + "#"
                            + t.index);
        }
        return out;
    }
}
