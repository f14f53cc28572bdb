package org.transcriptbot.index.parse;

import java.util.List;
import org.transcriptbot.index.model.Anomaly;
import org.transcriptbot.index.model.Location;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.text.Chinese;

/**
 * Passages that differ in a few characters only (e.g. "中俄是…" and "中欧是…"), in one pass over the
 * pairs of passages that share character pairs (SharedPairs: postings from character pair to
 * passages, so no all-pairs loop; the counts are exact, so the result is the same as comparing
 * every pair):
 *
 * <ul>
 *   <li>reported for a moderator's look: a Dice coefficient of character pairs of at least 0.8
 *       between passages of at least 20 pairs and lengths within 80 %;
 *   <li>grouped, so a result list shows one of each group: Dice at least 0.8 between passages of
 *       lengths within 60 %, each joining the group of the first passage it nearly repeats, in the
 *       order of an all-pairs loop.
 * </ul>
 *
 * The groups are worked out here, with the report, instead of a second time while indexing (the
 * same pass over the same pairs was a tenth of a cold start's work).
 */
public final class NearDuplicates {
    private static final int MIN_PAIRS = 20;
    private static final double MIN_DICE = 0.8;
    private static final float GROUP_DICE = 0.8f;

    private NearDuplicates() {}

    /** Reports the near-duplicates among one transcript's passages; returns their groups. */
    static int[] report(List<Passage> passages, Keys keys, List<Anomaly> anomalies) {
        int[][] grams = new int[passages.size()][];
        for (int i = 0; i < grams.length; i++) {
            grams[i] = Bigrams.of(keys.of(passages.get(i).text()));
        }
        int[] group = identity(grams.length);
        SharedPairs.forEach(
                grams,
                0,
                (i, j, shared) -> {
                    join(grams, group, i, j, shared);
                    if (grams[i].length >= MIN_PAIRS && grams[j].length >= MIN_PAIRS) {
                        check(passages, grams, i, j, shared, anomalies);
                    }
                });
        return group;
    }

    /**
     * The near-duplicate group of each of one transcript's passages (the position of the group's
     * first passage), for a transcript whose parser did not work them out.
     */
    public static int[] groups(List<Passage> passages) {
        int[][] grams = new int[passages.size()][];
        for (int i = 0; i < grams.length; i++) {
            grams[i] = Bigrams.of(Chinese.key(passages.get(i).text()).text());
        }
        int[] group = identity(grams.length);
        SharedPairs.forEach(grams, 0, (i, j, shared) -> join(grams, group, i, j, shared));
        return group;
    }

    private static int[] identity(int n) {
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = i;
        }
        return group;
    }

    private static void join(int[][] grams, int[] group, int i, int j, int shared) {
        int a = grams[i].length;
        int b = grams[j].length;
        if (Math.min(a, b) * 10 >= Math.max(a, b) * 6 && 2f * shared / (a + b) >= GROUP_DICE) {
            group[j] = group[i];
        }
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
