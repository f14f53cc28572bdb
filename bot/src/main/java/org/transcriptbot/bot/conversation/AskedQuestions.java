package org.transcriptbot.bot.conversation;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The questions behind recent answers, so previous/next buttons can page through their results.
 * Tokens are short (they travel in callback_data) and carry a per-process prefix: a button from
 * before a restart finds no question (and the question is read back from the message) instead of
 * someone else's.
 */
final class AskedQuestions {
    private static final int CAPACITY = 20_000;

    private final String prefix;
    private final AtomicLong counter = new AtomicLong();
    private final Map<String, String> questions =
            new LinkedHashMap<>(256, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > CAPACITY;
                }
            };

    AskedQuestions() {
        SecureRandom r = new SecureRandom();
        this.prefix = Long.toString(36 * 36 + r.nextInt(36 * 36 * 35), 36).substring(0, 3);
    }

    synchronized String remember(String question) {
        String token = prefix + Long.toString(counter.incrementAndGet(), 36);
        questions.put(token, question);
        return token;
    }

    synchronized String recall(String token) {
        return questions.get(token);
    }

    /** The question echoed on the first line of an answer ("🔎 …"), unless it was shortened. */
    static String fromAnswerText(String text) {
        if (text == null || !text.startsWith("🔎 ")) {
            return null;
        }
        int nl = text.indexOf('\n');
        String q = (nl < 0 ? text.substring(3) : text.substring(3, nl)).strip();
        return q.isEmpty() || q.endsWith("…") ? null : q;
    }
}
