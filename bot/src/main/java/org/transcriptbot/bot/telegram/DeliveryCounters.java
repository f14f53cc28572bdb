package org.transcriptbot.bot.telegram;

import java.util.concurrent.atomic.AtomicLong;

/** What happened to messages since start-up, for /stats and the shutdown line. */
final class DeliveryCounters {
    final AtomicLong sent = new AtomicLong();
    final AtomicLong retries = new AtomicLong();
    final AtomicLong refusals = new AtomicLong();
    final AtomicLong dropped = new AtomicLong();
}
