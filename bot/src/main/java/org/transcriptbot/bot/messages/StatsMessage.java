package org.transcriptbot.bot.messages;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.transcriptbot.bot.render.RichText;

/**
 * What /stats shows an administrator: usage since the start and, where the transport reports it,
 * delivery.
 */
public final class StatsMessage {
    private StatsMessage() {}

    /** Usage figures since the start; top holds the most asked questions with their counts. */
    public record Usage(
            long questions,
            long declined,
            long quotes,
            long inline,
            long buttons,
            long limited,
            Duration uptime,
            List<Map.Entry<String, Integer>> top) {}

    /**
     * Delivery figures: updates and answers waiting, the oldest answer's wait (null if none),
     * totals since the start (sent, retried, refused by Telegram, dropped as too old).
     */
    public record Delivery(
            long inboxDepth,
            long outboxDepth,
            Duration oldestPending,
            long sent,
            long retries,
            long refusals,
            long dropped) {}

    /** delivery may be null (the console has no delivery queue). */
    public static RichText of(Usage u, Delivery delivery, Messages m) {
        RichText.Builder b = RichText.builder().bold(m.get("stats.title")).text("\n");
        line(b, m.get("stats.questions", u.questions()));
        line(b, m.get("stats.declined", u.declined()));
        line(b, m.get("stats.quotes", u.quotes()));
        line(b, m.get("stats.inline", u.inline()));
        line(b, m.get("stats.buttons", u.buttons()));
        line(b, m.get("stats.limited", u.limited()));
        Duration up = u.uptime();
        line(b, m.get("stats.uptime", up.toDays(), up.toHoursPart(), up.toMinutesPart()));
        if (delivery != null) {
            b.bold(m.get("stats.delivery")).text("\n");
            line(b, m.get("stats.inbox", delivery.inboxDepth()));
            line(b, m.get("stats.outbox", delivery.outboxDepth()));
            if (delivery.oldestPending() != null) {
                line(b, m.get("stats.oldest", delivery.oldestPending().toSeconds()));
            }
            line(b, m.get("stats.sent", delivery.sent()));
            line(b, m.get("stats.retries", delivery.retries()));
            line(b, m.get("stats.refusals", delivery.refusals()));
            line(b, m.get("stats.dropped", delivery.dropped()));
        }
        if (!u.top().isEmpty()) {
            b.text(m.get("stats.top"));
            u.top()
                    .forEach(
                            e ->
                                    b.text("\n• ")
                                            .text(
                                                    m.get(
                                                            "stats.top.item",
                                                            UserText.clean(e.getKey()),
                                                            e.getValue())));
        }
        return b.build();
    }

    private static void line(RichText.Builder b, String s) {
        b.text(s).text("\n");
    }
}
