package org.transcriptbot.index.model;

/**
 * A person (or outlet) who speaks in a transcript, as read from the speaker labels and the header:
 * name as it stands in labels ("秦立新", "Ellis Holloway", "法新社"), title or role words read with it
 * ("住房和城乡建设部副部长", "Department Spokesperson"; null when none) and the part they play. Search may
 * treat these words as non-topic words of a question ("林书远怎么说…").
 */
public record Speaker(String name, String title, Role role) {
    /** The part a speaker plays in the transcript. */
    public enum Role {
        ANSWERER,
        HOST,
        ASKER
    }
}
