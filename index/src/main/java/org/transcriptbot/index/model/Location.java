package org.transcriptbot.index.model;

/**
 * Where a passage stands: transcript, turn (index, asker, question), its position in the answer
 * (paragraph is 1-based, of paragraphs in that answer) and its source lines (1-based, inclusive).
 */
public record Location(
        String transcriptId,
        int turn,
        TurnKind kind,
        String asker,
        String question,
        String answerer,
        int paragraph,
        int paragraphs,
        int firstLine,
        int lastLine) {}
