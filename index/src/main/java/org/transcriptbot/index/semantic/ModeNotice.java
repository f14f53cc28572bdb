package org.transcriptbot.index.semantic;

import java.io.PrintWriter;

/**
 * Tells a batch's user which ranking answers: said before the first answer and again when it
 * changes (lexical while passages are embedded in the background, hybrid once their vectors are
 * swapped in).
 */
public final class ModeNotice {
    private final DenseVectors vectors;
    private EmbeddingProgress.State told;
    private boolean toldOff;

    /** vectors null: semantic search is off. */
    public ModeNotice(DenseVectors vectors) {
        this.vectors = vectors;
    }

    /** Prints one line to err when the answering mode is not the one last told. */
    public synchronized void tell(PrintWriter err) {
        if (vectors == null) {
            if (!toldOff) {
                err.println("Answering by lexical search (semantic search is off).");
                err.flush();
                toldOff = true;
            }
            return;
        }
        EmbeddingProgress p = vectors.progress();
        if (p.state() != told) {
            told = p.state();
            err.println("Answering by " + p.describe() + ".");
            err.flush();
        }
    }
}
