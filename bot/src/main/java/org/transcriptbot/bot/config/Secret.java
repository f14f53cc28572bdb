package org.transcriptbot.bot.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The bot token: from TELEGRAM_BOT_TOKEN, else from the file telegram.token.file names (a container
 * or systemd secret), never from bot.properties. Messages name where it came from, never the value.
 */
record Secret(String value, String source) {
    static final String TOKEN_ENV = "TELEGRAM_BOT_TOKEN";
    private static final String SHAPE = "[0-9]{1,20}:[A-Za-z0-9_-]{10,100}";

    @Override
    public String toString() {
        return "Secret[from " + source + "]";
    }

    /** The token, or null when neither the variable nor the file is set. */
    static Secret token(Map<String, String> env, Path file) throws ConfigException {
        String fromEnv = env.get(TOKEN_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return checked(fromEnv.strip(), "env " + TOKEN_ENV);
        }
        if (file == null) {
            return null;
        }
        try {
            return checked(Files.readString(file, StandardCharsets.UTF_8).strip(), "file " + file);
        } catch (IOException e) {
            throw new ConfigException(
                    "The token file "
                            + file
                            + " ("
                            + Setting.TOKEN_FILE.key()
                            + ") cannot be read: "
                            + e.getClass().getSimpleName()
                            + ".");
        }
    }

    private static Secret checked(String token, String source) throws ConfigException {
        if (!token.matches(SHAPE)) {
            throw new ConfigException(
                    "The bot token from "
                            + source
                            + " does not look like a bot token (digits, a"
                            + " colon, then letters, digits, _ or -); check the value BotFather gave you.");
        }
        return new Secret(token, source);
    }

    /**
     * A token-like key in the operator's file is refused: secrets stay out of files others may
     * read.
     */
    static void refuseInFile(Properties own, Path file) throws ConfigException {
        for (String key : own.stringPropertyNames()) {
            String k = key.toLowerCase(Locale.ROOT);
            if (k.contains("token") && !k.equals(Setting.TOKEN_FILE.key())) {
                throw new ConfigException(
                        "The bot token must not be written in "
                                + file
                                + " (key "
                                + key
                                + "): set "
                                + TOKEN_ENV
                                + " or name a file holding it with "
                                + Setting.TOKEN_FILE.key()
                                + ".");
            }
        }
    }
}
