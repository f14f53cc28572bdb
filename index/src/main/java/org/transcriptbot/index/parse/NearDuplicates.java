package org.transcriptbot.index.parse;

import java.util.List;
import org.transcriptbot.index.model.Anomaly;
import org.transcriptbot.index.model.Location;
import org.transcriptbot.index.model.Passage;

/**
 * Passages that differ in a few characters only (e.g. "中俄是…" and "中欧是…"), worth a moderator's look:
 * a Dice coefficient of character pairs of at least 0.8. The shared pairs of every candidate pair
 * are counted through postings from character pair to passages (SharedPairs), so only passages that
 * share pairs are ever compared (no all-pairs loop); the counts are exact, so the result is the
 * same as comparing every pair.
 */
final class NearDuplicates {
    private static final int MIN_PAIRS = 20;
    private static final double MIN_DICE = 0.8;

    private NearDuplicates() {}

    static void report(List<Passage> passages, Keys keys, List<Anomaly> anomalies) {
        int[][] grams = new int[passages.size()][];
        for (int i = 0; i < grams.length; i++) {
            grams[i] = Bigrams.of(keys.of(passages.get(i).text()));
        }
        SharedPairs.forEach(
                grams,
                MIN_PAIRS,
                (i, j, shared) -> check(passages, grams, i, j, shared, anomalies));
    }

    private static void check(
            List<Passage> passages,
            int[][] grams,
            int i,
            int j,
            int shared,
            List<Anomaly> anomalies) {
        int a = grams[i].length;
        int b = grams[j].length;
        if (Math.min(a, b) * 10 < Math.max(a, b) * 8) {
            return;
        }
        double dice = 2.0 * shared / (a + b);
        if (dice >= MIN_DICE) {
            Location la = passages.get(i).location();
            Location lb = passages.get(j).location();
            anomalies.add(
                    new Anomaly(
                            Anomaly.Kind.NEAR_DUPLICATE,
                            lb.firstLine(),
                            lb.lastLine(),
                            String.format(
                                    "nearly repeats lines %d-%d (%.0f%% of character pairs shared) but differs in wording",
                                    la.firstLine(), la.lastLine(), dice * 100)));
        }
    }
}
