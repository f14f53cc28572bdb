package org.transcriptbot.index.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.transcriptbot.index.model.Paragraph;
import org.transcriptbot.index.model.Turn;

/**
 * The terms of each turn of one transcript (its question and its paragraphs, cut into clauses) and
 * how rare each term is across the turns: a term found in few turns tells where a text belongs, one
 * found in most (我们, 发展, the) tells nothing.
 */
final class TurnVocabulary {
    private final List<Turn> turns;
    private final List<Map<String, Integer>> counts = new ArrayList<>();
    private final List<List<List<Clauses.Clause>>> clauses = new ArrayList<>();
    private final Map<String, List<Integer>> turnsWith = new HashMap<>();
    private final Map<Integer, String> texts = new HashMap<>();
    private final List<Integer> lengths = new ArrayList<>();
    private final double averageLength;

    TurnVocabulary(List<Turn> turns) {
        this.turns = turns;
        for (Turn t : turns) {
            Map<String, Integer> c = new HashMap<>();
            if (t.question() != null) {
                Terms.count(t.question(), c);
            }
            // a paragraph's terms are its clauses' terms added up: a clause ends after a character
            // that is neither ideographic nor a letter or digit, so no term spans two clauses
            // (TurnVocabularyTest); the clauses themselves are cut when first asked for
            for (Paragraph p : t.paragraphs()) {
                Terms.count(p.text(), c);
            }
            List<List<Clauses.Clause>> perParagraph = new ArrayList<>();
            for (int p = 0; p < t.paragraphs().size(); p++) {
                perParagraph.add(null);
            }
            int index = counts.size();
            c.keySet()
                    .forEach(
                            term ->
                                    turnsWith
                                            .computeIfAbsent(term, k -> new ArrayList<>())
                                            .add(index));
            counts.add(c);
            clauses.add(perParagraph);
            lengths.add(c.values().stream().mapToInt(Integer::intValue).sum());
        }
        averageLength =
                Math.max(1, lengths.stream().mapToInt(Integer::intValue).average().orElse(1));
    }

    List<Turn> turns() {
        return turns;
    }

    /** The clauses of paragraph p of turn t. */
    List<Clauses.Clause> clauses(int t, int p) {
        List<Clauses.Clause> cs = clauses.get(t).get(p);
        if (cs == null) {
            cs = Clauses.of(turns.get(t).paragraphs().get(p).text());
            clauses.get(t).set(p, cs);
        }
        return cs;
    }

    /** How often turn t holds the term. */
    int count(int t, String term) {
        return counts.get(t).getOrDefault(term, 0);
    }

    /** The text of turn t's paragraphs, one after the other. */
    String text(int t) {
        return texts.computeIfAbsent(
                t,
                k ->
                        String.join(
                                "\n",
                                turns.get(k).paragraphs().stream().map(Paragraph::text).toList()));
    }

    /** The terms of turn t and their counts. */
    Map<String, Integer> terms(int t) {
        return counts.get(t);
    }

    /** The turns that hold the term. */
    List<Integer> turnsWith(String term) {
        return turnsWith.getOrDefault(term, List.of());
    }

    /**
     * The weight of a term held by {@code turnsHolding} turns: the log of the turns per holder
     * (inverse document frequency over turns).
     */
    double weight(int turnsHolding) {
        return Math.log((double) turns.size() / turnsHolding);
    }

    /**
     * How much {@code times} occurrences in a text of {@code length} terms count (BM25's saturation
     * and length norm, k1 1.2, b 0.75): a term met in a short answer says more about it than the
     * same term in a long one.
     */
    double saturation(int times, int length) {
        double norm = 1 - 0.75 + 0.75 * length / averageLength;
        return times * 2.2 / (times + 1.2 * norm);
    }

    /** How many terms turn t holds. */
    int length(int t) {
        return lengths.get(t);
    }
}
