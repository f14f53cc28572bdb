package org.transcriptbot.index.verify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.transcriptbot.index.text.Chinese;

/**
 * Recognises a quote whose clauses are the transcript's, each (nearly) word for word, but in
 * another order: "亚太是地缘政治的棋局，而不是合作发展的热土" for "亚太是合作发展的热土，而不是地缘政治的棋局". Such a quote is far from any
 * span as a whole, so the clauses are found one by one, all within one unit.
 */
final class ClauseOrder {
    private static final Pattern CLAUSE_END = Pattern.compile("(?<=[，,；;、：:。！？!?])");
    private static final int MIN_CLAUSE = 4;

    /**
     * The clauses found in one unit in another order: the unit, the transcript's span and the mean
     * similarity.
     */
    record Swap(int unit, int keyFrom, int keyTo, double similarity) {}

    private ClauseOrder() {}

    /** A swap found for the quote, or null. */
    static Swap find(String quote, SpokenCorpus corpus, SpanFinder finder) {
        List<String> clauses = new ArrayList<>();
        for (String c : CLAUSE_END.split(quote)) {
            String key = Chinese.key(c).text();
            if (key.length() >= MIN_CLAUSE) {
                clauses.add(key);
            } else if (!key.isEmpty()) {
                return null; // a short clause could stand anywhere: too weak to judge the order by
            }
        }
        if (clauses.size() < 2) {
            return null;
        }
        Set<Integer> units = new LinkedHashSet<>();
        for (String c : clauses) {
            SpanFinder.Nearest n = finder.nearest(c);
            if (n == null || n.similarity() < QuoteVerifier.NEAR_SIMILARITY) {
                return null;
            }
            units.add(n.unit());
        }
        for (int unit : units) {
            Swap s = inUnit(clauses, unit, finder);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    private static Swap inUnit(List<String> clauses, int unit, SpanFinder finder) {
        int from = Integer.MAX_VALUE;
        int to = -1;
        int previousStart = -1;
        boolean swapped = false;
        double kept = 0;
        int chars = 0;
        for (String c : clauses) {
            SpanFinder.Nearest n = finder.nearestInUnit(c, unit);
            if (n == null || n.similarity() < QuoteVerifier.NEAR_SIMILARITY) {
                return null;
            }
            int start = n.alignment().start();
            swapped |= start < previousStart;
            previousStart = start;
            from = Math.min(from, start);
            to = Math.max(to, n.alignment().end());
            kept += n.similarity() * c.length();
            chars += c.length();
        }
        return swapped ? new Swap(unit, from, to, kept / chars) : null;
    }
}
