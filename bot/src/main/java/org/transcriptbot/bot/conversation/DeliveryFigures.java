package org.transcriptbot.bot.conversation;

import java.time.Duration;

/**
 * What the transport reports about delivery for /stats; the Telegram side implements it over its
 * inbox and outbox and hands it to {@link Conversation#reportDeliveryWith}. oldestPendingAnswer is
 * null when none waits.
 */
public interface DeliveryFigures {
    long inboxDepth();

    long outboxDepth();

    Duration oldestPendingAnswer();

    long messagesSent();

    long retries();

    long refusals();
}
