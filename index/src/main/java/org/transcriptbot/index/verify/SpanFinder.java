package org.transcriptbot.index.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * Finds where a quote (key form) stands in the spoken corpus: every exact occurrence, or else the
 * span with the fewest edits (Myers' scan) and its alignment, kept inside one unit. Above a size
 * threshold only the answer passages the search index proposes (and all questions, which are short)
 * are searched.
 */
final class SpanFinder {
    /** Above this many key characters, only candidate passages from the index are aligned. */
    static final int CANDIDATE_THRESHOLD = 1_000_000;

    /**
     * The closest span: its unit, the alignment of the quote against it and the share of the quote
     * kept.
     */
    record Nearest(int unit, Alignment.Result alignment, double similarity) {}

    private final SpokenCorpus corpus;
    private volatile Function<String, int[]> candidates;
    private volatile int candidateThreshold = CANDIDATE_THRESHOLD;

    SpanFinder(SpokenCorpus corpus) {
        this.corpus = corpus;
    }

    void candidates(Function<String, int[]> f) {
        this.candidates = f;
    }

    void candidateThreshold(int chars) {
        this.candidateThreshold = chars;
    }

    /** The key ranges [from, to) worth searching for a quote. */
    private List<int[]> ranges(String key) {
        String text = corpus.text();
        Function<String, int[]> cand = candidates;
        if (cand == null || text.length() <= candidateThreshold) {
            return List.of(new int[] {0, text.length()});
        }
        List<int[]> out = new ArrayList<>();
        for (int ord : cand.apply(key)) {
            out.add(new int[] {corpus.start(ord), corpus.end(ord) + 1});
        }
        if (corpus.units() > corpus.answerUnits()) {
            out.add(new int[] {corpus.start(corpus.answerUnits()), text.length()});
        }
        return out;
    }

    /**
     * The start of an exact occurrence of key, preferring one in a unit the test accepts (the
     * speaker the quote names), else the first; -1 when there is none.
     */
    int exact(String key, IntPredicate preferredUnit) {
        String text = corpus.text();
        int first = -1;
        for (int[] r : ranges(key)) {
            int to = Math.min(r[1], text.length());
            // searched within the range only: String.indexOf would run on to the corpus's end
            String window = r[0] == 0 && to == text.length() ? text : text.substring(r[0], to);
            for (int i = window.indexOf(key); i >= 0; i = window.indexOf(key, i + 1)) {
                int at = r[0] + i;
                if (preferredUnit.test(corpus.unitAt(at))) {
                    return at;
                }
                if (first < 0) {
                    first = at;
                }
            }
        }
        return first;
    }

    /**
     * The span with the fewest edits, aligned within the unit it ends in; null when nothing is
     * alike at all.
     */
    Nearest nearest(String key) {
        return nearestIn(key, ranges(key));
    }

    /** As nearest, within one unit only. */
    Nearest nearestInUnit(String key, int unit) {
        return nearestIn(key, List.of(new int[] {corpus.start(unit), corpus.end(unit)}));
    }

    private Nearest nearestIn(String key, List<int[]> ranges) {
        Myers myers = new Myers(key);
        Myers.Best best = null;
        for (int[] r : ranges) {
            Myers.Best b = myers.scan(corpus.text(), r[0], r[1], null);
            if (best == null || b.distance() < best.distance()) {
                best = b;
            }
        }
        if (best == null || best.distance() >= key.length()) {
            return null;
        }
        int end = best.end();
        while (end > 1 && corpus.text().charAt(end - 1) == '\u0000') {
            end--;
        }
        int unit = corpus.unitAt(end - 1);
        int from = Math.max(corpus.start(unit), end - key.length() - best.distance() - 1);
        Alignment.Result a = Alignment.align(key, corpus.text(), from, end);
        return new Nearest(unit, a, Math.max(0, 1.0 - (double) a.distance() / key.length()));
    }
}
