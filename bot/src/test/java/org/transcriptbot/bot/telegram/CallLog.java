package org.transcriptbot.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** Every request the bot made to the fake Bot API, and waiting for the ones a test expects. */
public final class CallLog {
    private static final Duration WAIT = Duration.ofSeconds(20);

    /** A request: method (lower case), parameters, when it arrived, the HTTP status it got. */
    public record Call(String method, JsonNode params, long atMillis, int status) {
        public boolean ok() {
            return status == 200;
        }

        public String text() {
            return params.path("text").asText(null);
        }

        public long chatId() {
            return params.path("chat_id").asLong();
        }
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();

    synchronized void add(Call c) {
        calls.add(c);
        notifyAll();
    }

    public List<Call> all() {
        return List.copyOf(calls);
    }

    /** Every call of a method, whatever its status. */
    public List<Call> of(String method) {
        return calls.stream().filter(c -> c.method().equals(method.toLowerCase())).toList();
    }

    /** Successful calls of a method. */
    public List<Call> ok(String method) {
        return of(method).stream().filter(Call::ok).toList();
    }

    /** Waits for a successful call of the method matching p. */
    public Call await(String method, Predicate<Call> p, Duration timeout)
            throws InterruptedException {
        Call c = waitFor(() -> ok(method).stream().filter(p).findFirst().orElse(null), timeout);
        if (c == null) {
            throw new AssertionError(
                    "no " + method + " matching in " + timeout + "; calls: " + summary());
        }
        return c;
    }

    public Call await(String method, Predicate<Call> p) throws InterruptedException {
        return await(method, p, WAIT);
    }

    /** Waits until at least n calls of the method matching p were made (successful or not). */
    public void awaitCount(String method, Predicate<Call> p, int n, Duration timeout)
            throws InterruptedException {
        if (waitFor(() -> of(method).stream().filter(p).count() >= n ? Boolean.TRUE : null, timeout)
                == null) {
            throw new AssertionError(
                    "fewer than " + n + " " + method + " calls in " + timeout + ": " + summary());
        }
    }

    /** Waits until at least n successful calls of the method were made. */
    public void awaitCount(String method, int n) throws InterruptedException {
        awaitCount(method, Call::ok, n, WAIT);
    }

    private synchronized <T> T waitFor(java.util.function.Supplier<T> found, Duration timeout)
            throws InterruptedException {
        long end = System.currentTimeMillis() + timeout.toMillis();
        T t;
        while ((t = found.get()) == null) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                return null;
            }
            wait(left);
        }
        return t;
    }

    public String summary() {
        StringBuilder sb = new StringBuilder();
        for (Call c : calls) {
            if (!c.method().equals("getupdates")) {
                String p = c.params().toString();
                sb.append(c.method())
                        .append(' ')
                        .append(c.status())
                        .append(' ')
                        .append(p.length() > 160 ? p.substring(0, 160) + "…" : p)
                        .append('\n');
            }
        }
        return sb.toString();
    }
}
