package org.transcriptbot.index.model;

import java.util.List;

/**
 * One speaker turn: who asked (asker, the outlet without "记者"), the question, who answered and the
 * answer's paragraphs. asker and question are null where the transcript has none (lead, opening,
 * orphan).
 */
public record Turn(
        int index,
        TurnKind kind,
        String asker,
        String question,
        String answerer,
        List<Paragraph> paragraphs,
        int firstLine,
        int lastLine) {
    public Turn {
        paragraphs = List.copyOf(paragraphs);
    }
}
