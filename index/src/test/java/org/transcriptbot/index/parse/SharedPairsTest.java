package org.transcriptbot.index.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.text.Chinese;

/**
 * The postings count the same shared pairs as merging every pair of sets, visit exactly the pairs
 * that share something, and in the order of an all-pairs loop (i, then j): the real transcript's
 * passages with altered copies (characters on both sides of the signed code order, astral ones,
 * empty and one-pair texts), with and without a minimum number of pairs.
 */
class SharedPairsTest {
    @Test
    void visitsExactlyThePairsSharingSomethingWithTheirCountsInAllPairsOrder() {
        List<String> texts = new ArrayList<>();
        Random random = new Random(7);
        for (Passage p : Fixtures.transcript().passages()) {
            texts.add(p.text());
            char[] altered = p.text().toCharArray();
            for (int k = 0; k < altered.length / 20; k++) {
                altered[random.nextInt(altered.length)] = (char) (0x4e00 + random.nextInt(20000));
            }
            texts.add(new String(altered) + " Ukraine 𠀀𠀁 ﹏﹏");
        }
        texts.addAll(List.of("", "。", "中国", "中国中国", "ab"));
        int[][] codes = new int[texts.size()][];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = Bigrams.of(Chinese.key(texts.get(i)).text());
        }
        for (int minPairs : new int[] {0, 20}) {
            assertSameAsAllPairs(codes, minPairs, 1000);
        }
    }

    /**
     * Texts that each share pairs with only a few others (random characters of a few hundred): the
     * met texts are then sorted rather than walked, and the order must be the same.
     */
    @Test
    void sparselySharingTextsAreVisitedInAllPairsOrderToo() {
        Random random = new Random(11);
        int[][] codes = new int[400][];
        for (int i = 0; i < codes.length; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < 40; k++) {
                text.append((char) (0x4e00 + random.nextInt(300)));
            }
            codes[i] = Bigrams.of(text.toString());
        }
        assertSameAsAllPairs(codes, 0, 500);
    }

    private static void assertSameAsAllPairs(int[][] codes, int minPairs, int atLeast) {
        List<int[]> expected = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            for (int j = i + 1; j < codes.length; j++) {
                int shared = Bigrams.shared(codes[i], codes[j]);
                if (shared > 0 && codes[i].length >= minPairs && codes[j].length >= minPairs) {
                    expected.add(new int[] {i, j, shared});
                }
            }
        }
        List<int[]> visited = new ArrayList<>();
        SharedPairs.forEach(codes, minPairs, (i, j, s) -> visited.add(new int[] {i, j, s}));
        assertThat(visited).as("min pairs " + minPairs).hasSameSizeAs(expected);
        for (int k = 0; k < expected.size(); k++) {
            assertThat(visited.get(k)).as("pair " + k).containsExactly(expected.get(k));
        }
        assertThat(expected).as("pairs sharing something").hasSizeGreaterThan(atLeast);
    }
}
