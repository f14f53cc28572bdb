package org.transcriptbot.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;
import org.junit.jupiter.api.Test;

/**
 * The candidate words of a sentence are SmartCN's own ({@code HHMMSegmenter.createSegGraph},
 * numbered by {@code SegGraph.makeIndex}): every token's characters, offsets, type and frequency,
 * in the same order, over every sentence and line of the real transcripts, altered copies of them
 * (characters SmartCN's dictionary does not pair), white space inside words, and odd input.
 */
class WordLatticeTest {
    @Test
    void everyCandidateWordIsSmartCnsInSmartCnsOrder() throws Exception {
        WordLattice lattice = WordLattice.load();
        assertThat(lattice).as("SmartCN's dictionary rows are sorted").isNotNull();
        Method create = HHMMSegmenter.class.getDeclaredMethod("createSegGraph", String.class);
        create.setAccessible(true);
        Method makeIndex =
                Class.forName("org.apache.lucene.analysis.cn.smart.hhmm.SegGraph")
                        .getDeclaredMethod("makeIndex");
        makeIndex.setAccessible(true);
        HHMMSegmenter smartCn = new HHMMSegmenter();
        List<String> sentences = new ArrayList<>(WordPathsTest.sentences());
        sentences.addAll(List.of("中华 人民　共和国", "中\t华\n人民", "人民 ", "发展中国家", "中华人民共和国外交部发言人"));
        long tokens = 0;
        long words = 0;
        for (String sentence : sentences) {
            @SuppressWarnings("unchecked")
            List<SegToken> expected =
                    (List<SegToken>) makeIndex.invoke(create.invoke(smartCn, sentence));
            CandidateWords g = lattice.of(sentence);
            List<String> actual = new ArrayList<>();
            for (int i = 0; i < g.size; i++) {
                actual.add(
                        describe(g.chars[i], g.starts[i], g.ends[i], g.types[i], g.weights[i], i));
                words +=
                        g.chars[i].length > 1
                                        && g.types[i]
                                                == org.apache.lucene.analysis.cn.smart.WordType
                                                        .CHINESE_WORD
                                ? 1
                                : 0;
            }
            List<String> want = new ArrayList<>();
            for (SegToken t : expected) {
                want.add(
                        describe(
                                t.charArray,
                                t.startOffset,
                                t.endOffset,
                                t.wordType,
                                t.weight,
                                t.index));
            }
            assertThat(actual).as(sentence).isEqualTo(want);
            tokens += want.size();
        }
        assertThat(tokens).isGreaterThan(200_000);
        assertThat(words).as("dictionary words of two characters or more").isGreaterThan(10_000);
    }

    private static String describe(char[] c, int start, int end, int type, int weight, int index) {
        return new String(c) + "[" + start + "-" + end + "]" + type + "/" + weight + "#" + index;
    }
}
