package org.transcriptbot.index.parse;

/**
 * A transcript that cannot be read; the message is one sentence naming the file (and line where
 * known).
 */
public class TranscriptException extends Exception {
    private static final long serialVersionUID = 1L;

    public TranscriptException(String message) {
        super(message);
    }

    public TranscriptException(String message, Throwable cause) {
        super(message, cause);
    }
}
