package org.transcriptbot.bot.telegram;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import org.transcriptbot.bot.metrics.Metrics;

/**
 * Sends what the bot says. Messages to one chat go out in order, within Telegram's limits (about one a second
 * per chat with short bursts, 20 a minute per group, 30 a second overall). A 429 waits the retry_after Telegram
 * asks for and resends; 5xx and network errors are retried with exponential backoff; what finally fails is
 * logged, never swallowed. Chats are drained independently on a small pool, so one slow chat never stalls the
 * others. Button and inline answers (not chat messages) go out at once, with the same retries.
 */
public final class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    static final int MAX_ATTEMPTS = 6;
    static final long MAX_BACKOFF_MS = 30_000;
    private static final int MAX_QUEUE = 1000;

    /** Sending limits. */
    public record Limits(double chatPerSecond, int chatBurst, int groupPerMinute, int globalPerSecond) {
    }

    private final TelegramClient client;
    private final ScheduledExecutorService pool;
    private final Limits limits;
    private final LongSupplier clock;
    private final TokenBucket global;
    private final Map<Long, ChatQueue> chats = new ConcurrentHashMap<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final Object idle = new Object();

    private static final class Job {
        final BotApiMethod<? extends Serializable> method;
        int attempts;
        boolean plainFallback;

        Job(BotApiMethod<? extends Serializable> method) {
            this.method = method;
        }
    }

    private final class ChatQueue {
        final long chatId;
        final ArrayDeque<Job> jobs = new ArrayDeque<>();
        final TokenBucket chat;
        final TokenBucket group;
        boolean running;
        long lastUsed;

        ChatQueue(long chatId, boolean isGroup, long now) {
            this.chatId = chatId;
            this.chat = new TokenBucket(limits.chatBurst(), limits.chatPerSecond(), now);
            this.group = isGroup ? new TokenBucket(limits.groupPerMinute(), limits.groupPerMinute() / 60.0, now) : null;
        }
    }

    public Outbox(TelegramClient client, ScheduledExecutorService pool, Limits limits, LongSupplier clock) {
        this.client = client;
        this.pool = pool;
        this.limits = limits;
        this.clock = clock;
        this.global = new TokenBucket(limits.globalPerSecond(), limits.globalPerSecond(), clock.getAsLong());
        try {
            pool.scheduleWithFixedDelay(this::forgetIdleChats, 1, 1, TimeUnit.MINUTES);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("No idle-chat sweep: the pool is shut down");
        }
    }

    /** Chats with nothing queued for a minute are forgotten (their buckets are full again by then anyway). */
    void forgetIdleChats() {
        long now = clock.getAsLong();
        chats.entrySet().removeIf(e -> {
            ChatQueue q = e.getValue();
            synchronized (q) {
                return !q.running && q.jobs.isEmpty() && now - q.lastUsed > 60_000;
            }
        });
    }

    /** Chats with a queue (for tests and monitoring). */
    int chatCount() {
        return chats.size();
    }

    /** Queues a message (or edit) to a chat; messages to one chat keep their order. */
    public void enqueue(long chatId, boolean isGroup, BotApiMethod<? extends Serializable> method) {
        ChatQueue q = chats.computeIfAbsent(chatId, id -> new ChatQueue(id, isGroup, clock.getAsLong()));
        boolean start;
        synchronized (q) {
            if (q.jobs.size() >= MAX_QUEUE) {
                failed.incrementAndGet();
                Metrics.sendFailed();
                LOG.error("Chat {} has {} messages waiting; dropping {}", chatId, q.jobs.size(), TelegramMapper.describe(method));
                return;
            }
            q.jobs.addLast(new Job(method));
            q.lastUsed = clock.getAsLong();
            pending.incrementAndGet();
            start = !q.running;
            q.running = true;
        }
        if (start) {
            submit(() -> drain(q), 0);
        }
    }

    /** Sends something that is not a chat message (a button or inline answer) at once, with retries. */
    public void sendNow(BotApiMethod<? extends Serializable> method) {
        pending.incrementAndGet();
        Job job = new Job(method);
        submit(() -> sendLoose(job), 0);
    }

    /** Best effort, no retry (a "typing…" action). */
    public void sendBestEffort(BotApiMethod<? extends Serializable> method) {
        submit(() -> {
            try {
                client.execute(method);
            } catch (TelegramApiException | RuntimeException e) {
                LOG.debug("{} failed: {}", method.getMethod(), e.getMessage());
            }
        }, 0);
    }

    private void submit(Runnable r, long delayMs) {
        try {
            pool.schedule(r, delayMs, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.error("The outbox is shut down; a message could not be sent");
        }
    }

    private void sendLoose(Job job) {
        Outcome o = attempt(job);
        switch (o.kind) {
            case DONE, DROPPED -> done();
            case RETRY -> submit(() -> sendLoose(job), o.delayMs);
            default -> throw new IllegalStateException();
        }
    }

    private void drain(ChatQueue q) {
        while (true) {
            Job job;
            long wait;
            synchronized (q) {
                job = q.jobs.peekFirst();
                if (job == null) {
                    q.running = false;
                    return;
                }
                long now = clock.getAsLong();
                synchronized (global) {
                    wait = Math.max(q.chat.delay(now), Math.max(q.group == null ? 0 : q.group.delay(now), global.delay(now)));
                    if (wait == 0) {
                        q.chat.take(now);
                        if (q.group != null) {
                            q.group.take(now);
                        }
                        global.take(now);
                    }
                }
            }
            if (wait > 0) {
                submit(() -> drain(q), wait);
                return;
            }
            Outcome o = attempt(job);
            if (o.kind == Kind.RETRY) {
                submit(() -> drain(q), o.delayMs);
                return;
            }
            synchronized (q) {
                q.jobs.pollFirst();
            }
            done();
        }
    }

    private void done() {
        if (pending.decrementAndGet() == 0) {
            synchronized (idle) {
                idle.notifyAll();
            }
        }
    }

    private enum Kind { DONE, RETRY, DROPPED }

    private record Outcome(Kind kind, long delayMs) {
    }

    private Outcome attempt(Job job) {
        job.attempts++;
        String what = TelegramMapper.describe(job.method);
        long startNs = System.nanoTime();
        try {
            client.execute(job.method);
            Metrics.sent(java.time.Duration.ofNanos(System.nanoTime() - startNs));
            sent.incrementAndGet();
            return new Outcome(Kind.DONE, 0);
        } catch (TelegramApiRequestException e) {
            Integer code = e.getErrorCode();
            String desc = e.getApiResponse() == null ? String.valueOf(e.getMessage()) : e.getApiResponse();
            if (code != null && code == 429) {
                Integer after = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
                long delay = (after == null ? 1 : Math.max(1, after)) * 1000L;
                retried.incrementAndGet();
                Metrics.retried();
                Metrics.tooManyRequests();
                LOG.warn("{}: Telegram says too many requests; resending in {} s", what, delay / 1000);
                return new Outcome(Kind.RETRY, delay);
            }
            if (code != null && code == 400 && desc.contains("not modified")) {
                return new Outcome(Kind.DROPPED, 0); // an edit to the same text: nothing to do
            }
            if (code != null && code == 400 && desc.contains("parse entities") && !job.plainFallback) {
                LOG.error("{}: Telegram rejected the HTML ({}); resending as plain text", what, desc);
                job.plainFallback = true;
                plain(job.method);
                return new Outcome(Kind.RETRY, 0);
            }
            if (code == null || code >= 500) {
                return backoff(job, what, "server error " + code + " (" + desc + ")");
            }
            failed.incrementAndGet();
            Metrics.sendFailed();
            LOG.error("{} failed and will not be retried: {} {}", what, code, desc);
            return new Outcome(Kind.DROPPED, 0);
        } catch (TelegramApiException | RuntimeException e) {
            return backoff(job, what, "network error (" + e.getMessage() + ")");
        }
    }

    private Outcome backoff(Job job, String what, String why) {
        if (job.attempts >= MAX_ATTEMPTS) {
            failed.incrementAndGet();
            Metrics.sendFailed();
            LOG.error("{} failed after {} attempts: {}", what, job.attempts, why);
            return new Outcome(Kind.DROPPED, 0);
        }
        long delay = Math.min(MAX_BACKOFF_MS, 500L << (job.attempts - 1));
        retried.incrementAndGet();
        Metrics.retried();
        LOG.warn("{}: {}; retry {} in {} ms", what, why, job.attempts, delay);
        return new Outcome(Kind.RETRY, delay);
    }

    /** Strips the HTML of a message Telegram could not parse, so it still reaches the user. */
    private static void plain(BotApiMethod<?> m) {
        if (m instanceof SendMessage s) {
            s.setText(unescape(s.getText().replaceAll("<[^>]+>", "")));
            s.setParseMode(null);
        } else if (m instanceof EditMessageText e) {
            e.setText(unescape(e.getText().replaceAll("<[^>]+>", "")));
            e.setParseMode(null);
        }
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    /** Waits until everything queued was sent (or given up); false if the time ran out first. */
    public boolean awaitIdle(long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        synchronized (idle) {
            while (pending.get() > 0) {
                long left = end - System.currentTimeMillis();
                if (left <= 0) {
                    return false;
                }
                idle.wait(Math.min(left, 100));
            }
        }
        return true;
    }

    public int pending() {
        return pending.get();
    }

    public long sent() {
        return sent.get();
    }

    public long retried() {
        return retried.get();
    }

    public long failed() {
        return failed.get();
    }
}
