package org.transcriptbot.bot.core;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The questions behind recent answers, so next/previous buttons can page through their results. Tokens are
 * short (they travel in callback_data) and carry a per-process prefix: a button from before a restart finds no
 * session instead of someone else's.
 */
public final class Sessions {
    private final String prefix;
    private final AtomicLong counter = new AtomicLong();
    private final Map<String, String> questions;

    public Sessions(int capacity) {
        SecureRandom r = new SecureRandom();
        this.prefix = Long.toString(36 * 36 + r.nextInt(36 * 36 * 35), 36).substring(0, 3);
        this.questions = new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized String put(String question) {
        String token = prefix + Long.toString(counter.incrementAndGet(), 36);
        questions.put(token, question);
        return token;
    }

    public synchronized String get(String token) {
        return questions.get(token);
    }
}
