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

    /**
     * The units' key forms while the corpus is built. The text is joined from them at the end
     * ({@code String.join} sizes the result once): a StringBuilder grown by doubling and then
     * copied into the String held up to three times the text at once (about 420 MB at 10,000
     * transcripts, the largest pieces one block each): the likely cause of a 1 GB heap running out
     * of memory right after a cold 10,000 start's first answer, when the verifier is built.
     */
    private List<String> keys = new ArrayList<>();

    private int keyLength;

    /**
     * Where each unit's key form starts (the unit of a key position is found by binary search, and
     * the source index of a key character by keying the unit's text again when asked: a table of
     * each per character cost 8 bytes a character, hundreds of megabytes at 10,000 transcripts).
     */
    private int[] starts = new int[1024];

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
        keys.add(""); // the last unit's separator
        text = String.join("\u0000", keys);
        keys = null;
        starts = Arrays.copyOf(starts, units.size());
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
        if (ord == starts.length) {
            starts = Arrays.copyOf(starts, ord * 2);
        }
        starts[ord] = keyLength;
        keys.add(key.text());
        keyLength += key.text().length() + 1;
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
        // every unit has at least its separator: starts are strictly increasing
        int at = Arrays.binarySearch(starts, keyIndex);
        return at >= 0 ? at : -at - 2;
    }

    /**
     * The index in its unit's passage text of the character a key position came from (the text's
     * length for the separator after it).
     */
    int sourceAt(int keyIndex) {
        int ord = unitAt(keyIndex);
        return sources(ord)[keyIndex - starts[ord]];
    }

    /**
     * For each key character of a unit, and its separator, the index in the unit's passage text it
     * came from (the text keyed again: one call for all the positions of a span).
     */
    int[] sources(int ord) {
        String source = units.get(ord).passage().text();
        Chinese.Key key = Chinese.key(source);
        int[] out = Arrays.copyOf(key.srcIndex(), key.length() + 1);
        out[key.length()] = source.length();
        return out;
    }

    /** Where a unit's key form starts. */
    int start(int ord) {
        return starts[ord];
    }

    /** Where a unit's key form ends (its separator). */
    int end(int ord) {
        return ord + 1 < starts.length ? starts[ord + 1] - 1 : text.length() - 1;
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
