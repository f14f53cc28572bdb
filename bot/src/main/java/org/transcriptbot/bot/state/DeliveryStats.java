package org.transcriptbot.bot.state;

import java.time.Duration;
import java.util.Optional;

/**
 * Figures for /stats: updates waiting to be handled, messages waiting to be sent, how long the
 * oldest has waited, and since start-up: messages sent, attempts retried, messages Telegram refused
 * for good, answers dropped as too old.
 */
public record DeliveryStats(
        int inboxDepth,
        int outboxDepth,
        Optional<Duration> oldestPendingAnswer,
        long sent,
        long retries,
        long refusals,
        long dropped) {}
