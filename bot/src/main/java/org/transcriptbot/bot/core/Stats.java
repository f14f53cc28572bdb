package org.transcriptbot.bot.core;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Counters for /stats: questions answered, questions without a good result, top questions, uptime. */
public final class Stats {
    private static final int MAX_DISTINCT = 10_000;

    private final long started = System.currentTimeMillis();
    final AtomicLong questions = new AtomicLong();
    final AtomicLong noResult = new AtomicLong();
    final AtomicLong quotes = new AtomicLong();
    final AtomicLong inline = new AtomicLong();
    final AtomicLong buttons = new AtomicLong();
    final AtomicLong limited = new AtomicLong();
    private final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();

    void question(String q, boolean found) {
        questions.incrementAndGet();
        if (!found) {
            noResult.incrementAndGet();
        }
        String key = q.strip().replaceAll("\\s+", " ");
        if (key.length() > 80) {
            key = key.substring(0, 80) + "…";
        }
        if (asked.size() < MAX_DISTINCT || asked.containsKey(key)) {
            asked.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    public long questions() {
        return questions.get();
    }

    public long noResult() {
        return noResult.get();
    }

    public List<Map.Entry<String, Integer>> top(int n) {
        return asked.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue().get()))
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(n).toList();
    }

    public Duration uptime() {
        return Duration.ofMillis(System.currentTimeMillis() - started);
    }
}
