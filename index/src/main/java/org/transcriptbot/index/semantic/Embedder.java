package org.transcriptbot.index.semantic;

/**
 * Turns text into a unit-length vector; passages and queries may be embedded differently (BGE's
 * prefix).
 */
public interface Embedder {
    /** A name for the model and its settings: vectors cached under another name are not reused. */
    String model();

    float[] passage(String text);

    float[] query(String text);
}
