package org.transcriptbot.index.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.transcriptbot.index.model.Location;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.model.TranscriptMeta;
import org.transcriptbot.index.model.Turn;
import org.transcriptbot.index.text.Chinese;

/**
 * Everything the collection's people said, in key form (see Chinese.key): every answer passage,
 * then every reporter's question, each a unit with who said it and in which role. Units are joined
 * by a NUL separator into one string so an exact search is one indexOf and an approximate one a
 * single Myers scan. Answer passages come first, in the order given, so a unit's number is the
 * passage's number in the search index.
 */
final class SpokenCorpus {
    static final String ANSWER = "answer";
    static final String QUESTION = "question";

    /**
     * Speaker labels that stand for an unnamed questioner (a parser may file them as the answering
     * side).
     */
    private static final Pattern ASKER_LABEL = Pattern.compile("(?i)q|question|问|提问|记者");

    /**
     * One stretch of one person's words: an answer passage, or a question (a synthetic passage).
     */
    record Unit(Passage passage, TranscriptMeta meta, String speaker, String role) {}

    private final List<Unit> units = new ArrayList<>();
    private final Set<String> speakers = new LinkedHashSet<>();
    private final StringBuilder keys = new StringBuilder();
    private int[] unitOf = new int[1024];
    private int[] sourceOf = new int[1024];
    private final List<Integer> starts = new ArrayList<>();
    private final String text;
    private final int answerUnits;

    SpokenCorpus(List<Transcript> transcripts) {
        for (Transcript t : transcripts) {
            for (Passage p : t.passages()) {
                String speaker = p.location().answerer();
                boolean asks = speaker != null && ASKER_LABEL.matcher(speaker.strip()).matches();
                add(new Unit(p, t.meta(), speaker, asks ? QUESTION : ANSWER));
            }
        }
        answerUnits = units.size();
        for (Transcript t : transcripts) {
            for (Passage q : questions(t)) {
                add(new Unit(q, t.meta(), q.location().asker(), QUESTION));
            }
        }
        text = keys.toString();
        unitOf = Arrays.copyOf(unitOf, text.length());
        sourceOf = Arrays.copyOf(sourceOf, text.length());
    }

    /**
     * A transcript's questions as passages: one per distinct question text, with every turn it
     * stands in.
     */
    private static List<Passage> questions(Transcript t) {
        Map<String, List<Location>> byText = new LinkedHashMap<>();
        for (Turn turn : t.turns()) {
            if (turn.question() == null || turn.question().isBlank()) {
                continue;
            }
            int last =
                    turn.paragraphs().isEmpty()
                            ? turn.lastLine()
                            : Math.max(turn.firstLine(), turn.paragraphs().get(0).firstLine() - 1);
            byText.computeIfAbsent(turn.question().strip(), k -> new ArrayList<>())
                    .add(
                            new Location(
                                    t.id(),
                                    turn.index(),
                                    turn.kind(),
                                    turn.asker(),
                                    turn.question(),
                                    turn.answerer(),
                                    0,
                                    turn.paragraphs().size(),
                                    turn.firstLine(),
                                    last));
        }
        List<Passage> out = new ArrayList<>();
        byText.forEach(
                (q, where) ->
                        out.add(
                                new Passage(
                                        "q" + Integer.toHexString(q.hashCode()), q, where, false)));
        return out;
    }

    private void add(Unit unit) {
        Chinese.Key key = Chinese.key(unit.passage().text());
        int ord = units.size();
        units.add(unit);
        starts.add(keys.length());
        int n = keys.length();
        if (n + key.length() + 1 > unitOf.length) {
            int cap = Math.max(unitOf.length * 2, n + key.length() + 1);
            unitOf = Arrays.copyOf(unitOf, cap);
            sourceOf = Arrays.copyOf(sourceOf, cap);
        }
        for (int i = 0; i < key.length(); i++) {
            unitOf[n + i] = ord;
            sourceOf[n + i] = key.srcIndex()[i];
        }
        keys.append(key.text()).append('\u0000');
        unitOf[n + key.length()] = ord;
        sourceOf[n + key.length()] = unit.passage().text().length();
        if (unit.speaker() != null && !unit.speaker().isBlank()) {
            speakers.add(unit.speaker().strip());
        }
    }

    /** The key forms of all units, each followed by a NUL. */
    String text() {
        return text;
    }

    Unit unit(int ord) {
        return units.get(ord);
    }

    /** The unit a key position belongs to (a separator belongs to the unit before it). */
    int unitAt(int keyIndex) {
        return unitOf[keyIndex];
    }

    /** The index in its unit's passage text of the character a key position came from. */
    int sourceAt(int keyIndex) {
        return sourceOf[keyIndex];
    }

    /** Where a unit's key form starts. */
    int start(int ord) {
        return starts.get(ord);
    }

    /** Where a unit's key form ends (its separator). */
    int end(int ord) {
        return ord + 1 < starts.size() ? starts.get(ord + 1) - 1 : text.length() - 1;
    }

    /**
     * How many units are answer passages (numbered as in the search index); the questions follow
     * them.
     */
    int answerUnits() {
        return answerUnits;
    }

    int units() {
        return units.size();
    }

    /** Every name a speaker or asker label of the collection carries. */
    Set<String> speakers() {
        return speakers;
    }
}
