package org.transcriptbot.index.model;

/** What a turn of the transcript is. */
public enum TurnKind {
    /** Title lines and the news lead (dateline) before anyone speaks. */
    LEAD,
    /** The answerer's opening statement, before the first question. */
    OPENING,
    /** A reporter's question and its answer. */
    QA,
    /** Answer text with no question before it (a missing question, or text after a repeated section). */
    ORPHAN,
    /** A transcript with no recognisable speakers: plain paragraphs. */
    TEXT
}
