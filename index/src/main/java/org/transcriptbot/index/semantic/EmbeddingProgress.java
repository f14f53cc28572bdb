package org.transcriptbot.index.semantic;

import java.util.Locale;

/**
 * Where the background embedding stands, for /stats and metrics: passages embedded of those that
 * were missing, the rate, the time left, and whether the hybrid ranking is in use yet.
 */
public record EmbeddingProgress(
        State state, int done, int total, double perSecond, double secondsLeft, String problem) {
    public enum State {
        /**
         * The stored vectors are being matched to the passages, and they cannot cover them all:
         * questions are answered lexically meanwhile (embedding follows).
         */
        MATCHING,
        /** Vectors are being embedded; questions are answered lexically meanwhile. */
        EMBEDDING,
        /** Every passage has its vector: questions are answered by the hybrid ranking. */
        READY,
        /** The model could not run here: lexical search only (problem says why). */
        FAILED
    }

    static EmbeddingProgress embedding(int done, int total, long startNanos) {
        double seconds = Math.max((System.nanoTime() - startNanos) / 1e9, 1e-9);
        double rate = done / seconds;
        return new EmbeddingProgress(
                State.EMBEDDING,
                done,
                total,
                rate,
                rate > 0 ? (total - done) / rate : Double.NaN,
                null);
    }

    static EmbeddingProgress matching() {
        return new EmbeddingProgress(State.MATCHING, 0, 0, 0, Double.NaN, null);
    }

    static EmbeddingProgress ready(int total) {
        return new EmbeddingProgress(State.READY, total, total, 0, 0, null);
    }

    static EmbeddingProgress failed(int done, int total, String problem) {
        return new EmbeddingProgress(State.FAILED, done, total, 0, Double.NaN, problem);
    }

    /**
     * One line for people: "embedding passages: 1200/49166 (2%), 130.5 a second, about 6 min left".
     */
    public String describe() {
        return switch (state) {
            case MATCHING ->
                    "lexical search while the stored vectors are matched to the passages (not"
                            + " every passage has one yet)";
            case READY -> "hybrid search (all " + total + " passages embedded)";
            case FAILED ->
                    "lexical search only: the embedding model could not run (" + problem + ")";
            case EMBEDDING ->
                    String.format(
                            Locale.ROOT,
                            "lexical search while embedding passages: %d/%d (%.0f%%), "
                                    + "%.1f a second, %s",
                            done,
                            total,
                            100.0 * done / Math.max(total, 1),
                            perSecond,
                            left());
        };
    }

    private String left() {
        if (Double.isNaN(secondsLeft)) {
            return "time left not known yet";
        }
        long s = Math.round(secondsLeft);
        return s < 120 ? "about " + s + " s left" : "about " + Math.round(s / 60.0) + " min left";
    }
}
