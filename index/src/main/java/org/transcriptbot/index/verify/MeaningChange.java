package org.transcriptbot.index.verify;

/**
 * A difference that changes what the quote means, named before the character differences: a
 * negation dropped or added, a number or unit changed, a word swapped for its opposite, clauses
 * swapped, or the quote crediting the words to someone else. transcript and quote hold the two
 * sides (either may be empty); text() is a plain English description, kind lets an interface word
 * it in its own language.
 */
public record MeaningChange(Kind kind, String transcript, String quote) {
    public enum Kind {
        /** The transcript has a negation the quote lacks. */
        NEGATION_DROPPED,
        /** The quote has a negation the transcript lacks. */
        NEGATION_ADDED,
        /**
         * A number or its unit differs (either side may be empty when a number was dropped or
         * added).
         */
        NUMBER,
        /** A word was replaced by its opposite. */
        OPPOSITE,
        /** The quote's clauses stand in another order than the transcript's. */
        CLAUSE_ORDER,
        /**
         * The quote names someone other than the person who said the words (quote = who the quote
         * names).
         */
        SPEAKER,
        /** The quote's sentences were said by different people. */
        SPEAKERS_MIXED
    }

    public MeaningChange {
        transcript = transcript == null ? "" : transcript;
        quote = quote == null ? "" : quote;
    }

    /**
     * A one-line English description, e.g. "negation dropped: 不" or "number changed: 180 → 200".
     */
    public String text() {
        return switch (kind) {
            case NEGATION_DROPPED -> "negation dropped: " + transcript;
            case NEGATION_ADDED -> "negation added: " + quote;
            case NUMBER ->
                    transcript.isEmpty()
                            ? "number added: " + quote
                            : quote.isEmpty()
                                    ? "number dropped: " + transcript
                                    : "number changed: " + transcript + " → " + quote;
            case OPPOSITE -> "opposite word: " + transcript + " → " + quote;
            case CLAUSE_ORDER -> "clauses swapped: the transcript says " + transcript;
            case SPEAKER -> "the quote names " + quote + ", but the words are " + transcript + "'s";
            case SPEAKERS_MIXED -> "the sentences were said by different people: " + transcript;
        };
    }
}
