package org.transcriptbot.bot.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The known key or variable nearest to a mistyped one, by edit distance. Written here because none
 * of the libraries the bot uses offers a public edit distance (picocli keeps its own suggestion
 * code private).
 */
final class Nearest {
    private Nearest() {}

    static String key(String unknown) {
        return nearest(unknown, Stream.of(Setting.values()).map(Setting::key).toList());
    }

    /** One warning for each key of the file that names no setting. */
    static List<String> unknownKeys(Properties own, Path file) {
        List<String> out = new ArrayList<>();
        for (String key : own.stringPropertyNames()) {
            if (Setting.byKey(key) == null) {
                out.add(
                        "Unknown setting "
                                + key
                                + " in "
                                + file
                                + " is ignored (the nearest known key is "
                                + key(key)
                                + ").");
            }
        }
        return out;
    }

    /** One warning for each TRANSCRIPT_BOT_ variable that names no setting. */
    static List<String> unknownEnvironment(Map<String, String> env) {
        Set<String> known =
                Stream.of(Setting.values()).map(Setting::env).collect(Collectors.toSet());
        List<String> out = new ArrayList<>();
        env.keySet().stream()
                .filter(v -> v.startsWith(Setting.ENV_PREFIX) && !known.contains(v))
                .sorted()
                .forEach(
                        v ->
                                out.add(
                                        "Unknown environment variable "
                                                + v
                                                + " is ignored (the nearest known one is "
                                                + nearest(v, known.stream().sorted().toList())
                                                + ")."));
        return out;
    }

    private static String nearest(String unknown, List<String> candidates) {
        return candidates.stream()
                .min(Comparator.comparingInt(c -> distance(unknown, c)))
                .orElseThrow();
    }

    /** Levenshtein distance, two rows. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(substitute, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
