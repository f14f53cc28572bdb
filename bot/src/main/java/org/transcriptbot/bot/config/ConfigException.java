package org.transcriptbot.bot.config;

/** A missing or malformed setting: the message is one sentence an operator can act on. */
public class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
