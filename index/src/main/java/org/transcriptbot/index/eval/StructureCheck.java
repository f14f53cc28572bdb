package org.transcriptbot.index.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.model.Turn;

/**
 * One row of a layout set's structure.jsonl and its rule: the row holds when some turn of its file
 * has the question (containment once whitespace is removed; none for an opening), an answerer whose
 * name contains or is contained in the row's, the row's asker likewise when it names one, and every
 * answer_contains string in its paragraphs.
 */
record StructureCheck(
        String file,
        int index,
        String kind,
        String asker,
        String answerer,
        String question,
        List<String> answerContains) {
    static StructureCheck of(JsonNode n) {
        List<String> contains = new ArrayList<>();
        n.path("answer_contains").forEach(a -> contains.add(a.asText()));
        return new StructureCheck(
                n.path("file").asText(),
                n.path("index").asInt(),
                n.path("kind").asText(),
                text(n, "asker"),
                text(n, "answerer"),
                text(n, "question_contains"),
                contains);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /**
     * True when some turn of the row's transcript has this row's question, people and answer text.
     */
    boolean holds(List<Transcript> transcripts) {
        return transcripts.stream()
                .filter(t -> file.equals(t.meta().file()))
                .flatMap(t -> t.turns().stream())
                .anyMatch(this::matches);
    }

    private boolean matches(Turn turn) {
        if (question != null
                && (turn.question() == null || !flat(turn.question()).contains(flat(question)))) {
            return false;
        }
        if (!sameName(turn.answerer(), answerer)
                || asker != null && !sameName(turn.asker(), asker)) {
            return false;
        }
        String paragraphs =
                flat(String.join("", turn.paragraphs().stream().map(p -> p.text()).toList()));
        return answerContains.stream().allMatch(a -> paragraphs.contains(flat(a)));
    }

    private static boolean sameName(String found, String expected) {
        if (expected == null) {
            return true;
        }
        if (found == null) {
            return false;
        }
        String f = flat(found).toLowerCase(Locale.ROOT);
        String e = flat(expected).toLowerCase(Locale.ROOT);
        return f.contains(e) || e.contains(f);
    }

    static String flat(String s) {
        return s.replaceAll("\\s+", "");
    }
}
