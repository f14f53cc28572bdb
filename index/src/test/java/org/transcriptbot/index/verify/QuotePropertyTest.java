package org.transcriptbot.index.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.model.Passage;

/**
 * Verdicts on quotes made from the real transcript by rule: every sentence as it is (EXACT), with
 * one character changed (NEAR, the change reported), and sentences assembled from pieces of
 * different passages (NOT_FOUND).
 */
class QuotePropertyTest {
    private final QuoteVerifier v = Fixtures.library().verifier();

    private static List<String> sentences() {
        List<String> out = new ArrayList<>();
        for (Passage p : Fixtures.transcript().passages()) {
            for (String s : p.text().split("(?<=[。！？；])")) {
                String t = s.strip();
                if (t.length() >= 14 && t.length() <= 120) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    @Test
    void everySentenceIsExactAndOneChangedCharacterIsNear() {
        Random r = new Random(7);
        String replacement = "甲乙丙丁戊己庚辛";
        int n = 0;
        for (String s : sentences()) {
            assertThat(v.verify(s).verdict()).as(s).isEqualTo(Verdict.EXACT);
            int at = 2 + r.nextInt(s.length() - 4);
            while (!Character.isIdeographic(s.charAt(at)) && at < s.length() - 2) {
                at++;
            }
            String changed =
                    s.substring(0, at)
                            + replacement.charAt(r.nextInt(replacement.length()))
                            + s.substring(at + 1);
            QuoteCheck c = v.verify(changed);
            assertThat(c.verdict()).as(changed).isEqualTo(Verdict.NEAR);
            assertThat(c.differences()).as(changed).isNotEmpty();
            n++;
        }
        assertThat(n).isGreaterThan(80);
    }

    @Test
    void sentencesAssembledFromDifferentPassagesAreNotFound() {
        List<Passage> ps = Fixtures.transcript().passages();
        Random r = new Random(11);
        for (int i = 0; i < 60; i++) {
            StringBuilder q = new StringBuilder();
            for (int k = 0; k < 3; k++) {
                String t = ps.get(r.nextInt(ps.size())).text().replaceAll("[，。、；：！？“”《》\\n]", "");
                int len = 5 + r.nextInt(3);
                int at = r.nextInt(Math.max(1, t.length() - len));
                q.append(t, at, Math.min(t.length(), at + len));
            }
            QuoteCheck c = v.verify(q.toString());
            assertThat(c.verdict()).as(q.toString()).isEqualTo(Verdict.NOT_FOUND);
        }
    }
}
