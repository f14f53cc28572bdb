package org.transcriptbot.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.analysis.CharPairs;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.parse.Bigrams;
import org.transcriptbot.index.text.Chinese;

/**
 * The near-duplicate groups' pair codes (Bigrams of the passage's key) are CharPairs' sets in
 * another form: over every pair of passages of the real transcript (and a passage against itself
 * changed a little), the same set sizes and exactly the same Dice coefficient.
 */
class NearDuplicatePairsTest {
    @Test
    void pairCodesGiveCharPairsSizesAndDiceExactly() {
        List<String> texts = new ArrayList<>();
        for (Passage p : Fixtures.transcript().passages()) {
            texts.add(p.text());
            texts.add(p.text().replace('的', '地') + " Ukraine 𠀀𠀁");
        }
        texts.add("");
        texts.add("。");
        int near = 0;
        for (String a : texts) {
            Set<String> setA = CharPairs.of(a);
            int[] codesA = pairCodes(a);
            assertThat(codesA).hasSize(setA.size());
            for (String b : texts) {
                float dice = CharPairs.dice(setA, CharPairs.of(b));
                assertThat(dice(codesA, pairCodes(b))).as(a + " / " + b).isEqualTo(dice);
                near += dice >= 0.8f && !a.equals(b) ? 1 : 0;
            }
        }
        assertThat(near).as("near-duplicate pairs among the texts").isPositive();
    }

    private static int[] pairCodes(String text) {
        return Bigrams.of(Chinese.key(text).text());
    }

    private static float dice(int[] a, int[] b) {
        return a.length == 0 || b.length == 0
                ? 0
                : 2f * Bigrams.shared(a, b) / (a.length + b.length);
    }
}
