package org.transcriptbot.index.model;

/** What a turn of the transcript is. */
public enum TurnKind {
    /** Title lines and the news lead (dateline) before anyone speaks. */
    LEAD,
    /** The answerer's opening statement, before the first question. */
    OPENING,
    /** A reporter's question and its answer. */
    QA,
    /**
     * Answer text with no question before it (a missing question, or text after a repeated
     * section).
     */
    ORPHAN,
    /** A transcript with no recognisable speakers: plain paragraphs. */
    TEXT,
    /**
     * A follow-up question (追问, "a follow-up") and its answer; the asker is the one of the question
     * it follows.
     */
    FOLLOWUP,
    /**
     * The host's procedural words: introductions, hand-overs, the call for questions, the closing.
     */
    HOST,
    /**
     * A second official adding to the answer of the same question (我补充一点); same asker and question.
     */
    SUPPLEMENTARY;

    /**
     * True for the kinds that carry a reporter's question (qa, follow-up, supplementary answer).
     */
    public boolean answersQuestion() {
        return this == QA || this == FOLLOWUP || this == SUPPLEMENTARY;
    }
}
