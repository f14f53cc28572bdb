package org.transcriptbot.index.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.transcriptbot.index.model.Paragraph;
import org.transcriptbot.index.model.Turn;

/**
 * Finds text moved from one answer into another where a cut marks it ({@link CutSentences}): the
 * clauses before a paragraph's mid-clause end, or an English run that opens mid-sentence. The run
 * taken is the shortest that carries enough evidence ({@link RunEvidence}) for another answer,
 * grown clause by clause while the evidence holds (within its sentence) or grows (across one): the
 * words before it stay with their own answer.
 */
final class MovedText {
    /** Fewest letters and digits of a run: shorter runs carry too few terms to tell. */
    static final int MIN_RUN = 20;

    /** Most letters and digits of a run. */
    static final int MAX_RUN = 200;

    /** Least evidence (weighted rare terms, see {@link RunEvidence}) for a moved run. */
    static final double EVIDENCE = 6;

    /** Fewest rare terms (held by one or two turns) the run must share with its answer. */
    static final int RARE = 2;

    /** The mark of a cut a run shows (see {@link CutSentences}). */
    enum Cut {
        /** The run ends its paragraph inside a clause. */
        OWN,
        /** An English run opens in lower case after a finished sentence. */
        OPENS
    }

    /** A run of paragraph p of turn t, [start, end) in its text, that belongs to another turn. */
    record Finding(int turn, int paragraph, int start, int end, RunEvidence.Fit fit, Cut cut) {}

    private final TurnVocabulary vocabulary;
    private final RunEvidence evidence;
    private final Set<Integer> explainedCuts;

    /**
     * explainedCuts: the lines where a sentence is cut by a verbatim splice already found (see
     * {@link SpliceDetector}); such a cut says nothing about the words before it.
     */
    MovedText(TurnVocabulary vocabulary, Set<Integer> explainedCuts) {
        this.vocabulary = vocabulary;
        this.evidence = new RunEvidence(vocabulary);
        this.explainedCuts = explainedCuts;
    }

    /**
     * False when no answer of the turns shows a cut (CutSentences) outside the explained ones: then
     * findings() is empty, and the vocabulary of the transcript need not be worked out.
     */
    static boolean mayFind(List<Turn> turns, Set<Integer> explainedCuts) {
        for (Turn t : turns) {
            if (!RunEvidence.answers(t)) {
                continue;
            }
            for (Paragraph para : t.paragraphs()) {
                if ((CutSentences.cutMidClause(para.text())
                                && !explainedCuts.contains(para.lastLine()))
                        || CutSentences.mayOpenMidSentence(para.text())) {
                    return true;
                }
            }
        }
        return false;
    }

    List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        List<Turn> turns = vocabulary.turns();
        for (int t = 0; t < turns.size(); t++) {
            if (!RunEvidence.answers(turns.get(t))) {
                continue;
            }
            for (int p = 0; p < turns.get(t).paragraphs().size(); p++) {
                Paragraph para = turns.get(t).paragraphs().get(p);
                List<Clauses.Clause> cs = vocabulary.clauses(t, p);
                if (CutSentences.cutMidClause(para.text())
                        && !explainedCuts.contains(para.lastLine())) {
                    add(out, grown(t, p, cs, cs.size() - 1, Cut.OWN));
                }
                for (int i = 1; i < cs.size(); i++) {
                    if (CutSentences.opensMidSentence(para.text(), cs.get(i).start())) {
                        add(out, opening(t, p, cs, i));
                    }
                }
            }
        }
        return out;
    }

    private static void add(List<Finding> out, Finding f) {
        if (f != null) {
            out.add(f);
        }
    }

    /**
     * The run ending with clause last: the shortest with enough evidence, grown backwards while its
     * evidence for the same answer holds within a sentence or grows across one.
     */
    private Finding grown(int t, int p, List<Clauses.Clause> cs, int last, Cut cut) {
        Map<String, Integer> run = new HashMap<>();
        int length = 0;
        Finding found = null;
        for (int i = last; i >= 0; i--) {
            cs.get(i).terms().forEach((term, n) -> run.merge(term, n, Integer::sum));
            length += cs.get(i).keyLength();
            if (length > MAX_RUN) {
                break;
            }
            RunEvidence.Fit fit = evidence.fit(t, run, found == null ? -1 : found.fit().target());
            if (found == null) {
                found =
                        length >= MIN_RUN && enough(fit)
                                ? finding(t, p, cs, i, last, fit, cut)
                                : null;
            } else if (fit != null && holds(fit, found.fit(), endsSentence(t, p, cs, i + 1))) {
                found = finding(t, p, cs, i, last, fit, cut);
            } else {
                break;
            }
        }
        return found;
    }

    /** The best run opening at clause first and ending at a sentence end. */
    private Finding opening(int t, int p, List<Clauses.Clause> cs, int first) {
        Map<String, Integer> run = new HashMap<>();
        int length = 0;
        Finding best = null;
        for (int j = first; j < cs.size() && length <= MAX_RUN; j++) {
            cs.get(j).terms().forEach((term, n) -> run.merge(term, n, Integer::sum));
            length += cs.get(j).keyLength();
            RunEvidence.Fit fit = evidence.fit(t, run, -1);
            if (length >= MIN_RUN
                    && enough(fit)
                    && endsSentence(t, p, cs, j + 1)
                    && (best == null || fit.margin() > best.fit().margin())) {
                best = finding(t, p, cs, first, j, fit, Cut.OPENS);
            }
        }
        return best;
    }

    private static boolean enough(RunEvidence.Fit fit) {
        return fit != null && fit.margin() >= EVIDENCE && fit.rareShared() >= RARE;
    }

    /** True when the grown run keeps (within a sentence) or betters (across one) the evidence. */
    private static boolean holds(
            RunEvidence.Fit grown, RunEvidence.Fit was, boolean acrossSentence) {
        double gain = grown.margin() - was.margin();
        return acrossSentence ? gain > 1e-9 : gain > -1e-9;
    }

    /** True when the text before clause i of the paragraph ends a sentence (or is empty). */
    private boolean endsSentence(int t, int p, List<Clauses.Clause> cs, int i) {
        String text = vocabulary.turns().get(t).paragraphs().get(p).text();
        return i == 0
                || i >= cs.size()
                || LineJoiner.endsSentence(text.substring(0, cs.get(i).start()).strip());
    }

    private Finding finding(
            int t, int p, List<Clauses.Clause> cs, int i, int j, RunEvidence.Fit fit, Cut cut) {
        return new Finding(t, p, cs.get(i).start(), cs.get(j).end(), fit, cut);
    }
}
