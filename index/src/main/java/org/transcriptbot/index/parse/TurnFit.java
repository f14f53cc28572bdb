package org.transcriptbot.index.parse;

import java.util.ArrayList;
import java.util.List;
import org.transcriptbot.index.model.Location;
import org.transcriptbot.index.model.Paragraph;
import org.transcriptbot.index.parse.PassageBuilder.Group;

/**
 * How well a passage fits where it stands, to show a repeated passage first at its own place: the
 * share of its character pairs found in the rest of that turn's answer, plus the share of the
 * question's pairs found in the passage. A paragraph re-pasted under another reporter's question
 * keeps its own context first; ties keep document order.
 */
final class TurnFit {
    private final Keys keys;

    TurnFit(Keys keys) {
        this.keys = keys;
    }

    /**
     * The locations of a passage's copies, the best-fitting first, the others in document order.
     */
    List<Location> ordered(Group root, List<Group> copies, String transcriptId) {
        List<Group> sorted = new ArrayList<>(copies);
        sorted.sort((a, b) -> Integer.compare(a.firstLine(), b.firstLine()));
        List<Location> locations = new ArrayList<>();
        sorted.forEach(g -> locations.add(g.location(transcriptId)));
        if (sorted.size() > 1) {
            int[] textPairs = Bigrams.of(root.key());
            int best = 0;
            double bestScore = -1;
            for (int i = 0; i < sorted.size(); i++) {
                double f = fit(textPairs, sorted.get(i));
                if (f > bestScore + 1e-9) {
                    best = i;
                    bestScore = f;
                }
            }
            locations.add(0, locations.remove(best));
        }
        return locations;
    }

    private double fit(int[] textPairs, Group g) {
        if (textPairs.length == 0) {
            return 0;
        }
        StringBuilder rest = new StringBuilder();
        List<Paragraph> ps = g.turn().paragraphs();
        for (int i = 0; i < ps.size(); i++) {
            if (i < g.from() || i >= g.to()) {
                rest.append(ps.get(i).text());
            }
        }
        double score = Bigrams.share(textPairs, Bigrams.of(keys.of(rest.toString())));
        if (g.turn().question() != null) {
            score += Bigrams.share(Bigrams.of(keys.of(g.turn().question())), textPairs);
        }
        return score;
    }
}
