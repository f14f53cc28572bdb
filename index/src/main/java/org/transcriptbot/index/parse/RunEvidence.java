package org.transcriptbot.index.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.transcriptbot.index.model.Turn;
import org.transcriptbot.index.model.TurnKind;

/**
 * How well a run of clauses fits another turn against the rest of its own: the weight (rarity over
 * turns, see {@link TurnVocabulary}) of its terms that the other turn holds, less twice the weight
 * of those the rest of its own turn holds. Terms held by three turns in four or more count for
 * nothing, and a turn that holds most of the run's terms holds a repeat of it, not its origin.
 */
final class RunEvidence {
    /** The evidence of a run for its best other turn. */
    record Fit(
            int target,
            double toTarget,
            double toOwn,
            int rareShared,
            double toRunnerUp,
            boolean orphanTarget) {
        /** The evidence for the target against the own turn, the own turn's counted twice. */
        double margin() {
            return toTarget - 2 * toOwn;
        }

        /**
         * True when no other turn fits the run nearly as well as the target, or the target is an
         * orphan (answer text that lost its question, displaced already) and fits best.
         */
        boolean clear() {
            return toTarget >= (orphanTarget ? 1 : CLEAR) * toRunnerUp;
        }
    }

    /** How many times better than any other turn the target must fit to be clear. */
    private static final double CLEAR = 2;

    /** Weight below which a term (held by three turns in four or more) is no evidence. */
    private static final double COMMON = 0.3;

    /** Fewest terms the rest of the run's turn must hold: else there is nothing to compare with. */
    private static final int MIN_REST = 10;

    /** Share of a run's terms another turn holds when the run is a repeat of its text. */
    private static final double REPEATED = 0.8;

    private final TurnVocabulary vocabulary;

    RunEvidence(TurnVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * The fit of the run (its terms and counts) of turn t for the given target, or for its best
     * target when target is negative; null when no other turn fits it better than its own.
     */
    Fit fit(int t, Map<String, Integer> run, int target) {
        int restLength =
                vocabulary.length(t) - run.values().stream().mapToInt(Integer::intValue).sum();
        if (restLength < MIN_REST) {
            return null;
        }
        double own = 0;
        Map<Integer, Double> other = new HashMap<>();
        Map<Integer, Integer> rare = new HashMap<>();
        for (var e : run.entrySet()) {
            List<Integer> holders = vocabulary.turnsWith(e.getKey());
            int rest = vocabulary.count(t, e.getKey()) - e.getValue();
            int held = holders.size() - (rest > 0 ? 0 : 1);
            double w = held == 0 ? 0 : vocabulary.weight(held);
            if (w < COMMON) {
                continue;
            }
            own += rest > 0 ? w * vocabulary.saturation(rest, restLength) : 0;
            for (int u : holders) {
                if (u != t && eligible(t, u)) {
                    int times = vocabulary.count(u, e.getKey());
                    other.merge(
                            u, w * vocabulary.saturation(times, vocabulary.length(u)), Double::sum);
                    rare.merge(u, held <= 2 ? 1 : 0, Integer::sum);
                }
            }
        }
        int best = target >= 0 ? target : best(other, run);
        if (best < 0 || !other.containsKey(best) || other.get(best) <= 2 * own) {
            return null;
        }
        double runnerUp =
                other.entrySet().stream()
                        .filter(e -> e.getKey() != best)
                        .mapToDouble(Map.Entry::getValue)
                        .max()
                        .orElse(0);
        boolean orphan = vocabulary.turns().get(best).kind() == TurnKind.ORPHAN;
        return new Fit(best, other.get(best), own, rare.get(best), runnerUp, orphan);
    }

    /**
     * The turn that shares the most term weight with the run and is no repeat of it; -1 if none.
     */
    private int best(Map<Integer, Double> other, Map<String, Integer> run) {
        int best = -1;
        for (var e : other.entrySet()) {
            if ((best < 0 || e.getValue() > other.get(best)) && !repeats(e.getKey(), run)) {
                best = e.getKey();
            }
        }
        return best;
    }

    private boolean repeats(int u, Map<String, Integer> run) {
        long held = run.keySet().stream().filter(term -> vocabulary.count(u, term) > 0).count();
        return held >= REPEATED * run.size();
    }

    /** Another answer, not one to the same question (a supplementary answer shares its words). */
    private boolean eligible(int t, int u) {
        Turn own = vocabulary.turns().get(t);
        Turn other = vocabulary.turns().get(u);
        return answers(other)
                && (own.question() == null || !Objects.equals(own.question(), other.question()));
    }

    /**
     * An answer's words: not the lead, the host's, plain text, nor an opening statement (it
     * announces the topics the answers take up, so it shares their rare words by design).
     */
    static boolean answers(Turn t) {
        return switch (t.kind()) {
            case QA, FOLLOWUP, SUPPLEMENTARY, ORPHAN -> true;
            case LEAD, HOST, TEXT, OPENING -> false;
        };
    }
}
