package org.transcriptbot.index.verify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Semi-global alignment (Sellers) of a pattern against a short window of text that ends where
 * Myers' scan found the best match: recovers where the match starts and which characters were kept,
 * changed, added or dropped.
 */
final class Alignment {
    enum Op {
        EQUAL,
        SUBSTITUTE,
        DELETE,
        INSERT
    }

    /**
     * One step: a text char (DELETE = in the transcript, not in the quote), a pattern char (INSERT)
     * or both.
     */
    record Step(Op op, int textIndex, int patternIndex) {}

    record Result(int start, int end, int distance, List<Step> steps) {}

    private Alignment() {}

    /** Aligns pattern against text[from, to) where the match must end at to. */
    static Result align(String pattern, CharSequence text, int from, int to) {
        int[][] d = distances(pattern, text, from, to);
        List<Step> steps = traceBack(d, pattern, text, from, to - from);
        // leading deletions are outside the match
        int k = 0;
        while (k < steps.size() && steps.get(k).op() == Op.DELETE) {
            k++;
        }
        steps = new ArrayList<>(steps.subList(k, steps.size()));
        int start =
                steps.stream()
                        .filter(s -> s.textIndex() >= 0)
                        .mapToInt(Step::textIndex)
                        .min()
                        .orElse(to);
        return new Result(start, to, d[pattern.length()][to - from], steps);
    }

    /**
     * d[i][j]: the least edits turning pattern[0, i) into a text substring ending at from + j (a
     * free start: d[0][j] = 0).
     */
    private static int[][] distances(String pattern, CharSequence text, int from, int to) {
        int m = pattern.length();
        int n = to - from;
        int[][] d = new int[m + 1][n + 1];
        for (int i = 1; i <= m; i++) {
            d[i][0] = i;
        }
        for (int i = 1; i <= m; i++) {
            char pc = pattern.charAt(i - 1);
            for (int j = 1; j <= n; j++) {
                int sub = d[i - 1][j - 1] + (pc == text.charAt(from + j - 1) ? 0 : 1);
                int ins = d[i - 1][j] + 1;
                int del = d[i][j - 1] + 1;
                d[i][j] = Math.min(sub, Math.min(ins, del));
            }
        }
        return d;
    }

    /** The steps of one least-edit alignment, in text order, from the end of the match. */
    private static List<Step> traceBack(
            int[][] d, String pattern, CharSequence text, int from, int n) {
        List<Step> steps = new ArrayList<>();
        int i = pattern.length();
        int j = n;
        while (i > 0) {
            char pc = pattern.charAt(i - 1);
            if (j > 0 && d[i][j] == d[i - 1][j - 1] + (pc == text.charAt(from + j - 1) ? 0 : 1)) {
                steps.add(
                        new Step(
                                pc == text.charAt(from + j - 1) ? Op.EQUAL : Op.SUBSTITUTE,
                                from + j - 1,
                                i - 1));
                i--;
                j--;
            } else if (d[i][j] == d[i - 1][j] + 1) {
                steps.add(new Step(Op.INSERT, -1, i - 1));
                i--;
            } else {
                steps.add(new Step(Op.DELETE, from + j - 1, -1));
                j--;
            }
        }
        Collections.reverse(steps);
        return steps;
    }
}
