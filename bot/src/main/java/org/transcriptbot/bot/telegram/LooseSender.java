package org.transcriptbot.bot.telegram;

import java.io.Serializable;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends what is not a chat message at once: acknowledgements of button presses, inline answers,
 * "typing…". They are not kept in the outbox: Telegram accepts them only for a short while after
 * the press or query, so after a restart they would be refused anyway. Network and 5xx errors are
 * retried a few times within that while.
 */
final class LooseSender {
    private static final Logger LOG = LoggerFactory.getLogger(LooseSender.class);
    private static final int ATTEMPTS = 4;

    private final TelegramClient client;
    private final ScheduledExecutorService pool;

    LooseSender(TelegramClient client, ScheduledExecutorService pool) {
        this.client = client;
        this.pool = pool;
    }

    /** Sends with a few retries; a failure is logged with its reason. */
    void send(BotApiMethod<? extends Serializable> method) {
        schedule(method, 1, 0);
    }

    /** One attempt, failures only at debug level ("typing…"). */
    void sendOnce(BotApiMethod<? extends Serializable> method) {
        schedule(method, ATTEMPTS, 0);
    }

    private void schedule(BotApiMethod<? extends Serializable> method, int attempt, long delayMs) {
        try {
            pool.schedule(() -> attempt(method, attempt), delayMs, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("{} not sent: shutting down", method.getMethod());
        }
    }

    private void attempt(BotApiMethod<? extends Serializable> method, int attempt) {
        try {
            client.execute(method);
        } catch (TelegramApiException e) {
            ApiFailure f = ApiFailure.of(e);
            boolean retryable =
                    f.is(ApiFailure.Kind.TRANSIENT) || f.is(ApiFailure.Kind.RETRY_AFTER);
            if (retryable && attempt < ATTEMPTS) {
                schedule(method, attempt + 1, Math.max(f.retryAfterMs(), 500L << attempt));
            } else if (method.getMethod().equals("sendChatAction")) {
                LOG.debug("{} failed: {}", method.getMethod(), f.reason());
            } else {
                LOG.warn("{} failed: {}", method.getMethod(), f.reason());
            }
        }
    }
}
