package org.transcriptbot.index.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.transcriptbot.index.model.Anomaly;
import org.transcriptbot.index.model.Paragraph;
import org.transcriptbot.index.model.Turn;
import org.transcriptbot.index.model.TurnKind;

/**
 * A question asked a second time marks a re-pasted section: the paragraphs after its repeated part
 * stand under no question of their own, so they become an orphan turn instead of being credited to
 * that question.
 */
final class RepeatedSections {
    private RepeatedSections() {}

    static List<Turn> split(List<Turn> turns, Keys keys, List<Anomaly> anomalies) {
        List<String> allKeys = new ArrayList<>();
        turns.forEach(t -> t.paragraphs().forEach(p -> allKeys.add(keys.of(p.text()))));
        Map<String, Turn> questions = new HashMap<>();
        List<Turn> out = new ArrayList<>();
        int k = 0;
        for (Turn t : turns) {
            List<String> own = allKeys.subList(k, k + t.paragraphs().size());
            List<String> before = allKeys.subList(0, k);
            k += t.paragraphs().size();
            Turn earlier =
                    t.kind() == TurnKind.QA
                            ? questions.putIfAbsent(keys.of(t.question()), t)
                            : null;
            if (earlier == null) {
                out.add(t);
            } else {
                out.addAll(repeated(t, earlier, lastRepeated(own, before), anomalies));
            }
        }
        List<Turn> renumbered = new ArrayList<>();
        for (Turn t : out) {
            renumbered.add(
                    new Turn(
                            renumbered.size(),
                            t.kind(),
                            t.asker(),
                            t.question(),
                            t.answerer(),
                            t.paragraphs(),
                            t.firstLine(),
                            t.lastLine()));
        }
        return renumbered;
    }

    /**
     * The index of the last of the turn's paragraphs whose text stands earlier in the file, or -1.
     */
    private static int lastRepeated(List<String> own, List<String> before) {
        int last = -1;
        for (int i = 0; i < own.size(); i++) {
            String key = own.get(i);
            if (!key.isEmpty() && before.stream().anyMatch(o -> o.contains(key))) {
                last = i;
            }
        }
        return last;
    }

    private static List<Turn> repeated(
            Turn t, Turn earlier, int lastRepeated, List<Anomaly> anomalies) {
        int repeatEnd =
                lastRepeated < 0 ? t.lastLine() : t.paragraphs().get(lastRepeated).lastLine();
        anomalies.add(
                new Anomaly(
                        Anomaly.Kind.DUPLICATE_TURN,
                        t.firstLine(),
                        repeatEnd,
                        "the question of "
                                + t.asker()
                                + " and "
                                + (lastRepeated + 1)
                                + " answer paragraph(s) repeat lines "
                                + earlier.firstLine()
                                + "-"
                                + earlier.lastLine()));
        if (lastRepeated < 0 || lastRepeated == t.paragraphs().size() - 1) {
            return List.of(t);
        }
        List<Paragraph> repeated = t.paragraphs().subList(0, lastRepeated + 1);
        List<Paragraph> rest = t.paragraphs().subList(lastRepeated + 1, t.paragraphs().size());
        int restLast = rest.get(rest.size() - 1).lastLine();
        anomalies.add(
                new Anomaly(
                        Anomaly.Kind.ORPHAN,
                        rest.get(0).firstLine(),
                        restLast,
                        rest.size()
                                + " paragraph(s) after the repeated section of "
                                + t.asker()
                                + "'s question have no question of their own"));
        return List.of(
                new Turn(
                        0,
                        t.kind(),
                        t.asker(),
                        t.question(),
                        t.answerer(),
                        repeated,
                        t.firstLine(),
                        repeated.get(repeated.size() - 1).lastLine()),
                new Turn(
                        0,
                        TurnKind.ORPHAN,
                        null,
                        null,
                        t.answerer(),
                        rest,
                        rest.get(0).firstLine(),
                        restLast));
    }
}
