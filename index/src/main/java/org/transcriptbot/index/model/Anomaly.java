package org.transcriptbot.index.model;

/** Something the parser repaired or could not repair, with the source lines concerned. */
public record Anomaly(Kind kind, int firstLine, int lastLine, String detail) {
    public enum Kind {
        BROKEN_LINE_JOIN("broken-line-join"),
        DUPLICATE_TURN("duplicate-turn"),
        DUPLICATE_PARAGRAPH("duplicate-paragraph"),
        NEAR_DUPLICATE("near-duplicate"),
        ORPHAN("orphan"),
        TRUNCATED("truncated"),
        NO_TURNS("no-turns"),
        QUESTION_WITHOUT_ANSWER("question-without-answer"),
        /** Text pasted under the wrong question (shared with another turn, or cut mid-word). */
        SPLICE("splice");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
