package org.transcriptbot.bot.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What values a setting takes, and how its text becomes a value: one sentence an operator can act
 * on if not.
 */
public abstract class SettingType {
    public static final SettingType TEXT =
            new SettingType("text") {
                @Override
                Object parse(String key, String raw) {
                    return raw;
                }
            };

    public static final SettingType BOOLEAN = choice("true", "false");

    /** A path; the empty text stands for "not set". */
    public static final SettingType PATH =
            new SettingType("a path") {
                @Override
                Object parse(String key, String raw) throws ConfigException {
                    try {
                        return Path.of(raw);
                    } catch (InvalidPathException e) {
                        throw new ConfigException(
                                "The setting " + key + " is not a valid path: \"" + raw + "\".");
                    }
                }
            };

    public static final SettingType URL =
            new SettingType("an http or https URL") {
                @Override
                Object parse(String key, String raw) throws ConfigException {
                    String hint =
                            key
                                    + " must be an http or https URL such as https://api.telegram.org or"
                                    + " http://127.0.0.1:8081, not \""
                                    + raw
                                    + "\".";
                    try {
                        URI u =
                                new URI(
                                        raw.endsWith("/")
                                                ? raw.substring(0, raw.length() - 1)
                                                : raw);
                        if (u.getHost() == null
                                || !("http".equals(u.getScheme())
                                        || "https".equals(u.getScheme()))) {
                            throw new ConfigException(hint);
                        }
                        return u;
                    } catch (URISyntaxException e) {
                        throw new ConfigException(hint);
                    }
                }
            };

    public static final SettingType USER_IDS =
            new SettingType("Telegram user ids, comma-separated") {
                @Override
                Object parse(String key, String raw) throws ConfigException {
                    Set<Long> ids = new LinkedHashSet<>();
                    for (String part : raw.split(",")) {
                        String p = part.strip();
                        if (p.isEmpty()) {
                            continue;
                        }
                        try {
                            ids.add(Long.parseLong(p));
                        } catch (NumberFormatException e) {
                            throw new ConfigException(
                                    key
                                            + " must be Telegram user ids separated by commas; \""
                                            + p
                                            + "\" is not a number.");
                        }
                    }
                    return Set.copyOf(ids);
                }
            };

    private final String allowed;

    private SettingType(String allowed) {
        this.allowed = allowed;
    }

    /** The values allowed, in words ("1-10", "zh or en"), for documentation and messages. */
    public String allowed() {
        return allowed;
    }

    /** The value of a non-empty, stripped text. */
    abstract Object parse(String key, String raw) throws ConfigException;

    public static SettingType choice(String... values) {
        List<String> options = List.of(values);
        return new SettingType(String.join(" or ", options)) {
            @Override
            Object parse(String key, String raw) throws ConfigException {
                if (!options.contains(raw)) {
                    throw new ConfigException(
                            "The setting "
                                    + key
                                    + " must be "
                                    + allowed()
                                    + ", not \""
                                    + raw
                                    + "\".");
                }
                return raw;
            }
        };
    }

    public static SettingType integer(int min, int max) {
        return number(min, max, true);
    }

    public static SettingType decimal(double min, double max) {
        return number(min, max, false);
    }

    /** A number within [min, max]: whole (an Integer) or not (a Double). */
    private static SettingType number(double min, double max, boolean whole) {
        String low = whole ? String.valueOf((long) min) : String.valueOf(min);
        String high = whole ? String.valueOf((long) max) : String.valueOf(max);
        return new SettingType(low + "-" + high) {
            @Override
            Object parse(String key, String raw) throws ConfigException {
                double v;
                try {
                    v = whole ? Integer.parseInt(raw) : Double.parseDouble(raw);
                } catch (NumberFormatException e) {
                    throw new ConfigException(
                            "The setting "
                                    + key
                                    + " must be "
                                    + (whole ? "a whole number" : "a number")
                                    + ", not \""
                                    + raw
                                    + "\".");
                }
                if (!(v >= min && v <= max)) {
                    throw new ConfigException(
                            "The setting "
                                    + key
                                    + " must be between "
                                    + low
                                    + " and "
                                    + high
                                    + ", not "
                                    + raw
                                    + ".");
                }
                if (whole) {
                    return (int) v; // an Integer: a mixed ?: would make it a Double
                }
                return v;
            }
        };
    }
}
