package org.transcriptbot.bot.conversation;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.transcriptbot.bot.messages.StatsMessage;

/**
 * Counters for /stats since the start: questions (and those declined), quotes, inline queries,
 * buttons, limits.
 */
final class UsageCounters {
    private static final int MAX_DISTINCT = 10_000;
    private static final int KEY_LENGTH = 80;
    private static final int TOP = 5;

    private final long started = System.currentTimeMillis();
    final AtomicLong questions = new AtomicLong();
    final AtomicLong declined = new AtomicLong();
    final AtomicLong quotes = new AtomicLong();
    final AtomicLong inline = new AtomicLong();
    final AtomicLong buttons = new AtomicLong();
    final AtomicLong limited = new AtomicLong();
    private final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();

    void question(String q, boolean answerable) {
        questions.incrementAndGet();
        if (!answerable) {
            declined.incrementAndGet();
        }
        String key = q.strip().replaceAll("\\s+", " ");
        if (key.length() > KEY_LENGTH) {
            key = key.substring(0, KEY_LENGTH) + "…";
        }
        if (asked.size() < MAX_DISTINCT || asked.containsKey(key)) {
            asked.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    StatsMessage.Usage snapshot() {
        List<Map.Entry<String, Integer>> top =
                asked.entrySet().stream()
                        .map(e -> Map.entry(e.getKey(), e.getValue().get()))
                        .sorted(
                                Comparator.<Map.Entry<String, Integer>>comparingInt(
                                                Map.Entry::getValue)
                                        .reversed()
                                        .thenComparing(Map.Entry::getKey))
                        .limit(TOP)
                        .toList();
        return new StatsMessage.Usage(
                questions.get(),
                declined.get(),
                quotes.get(),
                inline.get(),
                buttons.get(),
                limited.get(),
                Duration.ofMillis(System.currentTimeMillis() - started),
                top);
    }
}
