package org.transcriptbot.index.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.transcriptbot.index.model.Anomaly;
import org.transcriptbot.index.model.Paragraph;
import org.transcriptbot.index.model.Turn;

/**
 * Reports text moved from one answer into another ({@link MovedText}: only where a cut marks it, as
 * words shared by two answers alone are common in any transcript, e.g. a topic announced in the
 * opening) and reads it where it belongs. Moved to an answer of the same speaker it becomes a
 * paragraph there; to another speaker's answer only on strong evidence, else it is reported and
 * left in place (a false move would credit words to the wrong person).
 */
final class MovedTextSplices {
    /** Evidence to read the run under another answer of the same speaker. */
    static final double MOVE_EVIDENCE = 10;

    /** Evidence to credit the run to another speaker. */
    static final double STRONG_EVIDENCE = 15;

    /** Rare terms shared to credit the run to another speaker. */
    static final int STRONG_RARE = 4;

    private MovedTextSplices() {}

    static List<Turn> relocate(
            List<Turn> turns,
            LineLocator lines,
            Set<Integer> explainedCuts,
            List<Anomaly> anomalies) {
        if (!MovedText.mayFind(turns, explainedCuts)) {
            return turns;
        }
        List<MovedText.Finding> moved =
                new MovedText(new TurnVocabulary(turns), explainedCuts).findings();
        if (moved.isEmpty()) {
            return turns;
        }
        List<List<Paragraph>> paragraphs = new ArrayList<>();
        turns.forEach(t -> paragraphs.add(new ArrayList<>(t.paragraphs())));
        for (MovedText.Finding f : moved) {
            anomalies.add(move(f, turns, lines, paragraphs));
        }
        List<Turn> out = new ArrayList<>();
        for (int i = 0; i < turns.size(); i++) {
            Turn t = turns.get(i);
            List<Paragraph> ps = new ArrayList<>(paragraphs.get(i));
            ps.removeIf(p -> p.text().isEmpty());
            ps.sort(Comparator.comparingInt(Paragraph::firstLine));
            out.add(
                    new Turn(
                            t.index(),
                            t.kind(),
                            t.asker(),
                            t.question(),
                            t.answerer(),
                            ps,
                            t.firstLine(),
                            t.lastLine()));
        }
        return out;
    }

    /**
     * Reads the found run under the answer it belongs to when the evidence is enough (in
     * paragraphs, each turn's paragraphs by turn index), and reports it.
     */
    private static Anomaly move(
            MovedText.Finding f,
            List<Turn> turns,
            LineLocator lines,
            List<List<Paragraph>> paragraphs) {
        Turn own = turns.get(f.turn());
        Turn target = turns.get(f.fit().target());
        Paragraph p = own.paragraphs().get(f.paragraph());
        int[] at = lines.lines(p, f.start(), f.end());
        String run = p.text().substring(f.start(), f.end()).strip();
        boolean credited =
                f.fit().clear()
                        && (sameSpeaker(own, target) && f.fit().margin() >= MOVE_EVIDENCE
                                || strong(f));
        if (credited) {
            String rest = (p.text().substring(0, f.start()) + p.text().substring(f.end())).strip();
            paragraphs
                    .get(f.turn())
                    .set(f.paragraph(), new Paragraph(rest, p.firstLine(), p.lastLine()));
            paragraphs.get(f.fit().target()).add(new Paragraph(run, at[0], at[1]));
        }
        return new Anomaly(
                Anomaly.Kind.SPLICE, at[0], at[1], describe(run, f, own, target, credited));
    }

    private static boolean sameSpeaker(Turn a, Turn b) {
        return a.answerer() != null && Objects.equals(a.answerer(), b.answerer());
    }

    private static boolean strong(MovedText.Finding f) {
        return f.fit().margin() >= STRONG_EVIDENCE && f.fit().rareShared() >= STRONG_RARE;
    }

    private static String describe(
            String run, MovedText.Finding f, Turn own, Turn target, boolean credited) {
        String words = run.length() > 24 ? run.substring(0, 24) + "…" : run;
        String where =
                "the answer at lines "
                        + target.firstLine()
                        + "-"
                        + target.lastLine()
                        + PassageBuilder.describe(target);
        return "\""
                + words
                + (f.cut() == MovedText.Cut.OWN
                        ? "\" breaks off mid-sentence and shares rare words with "
                        : "\" opens mid-sentence after a finished one and shares rare words with ")
                + where
                + " rather than with its own"
                + PassageBuilder.describe(own)
                + (credited
                        ? ": read as part of that answer"
                        : ": left in place, " + why(f, target));
    }

    private static String why(MovedText.Finding f, Turn target) {
        return f.fit().clear()
                ? "as that answer is another speaker's ("
                        + target.answerer()
                        + ") and the evidence is not strong enough to credit the words to them"
                : "as another answer fits it nearly as well";
    }
}
