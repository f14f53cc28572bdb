package org.transcriptbot.bot.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import org.transcriptbot.bot.config.ConfigException;
import org.transcriptbot.index.parse.TranscriptException;

/**
 * The exit codes of every command, and the one sentence printed on standard error for a failure: 0
 * done, 1 failure (worth retrying), 2 bad input or usage, 78 configuration (EX_CONFIG of
 * sysexits.h: a service manager should not restart the bot until the operator fixed it). The
 * Telegram bot's own ending codes (73 state folder unusable, 75 another instance, 78 refused token)
 * come from its BotExit.
 */
final class Exits {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;
    static final int CONFIG = 78;

    private Exits() {}

    static int code(Throwable ex) {
        if (ex instanceof ConfigException) {
            return CONFIG;
        }
        if (ex instanceof TranscriptException
                || ex instanceof InputException
                || ex instanceof NoSuchFileException
                || ex instanceof CharacterCodingException) {
            return USAGE;
        }
        return FAILURE;
    }

    static String message(Throwable ex) {
        if (ex instanceof ConfigException
                || ex instanceof TranscriptException
                || ex instanceof InputException) {
            return ex.getMessage();
        }
        if (ex instanceof UncheckedIOException && ex.getCause() != null) {
            return message(ex.getCause());
        }
        if (ex instanceof NoSuchFileException) {
            return "The file " + ex.getMessage() + " does not exist.";
        }
        if (ex instanceof CharacterCodingException) {
            return "The input is not UTF-8 text: " + InputException.ENCODING_HINT;
        }
        if (ex instanceof IOException) {
            return ex.getMessage() == null ? "Reading or writing failed." : ex.getMessage();
        }
        return "Unexpected error: " + ex + " (please report it).";
    }

    /**
     * Input the user gave that cannot be used: a missing or unreadable file, text in another
     * encoding.
     */
    static final class InputException extends Exception {
        static final String ENCODING_HINT =
                "convert it (e.g. iconv -f GBK -t UTF-8 FILE > NEW) or pass --encoding"
                        + " with its encoding (for standard input).";
        private static final long serialVersionUID = 1L;

        InputException(String message) {
            super(message);
        }
    }
}
