package org.transcriptbot.bot.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where a setting's text comes from: its default, then the operator's file, then the environment
 * (the first of its variables that is set and not blank).
 */
final class SettingSources {
    /** A setting's text as found, and where: "default", the file, or "env VARIABLE". */
    record Raw(String text, String source) {}

    private final Properties file;
    private final Path fileName;
    private final Map<String, String> env;

    private SettingSources(Properties file, Path fileName, Map<String, String> env) {
        this.file = file;
        this.fileName = fileName;
        this.env = env;
    }

    /** The file (null: none) and the environment; the file is read now. */
    static SettingSources of(Path fileName, Map<String, String> env) throws ConfigException {
        return new SettingSources(
                fileName == null ? new Properties() : read(fileName), fileName, env);
    }

    Properties file() {
        return file;
    }

    Raw raw(Setting s) {
        Raw raw = new Raw(s.defaultValue(), "default");
        if (file.getProperty(s.key()) != null) {
            raw = new Raw(file.getProperty(s.key()), fileName.toString());
        }
        for (String var : s.envNames()) {
            if (env.get(var) != null && !env.get(var).isBlank()) {
                return new Raw(env.get(var), "env " + var);
            }
        }
        return raw;
    }

    private static Properties read(Path file) throws ConfigException {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(
                    "The configuration file "
                            + file
                            + (Files.isDirectory(file)
                                    ? " is a folder, not a file."
                                    : " does not exist."));
        }
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException(
                    "The configuration file "
                            + file
                            + " cannot be read ("
                            + e.getMessage()
                            + "); it must be UTF-8 text in the Java properties format.");
        }
        return props;
    }
}
