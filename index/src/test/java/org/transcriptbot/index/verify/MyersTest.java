package org.transcriptbot.index.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** Myers' bit-parallel scan agrees with the plain dynamic programme (Sellers) it replaces. */
class MyersTest {
    private static int sellers(String p, String t) {
        int m = p.length();
        int[] col = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            col[i] = i;
        }
        int best = col[m];
        for (int j = 0; j < t.length(); j++) {
            int diag = col[0];
            col[0] = 0;
            for (int i = 1; i <= m; i++) {
                int tmp = col[i];
                col[i] =
                        Math.min(
                                Math.min(col[i] + 1, col[i - 1] + 1),
                                diag + (p.charAt(i - 1) == t.charAt(j) ? 0 : 1));
                diag = tmp;
            }
            best = Math.min(best, col[m]);
        }
        return best;
    }

    private static String random(Random r, int n, String alphabet) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    @RepeatedTest(60)
    void agreesWithTheDynamicProgramme(RepetitionInfo info) {
        Random r = new Random(info.getCurrentRepetition());
        String alphabet = info.getCurrentRepetition() % 2 == 0 ? "ab" : "中美关系欧盟发展";
        int m = 1 + r.nextInt(info.getCurrentRepetition() % 3 == 0 ? 200 : 70);
        String p = random(r, m, alphabet);
        String t = random(r, r.nextInt(400), alphabet);
        if (r.nextBoolean() && t.length() > 10) {
            int at = r.nextInt(t.length());
            t = t.substring(0, at) + p + t.substring(at);
        }
        Myers.Best best = new Myers(p).scan(t, 0, t.length(), null);
        assertThat(best.distance()).as("pattern %s text %s", p, t).isEqualTo(sellers(p, t));
    }

    @Test
    void findsAnExactOccurrenceAtDistanceZero() {
        String p = "x".repeat(130) + "yz";
        String t = "abc" + p + "def";
        Myers.Best b = new Myers(p).scan(t, 0, t.length(), null);
        assertThat(b.distance()).isZero();
        assertThat(b.end()).isEqualTo(3 + p.length());
    }
}
