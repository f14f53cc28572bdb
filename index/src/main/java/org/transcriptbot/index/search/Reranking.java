package org.transcriptbot.index.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import org.transcriptbot.index.model.Location;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.TurnKind;

/**
 * Orders the candidates by who speaks: answers before text that only introduces or hosts (the lead
 * and headline, a host's words), and, when the question names a speaker, that speaker's words
 * first. Both are stable: within each group the ranking's order stands. (Moving an answer's earlier
 * paragraphs up was tried and lost more questions than it won: the dev set's hit@1 fell from 0.83
 * to 0.74.)
 */
final class Reranking {
    /**
     * Turn kinds that carry no one's answer: the lead and headline, the host's procedural words.
     */
    private static final Set<TurnKind> NOT_ANSWERS = EnumSet.of(TurnKind.LEAD, TurnKind.HOST);

    /** How many of the first answers the opening paragraph may be chosen among. */
    static final int OPENING_AMONG = 3;

    /**
     * Coverage of the question's topic by a paragraph's own words under which it does not speak of
     * the question itself.
     */
    static final double OWN_WORDS = 0.1;

    private Reranking() {}

    /** A ranked passage: its position in the passage list and its ranking score. */
    record Candidate(int ord, float score) {}

    /**
     * The candidates reordered: answers first, and the named speakers' passages before the rest.
     */
    static List<Candidate> apply(
            List<Candidate> ranked,
            List<Passage> passages,
            Set<String> speakers,
            IntToDoubleFunction coverage) {
        List<Candidate> named = new ArrayList<>();
        List<Candidate> answers = new ArrayList<>();
        List<Candidate> others = new ArrayList<>();
        for (Candidate c : ranked) {
            Location l = passages.get(c.ord()).location();
            if (NOT_ANSWERS.contains(l.kind())) {
                others.add(c);
            } else if (!speakers.isEmpty() && names(l, speakers)) {
                named.add(c);
            } else {
                answers.add(c);
            }
        }
        List<Candidate> out = new ArrayList<>(ranked.size());
        out.addAll(answerInOrder(named, passages, coverage));
        out.addAll(completeFirst(openingFirst(answers, passages, coverage), passages, coverage));
        out.addAll(others);
        return out;
    }

    /**
     * When the first answers shown are paragraphs of one answer and none of them holds much of the
     * question's topic in its own words (the question matched the question they answer, as a
     * colloquial or paraphrased question does), the answer's earlier paragraph first: it states the
     * view, the later ones its details or a closing word. A paragraph that speaks of the question
     * itself keeps its place.
     */
    private static List<Candidate> openingFirst(
            List<Candidate> answers, List<Passage> passages, IntToDoubleFunction coverage) {
        int k = Math.min(OPENING_AMONG, answers.size());
        if (k < 2) {
            return answers;
        }
        String first = answer(passages.get(answers.get(0).ord()).location());
        List<Candidate> same = new ArrayList<>();
        for (Candidate c : answers.subList(0, k)) {
            if (answer(passages.get(c.ord()).location()).equals(first)) {
                if (coverage.applyAsDouble(c.ord()) >= OWN_WORDS) {
                    return answers;
                }
                same.add(c);
            }
        }
        List<Candidate> opening = new ArrayList<>(same);
        opening.sort(Comparator.comparingInt(c -> passages.get(c.ord()).location().paragraph()));
        List<Candidate> out = new ArrayList<>(answers);
        for (int i = 0, j = 0; i < k; i++) {
            if (same.contains(out.get(i))) {
                out.set(i, opening.get(j++));
            }
        }
        return out;
    }

    /**
     * A named speaker's passages, answers in the order of their best passage, and within one answer
     * the paragraph covering most of the question's topic first, the earlier paragraph on a tie:
     * asked what someone said about a topic, an answer's opening paragraph states their view, the
     * later ones its details.
     */
    private static List<Candidate> answerInOrder(
            List<Candidate> named, List<Passage> passages, IntToDoubleFunction coverage) {
        Map<String, Integer> answerRank = new HashMap<>();
        for (Candidate c : named) {
            answerRank.putIfAbsent(answer(passages.get(c.ord()).location()), answerRank.size());
        }
        List<Candidate> out = new ArrayList<>(named);
        out.sort(
                Comparator.comparingInt(
                                (Candidate c) ->
                                        answerRank.get(answer(passages.get(c.ord()).location())))
                        .thenComparingDouble(
                                c -> -Math.round(coverage.applyAsDouble(c.ord()) * 100) / 100.0)
                        .thenComparingInt(c -> passages.get(c.ord()).location().paragraph()));
        return out;
    }

    /**
     * A passage cut off mid-sentence (a truncated ending, a fragment pasted elsewhere) after the
     * next complete passage of the same answer among the candidates: the same answer, quoted whole.
     */
    private static List<Candidate> completeFirst(
            List<Candidate> answers, List<Passage> passages, IntToDoubleFunction coverage) {
        List<Candidate> out = new ArrayList<>(answers);
        for (int i = 0; i < out.size(); i++) {
            Passage p = passages.get(out.get(i).ord());
            if (!p.truncated()) {
                continue;
            }
            for (int j = i + 1; j < out.size(); j++) {
                Passage q = passages.get(out.get(j).ord());
                if (!q.truncated()
                        && answer(q.location()).equals(answer(p.location()))
                        && coverage.applyAsDouble(out.get(j).ord())
                                >= coverage.applyAsDouble(out.get(i).ord())) {
                    out.add(i, out.remove(j));
                    break;
                }
            }
        }
        return out;
    }

    private static String answer(Location l) {
        return l.transcriptId() + "#" + l.turn();
    }

    private static boolean names(Location l, Set<String> speakers) {
        return (l.answerer() != null && speakers.contains(l.answerer().strip()))
                || (l.asker() != null && speakers.contains(l.asker().strip()));
    }
}
