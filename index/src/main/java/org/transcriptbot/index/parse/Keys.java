package org.transcriptbot.index.parse;

import java.util.HashMap;
import java.util.Map;
import org.transcriptbot.index.text.Chinese;

/**
 * The key form ({@link Chinese#key}) of texts met while parsing one transcript, each computed once:
 * the same paragraph is compared for repeats, splices, fit and near-duplicates. Not thread-safe:
 * one per parse.
 */
final class Keys {
    private final Map<String, String> cache = new HashMap<>();

    String of(String text) {
        return text == null ? "" : cache.computeIfAbsent(text, t -> Chinese.key(t).text());
    }
}
