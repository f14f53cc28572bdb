package org.transcriptbot.bot.state;

/**
 * The state file could not be opened, read or written (disk full, permissions, a corrupt file,
 * closed).
 */
public final class StateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StateException(String message, Throwable cause) {
        super(message, cause);
    }
}
