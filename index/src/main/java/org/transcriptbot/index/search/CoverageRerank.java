package org.transcriptbot.index.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Reorders the first few candidates by how much of the question's topic each holds together with
 * the question it answers (weighted topic coverage, see Evidence), against how far down the ranking
 * put it. The ranking scores each word on its own; coverage asks whether a passage speaks of all of
 * them. A follow-up's answer whose question names the very thing asked (反制, 农产品 in
 * “是否会考虑对美国农产品加征关税”) thus comes before the first answer on the same subject, and a passage holding
 * the rare word of a question before one holding only its common words.
 */
final class CoverageRerank {
    /**
     * How many of the first candidates are reordered: the few that get quoted (more would bring up
     * passages the ranking had good reason to put low, and costs a coverage test each).
     */
    static final int TOP = 5;

    /**
     * Coverage a candidate must gain over the one above it per place it moves up. Measured on the
     * dev, layouts and further sets (docs/search.md): 0.05 moved too much (retrieval-extra hit@1
     * 0.83 to 0.58), 0.1 won eight questions and lost four.
     */
    static final double DECAY = 0.1;

    /**
     * Weight of the coverage by the passage's question alone, beside that of passage and question.
     */
    static final double QUESTION = 0.5;

    /**
     * Share of the first candidate's ranking score a candidate needs to be reordered at all: a
     * passage the ranking scored far lower (a BM25 score of 6 against 15) does not overtake it on
     * coverage alone.
     */
    static final double WITHIN = 0.5;

    private CoverageRerank() {}

    static List<Reranking.Candidate> apply(
            List<Reranking.Candidate> ranked, IntToDoubleFunction coverage) {
        int k = 0;
        while (k < Math.min(TOP, ranked.size())
                && ranked.get(k).score() >= WITHIN * ranked.get(0).score()) {
            k++;
        }
        if (k < 2) {
            return ranked;
        }
        List<Scored> head = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            Reranking.Candidate c = ranked.get(i);
            head.add(new Scored(c, coverage.applyAsDouble(c.ord()) - DECAY * i));
        }
        head.sort(Comparator.comparingDouble(Scored::value).reversed());
        List<Reranking.Candidate> out = new ArrayList<>(ranked.size());
        head.forEach(s -> out.add(s.candidate()));
        out.addAll(ranked.subList(k, ranked.size()));
        return out;
    }

    private record Scored(Reranking.Candidate candidate, double value) {}
}
