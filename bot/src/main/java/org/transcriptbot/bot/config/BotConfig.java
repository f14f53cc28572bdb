package org.transcriptbot.bot.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The bot's settings: defaults (the bundled config/bot.properties), then the operator's file, then environment
 * variables (TELEGRAM_BOT_TOKEN, TELEGRAM_API_URL, BOT_ADMINS, TRANSCRIPTS_DIR). The token is never printed:
 * toString() and every error message leave it out.
 */
public final class BotConfig {
    public static final String DEFAULTS = "/org/transcriptbot/bot/defaults/";

    private final Properties props;
    private final Path configDir;
    private final String token;

    private BotConfig(Properties props, Path configDir, String token) {
        this.props = props;
        this.configDir = configDir;
        this.token = token;
    }

    /**
     * Loads the configuration. file may be null: then ./config/bot.properties is used if present, else the
     * bundled defaults alone.
     */
    public static BotConfig load(Path file, Map<String, String> env) throws ConfigException {
        Properties props = new Properties();
        try (InputStream in = BotConfig.class.getResourceAsStream(DEFAULTS + "bot.properties")) {
            if (in != null) {
                props.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new ConfigException("The bundled default configuration cannot be read: " + e.getMessage());
        }
        Path dir = null;
        Path chosen = file;
        if (chosen == null && Files.isRegularFile(Path.of("config", "bot.properties"))) {
            chosen = Path.of("config", "bot.properties");
        }
        if (chosen != null) {
            if (!Files.isRegularFile(chosen)) {
                throw new ConfigException("The configuration file " + chosen
                        + (Files.isDirectory(chosen) ? " is a folder, not a file." : " does not exist."));
            }
            Properties own = new Properties();
            try (Reader r = Files.newBufferedReader(chosen, StandardCharsets.UTF_8)) {
                own.load(r);
            } catch (IOException | IllegalArgumentException e) {
                throw new ConfigException("The configuration file " + chosen + " cannot be read: " + e.getMessage());
            }
            props.putAll(own);
            dir = chosen.toAbsolutePath().getParent();
        }
        String token = blankToNull(env.get("TELEGRAM_BOT_TOKEN"));
        override(props, env, "TELEGRAM_API_URL", "telegram.api.url");
        override(props, env, "BOT_ADMINS", "bot.admins");
        override(props, env, "TRANSCRIPTS_DIR", "transcripts.dir");
        BotConfig c = new BotConfig(props, dir, token);
        c.validate();
        return c;
    }

    private static void override(Properties props, Map<String, String> env, String var, String key) {
        String v = env.get(var);
        if (v != null && !v.isBlank()) {
            props.setProperty(key, v.strip());
        }
    }

    private void validate() throws ConfigException {
        apiUrl();
        admins();
        intValue("search.results", 1, 10);
        intValue("polling.timeout.seconds", 0, 50);
        intValue("handler.threads", 1, 64);
        doubleValue("limits.chat.per.second", 0.01, 100);
        intValue("limits.group.per.minute", 1, 10_000);
        intValue("limits.global.per.second", 1, 10_000);
        intValue("limits.chat.burst", 1, 100);
        intValue("delivery.max.age.hours", 1, 720);
        intValue("delivery.retry.max.millis", 10, 600_000);
        intValue("limits.user.questions.per.minute", 0, 10_000);
        intValue("inline.cache.seconds", 0, 86_400);
        intValue("shutdown.grace.seconds", 0, 600);
        for (String w : new String[] {"text", "bigrams", "question", "question_bigrams"}) {
            doubleValue("search.weight." + w, 0, 100);
        }
        String sem = get("search.semantic", "true");
        if (!sem.equals("true") && !sem.equals("false")) {
            throw new ConfigException("search.semantic must be true or false, not \"" + sem + "\".");
        }
        String lang = get("bot.language.default", "zh");
        if (!lang.equals("zh") && !lang.equals("en")) {
            throw new ConfigException("bot.language.default must be zh or en, not \"" + lang + "\".");
        }
        if (token != null && !token.matches("[0-9]{1,20}:[A-Za-z0-9_-]{10,100}")) {
            throw new ConfigException("TELEGRAM_BOT_TOKEN does not look like a bot token (digits, a colon, then letters,"
                    + " digits, _ or -); check the value BotFather gave you.");
        }
    }

    public String get(String key, String def) {
        String v = props.getProperty(key);
        return v == null || v.isBlank() ? def : v.strip();
    }

    public int intValue(String key, int min, int max) throws ConfigException {
        return (int) number(key, min, max, true);
    }

    public double doubleValue(String key, double min, double max) throws ConfigException {
        return number(key, min, max, false);
    }

    /** A numeric setting within [min, max]; whole numbers only if whole. One sentence when it is not. */
    private double number(String key, double min, double max, boolean whole) throws ConfigException {
        String v = get(key, null);
        if (v == null) {
            throw new ConfigException("The setting " + key + " is missing.");
        }
        double d;
        try {
            d = whole ? Integer.parseInt(v) : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new ConfigException("The setting " + key + " must be " + (whole ? "a whole number" : "a number")
                    + ", not \"" + v + "\".");
        }
        if (d < min || d > max || Double.isNaN(d)) {
            throw new ConfigException("The setting " + key + " must be between " + (whole ? String.valueOf((long) min)
                    : String.valueOf(min)) + " and " + (whole ? String.valueOf((long) max) : String.valueOf(max))
                    + ", not " + v + ".");
        }
        return d;
    }

    /** The token, or null when none is set (console mode). */
    public String token() {
        return token;
    }

    public URI apiUrl() throws ConfigException {
        String v = get("telegram.api.url", "https://api.telegram.org");
        try {
            URI u = new URI(v.endsWith("/") ? v.substring(0, v.length() - 1) : v);
            if (u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https")) || u.getHost() == null) {
                throw new ConfigException("telegram.api.url (TELEGRAM_API_URL) must be an http or https URL such as"
                        + " https://api.telegram.org or http://127.0.0.1:8081, not \"" + v + "\".");
            }
            return u;
        } catch (URISyntaxException e) {
            throw new ConfigException("telegram.api.url (TELEGRAM_API_URL) is not a valid URL: \"" + v + "\".");
        }
    }

    public Set<Long> admins() throws ConfigException {
        Set<Long> out = new LinkedHashSet<>();
        for (String part : get("bot.admins", "").split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            try {
                out.add(Long.parseLong(p));
            } catch (NumberFormatException e) {
                throw new ConfigException("bot.admins (BOT_ADMINS) must be Telegram user ids separated by commas; \""
                        + p + "\" is not a number.");
            }
        }
        return out;
    }

    /** The transcripts folder, or null for the bundled transcript. */
    public Path transcriptsDir() {
        String v = get("transcripts.dir", null);
        return v == null ? null : Path.of(v);
    }

    /** Where passage vectors are cached: semantic.cache.dir, else ~/.cache/transcript-bot. */
    public Path semanticCacheDir() {
        String v = get("semantic.cache.dir", null);
        return v != null ? Path.of(v) : Path.of(System.getProperty("user.home"), ".cache", "transcript-bot");
    }

    /** The folder of the durable state: state.dir, else a folder "state" in the cache folder. */
    public Path stateDir() {
        String v = get("state.dir", null);
        return v != null ? Path.of(v) : semanticCacheDir().resolve("state");
    }

    public Path indexDir() {
        String v = get("index.dir", null);
        return v == null ? null : Path.of(v);
    }

    /** The synonyms file to use, or null for the bundled copy. */
    public Path synonymsFile() {
        String v = get("synonyms.file", null);
        if (v == null) {
            return null;
        }
        Path p = Path.of(v);
        if (!p.isAbsolute() && configDir != null) {
            p = configDir.resolve(p);
        }
        return Files.isRegularFile(p) ? p : null;
    }

    @Override
    public String toString() {
        Properties copy = new Properties();
        copy.putAll(props);
        return "BotConfig" + copy + (token == null ? " (no token)" : " (token set)");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
