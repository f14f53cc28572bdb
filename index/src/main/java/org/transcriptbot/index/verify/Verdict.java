package org.transcriptbot.index.verify;

/** Is a claimed quote in the transcript? */
public enum Verdict {
    /**
     * The quote's words are in the transcript (punctuation, width, spaces and script normalised).
     */
    EXACT,
    /**
     * A span of the transcript is close: a word or two changed, added or dropped, or a number
     * altered.
     */
    NEAR,
    /** Nothing close enough. */
    NOT_FOUND;

    /** The weaker of two verdicts. */
    public Verdict weakest(Verdict other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
