package org.transcriptbot.bot.config;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.transcriptbot.index.lucene.IndexLocation;

/**
 * The bot's settings, read and checked once: each {@link Setting}'s default, then the operator's
 * file, then the environment. Values are typed; unknown keys are warnings naming the nearest known
 * key. The token is never printed: toString(), {@link #effective()} and every error message leave
 * it out.
 */
public final class BotConfig {
    /** Where the jar keeps its copies of the config folder's files (the synonyms). */
    public static final String DEFAULTS = "/org/transcriptbot/bot/defaults/";

    /** The default configuration file, relative to the working directory. */
    public static final Path DEFAULT_FILE = Path.of("config", "bot.properties");

    /**
     * A setting's value as text and where it came from ("default", the file, or an environment
     * variable).
     */
    public record Effective(String key, String value, String source) {}

    private final Map<Setting, Object> values;
    private final Map<Setting, String> sources;
    private final Path file;
    private final Secret token;
    private final List<String> warnings;

    private BotConfig(
            Map<Setting, Object> values,
            Map<Setting, String> sources,
            Path file,
            Secret token,
            List<String> warnings) {
        this.values = values;
        this.sources = sources;
        this.file = file;
        this.token = token;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Loads the configuration. file may be null: then ./config/bot.properties is used if present,
     * else the defaults alone.
     */
    public static BotConfig load(Path file, Map<String, String> env) throws ConfigException {
        Path chosen = file == null && Files.isRegularFile(DEFAULT_FILE) ? DEFAULT_FILE : file;
        SettingSources from = SettingSources.of(chosen, env);
        Secret.refuseInFile(from.file(), chosen);
        List<String> warnings = new ArrayList<>(Nearest.unknownKeys(from.file(), chosen));
        warnings.addAll(Nearest.unknownEnvironment(env));
        Map<Setting, Object> values = new EnumMap<>(Setting.class);
        Map<Setting, String> sources = new EnumMap<>(Setting.class);
        for (Setting s : Setting.values()) {
            SettingSources.Raw raw = from.raw(s);
            String text = raw.text().strip();
            values.put(s, text.isEmpty() ? null : s.type().parse(s.key(), text));
            sources.put(s, raw.source());
        }
        Path dir = chosen == null ? null : chosen.toAbsolutePath().getParent();
        Secret token = Secret.token(env, (Path) values.get(Setting.TOKEN_FILE));
        return new BotConfig(values, sources, dir, token, warnings);
    }

    /** One sentence for each unknown key of the file or the environment. */
    public List<String> warnings() {
        return warnings;
    }

    public int integer(Setting s) {
        return (Integer) values.get(s);
    }

    public double decimal(Setting s) {
        return (Double) values.get(s);
    }

    public boolean flag(Setting s) {
        return Boolean.parseBoolean((String) values.get(s));
    }

    /** A text setting; empty text gives the default. */
    public String text(Setting s) {
        Object v = values.get(s);
        return v == null ? s.defaultValue() : (String) v;
    }

    /** A path setting, or null when it is empty. */
    public Path path(Setting s) {
        return (Path) values.get(s);
    }

    /** The token, or null when none is set (console mode). */
    public String token() {
        return token == null ? null : token.value();
    }

    public URI apiUrl() {
        return (URI) values.get(Setting.API_URL);
    }

    @SuppressWarnings("unchecked")
    public Set<Long> admins() {
        Object v = values.get(Setting.ADMINS);
        return v == null ? Set.of() : (Set<Long>) v;
    }

    /** Where passage vectors are cached: semantic.cache.dir, else ~/.cache/transcript-bot. */
    public Path semanticCacheDir() {
        Path p = path(Setting.SEMANTIC_CACHE_DIR);
        return p != null ? p : Path.of(System.getProperty("user.home"), ".cache", "transcript-bot");
    }

    /**
     * The on-disk index of a transcripts folder: index.dir (INDEX_DIR, --index-dir); empty: a
     * folder under the cache folder named after the transcripts folder's path; "memory" (or no
     * transcripts folder): none, in memory.
     */
    public Path indexDir(Path transcriptsDir) {
        Path p = path(Setting.INDEX_DIR);
        if (p != null && "memory".equalsIgnoreCase(p.toString())) {
            return null;
        }
        if (p != null) {
            return p;
        }
        return transcriptsDir == null
                ? null
                : IndexLocation.under(semanticCacheDir(), transcriptsDir);
    }

    /** The folder of the durable state: state.dir, else a folder "state" in the cache folder. */
    public Path stateDir() {
        Path p = path(Setting.STATE_DIR);
        return p != null ? p : semanticCacheDir().resolve("state");
    }

    /**
     * The synonyms file to use (relative to the config file's folder), or null for the bundled
     * copy.
     */
    public Path synonymsFile() {
        return operatorFile(Setting.SYNONYMS_FILE);
    }

    /**
     * The English-Chinese lexicon to use (relative to the config file's folder), or null for the
     * bundled copy.
     */
    public Path lexiconFile() {
        return operatorFile(Setting.LEXICON_FILE);
    }

    private Path operatorFile(Setting setting) {
        Path p = path(setting);
        if (p == null) {
            return null;
        }
        if (!p.isAbsolute() && file != null) {
            p = file.resolve(p);
        }
        return Files.isRegularFile(p) ? p : null;
    }

    /**
     * Every setting with its value and source, and the token redacted: what `transcript-bot config`
     * prints.
     */
    public List<Effective> effective() {
        List<Effective> out = new ArrayList<>();
        out.add(
                new Effective(
                        "telegram.token",
                        token == null ? "(not set)" : "<redacted>",
                        token == null ? "-" : token.source()));
        for (Setting s : Setting.values()) {
            Object v = values.get(s);
            String text =
                    v instanceof Set<?> ids
                            ? ids.stream()
                                    .map(String::valueOf)
                                    .sorted()
                                    .reduce((a, b) -> a + "," + b)
                                    .orElse("")
                            : v == null ? "" : String.valueOf(v);
            out.add(new Effective(s.key(), text, sources.get(s)));
        }
        return out;
    }

    @Override
    public String toString() {
        return "BotConfig" + values + (token == null ? " (no token)" : " (token set)");
    }
}
