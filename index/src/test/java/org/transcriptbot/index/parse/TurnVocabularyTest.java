package org.transcriptbot.index.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.transcriptbot.index.AllTranscripts;
import org.transcriptbot.index.eval.SpliceEval.Source;

/**
 * The vocabulary counts a paragraph's terms in one pass over its text instead of adding up its
 * clauses' terms: the same counts, as no term spans two clauses. Checked over every line of every
 * transcript of the repository and 20,000 random texts of the characters that matter (clause ends,
 * closing quotes and brackets, digits around commas and colons, Latin letters, Han characters,
 * Traditional forms, function characters).
 */
class TurnVocabularyTest {
    private static final String CHARS =
            "，。；！？…：,;!?:. ”’」』）)】\"'1234567890abcXYZ中国發展的了是在人民和平合作經濟 \n";

    @Test
    void aParagraphsTermsAreItsClausesTermsAddedUp() {
        List<String> texts = new ArrayList<>();
        for (Source s : AllTranscripts.all()) {
            Charset cs = s.name().contains("gbk") ? Charset.forName("GBK") : StandardCharsets.UTF_8;
            texts.addAll(List.of(new String(s.bytes(), cs).split("\n")));
        }
        Random random = new Random(5);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                text.append(CHARS.charAt(random.nextInt(CHARS.length())));
            }
            texts.add(text.toString());
        }
        int terms = 0;
        for (String text : texts) {
            Map<String, Integer> summed = new HashMap<>();
            for (Clauses.Clause c : Clauses.of(text)) {
                c.terms().forEach((term, n) -> summed.merge(term, n, Integer::sum));
            }
            assertThat(Terms.of(text)).as(text).isEqualTo(summed);
            terms += summed.size();
        }
        assertThat(terms).isGreaterThan(40_000);
    }
}
