package org.transcriptbot.bot.telegram;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transcriptbot.bot.metrics.Metrics;
import org.transcriptbot.bot.state.Outbox;

/**
 * What one attempt to send a message means: records it in the outbox (delivered, refused for good,
 * rewritten as plain text), counts and logs it, and tells the dispatcher what the chat (or all
 * sending) does next.
 */
final class AttemptResults {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    enum Next {
        /** The head left the outbox: sent, or refused for good. */
        NEXT_MESSAGE,
        /** 429: this chat waits until `until`. */
        CHAT_WAITS,
        /** 5xx or network: all sending waits until `until`. */
        ALL_WAIT,
        /** The head was rewritten (plain text): send `head` now. */
        RESEND,
        /** The token was refused: the bot must stop. */
        STOP
    }

    record Result(Next next, long until, Outbox.Message head) {}

    private final Outbox outbox;
    private final DeliveryCounters counters;
    private final OutageLog outage;
    private final long retryMaxMs;

    AttemptResults(Outbox outbox, DeliveryCounters counters, OutageLog outage, long retryMaxMs) {
        this.outbox = outbox;
        this.counters = counters;
        this.outage = outage;
        this.retryMaxMs = retryMaxMs;
    }

    /**
     * The result of sending m, started at startedAt (o is null when its JSON could not be read;
     * failure is null when Telegram took it).
     */
    Result record(Outbox.Message m, StoredMessage o, ApiFailure failure, long startedAt, long now) {
        if (failure == null) {
            outbox.delivered(m, now);
            counters.sent.incrementAndGet();
            Metrics.sent(java.time.Duration.ofMillis(Math.max(0, now - startedAt)));
            outage.succeeded();
            return new Result(Next.NEXT_MESSAGE, 0, null);
        }
        return switch (failure.kind()) {
            case RETRY_AFTER -> {
                counters.retries.incrementAndGet();
                Metrics.retried();
                Metrics.tooManyRequests();
                LOG.warn(
                        "{}: Telegram asks to wait {} s (429); the chat waits, the others go on",
                        o.describe(),
                        failure.retryAfterMs() / 1000);
                yield new Result(Next.CHAT_WAITS, now + failure.retryAfterMs(), null);
            }
            case REFUSED -> refused(m, o, failure.reason());
            case TOKEN_REFUSED -> new Result(Next.STOP, 0, null);
            default -> {
                counters.retries.incrementAndGet();
                Metrics.retried();
                yield outage.failed(failure.reason(), startedAt)
                        ? new Result(Next.ALL_WAIT, now + outage.backoffMs(retryMaxMs), null)
                        : new Result(Next.CHAT_WAITS, now, null);
            }
        };
    }

    /**
     * Telegram will never take this message as it is: resend HTML it could not parse as plain text,
     * else drop it.
     */
    private Result refused(Outbox.Message m, StoredMessage o, String reason) {
        if (o != null && reason.contains("can't parse entities") && !o.plain()) {
            LOG.warn(
                    "{}: Telegram could not parse the HTML ({}); resending as plain text",
                    o.describe(),
                    reason);
            String plain = OutgoingJson.write(o.asPlainText());
            outbox.replace(m.id(), plain);
            return new Result(Next.RESEND, 0, m.withPayload(plain));
        }
        outbox.discard(List.of(m.id()));
        if (!reason.contains("not modified")) { // an edit to the same text: nothing to do
            counters.refusals.incrementAndGet();
            Metrics.sendFailed();
            LOG.warn(
                    "{} refused by Telegram for good, not retried: {}",
                    o == null ? "Message " + m.id() : o.describe(),
                    reason);
        }
        return new Result(Next.NEXT_MESSAGE, 0, null);
    }
}
