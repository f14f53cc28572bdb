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

    /** How answers are ranked now, for the search section. */
    public enum Ranking {
        /** Semantic search is off: lexical. */
        OFF,
        /** The stored vectors are being matched to the passages (not all have one): lexical. */
        MATCHING,
        /** Passages are being embedded in the background: lexical until they are done. */
        EMBEDDING,
        /** Every passage has its vector: hybrid. */
        HYBRID,
        /** The embedding model could not run here: lexical only. */
        FAILED
    }

    /**
     * The collection searched and its ranking: done/total passages embedded of those missing, the
     * rate and the seconds left (NaN: not known yet) while embedding; problem when it failed.
     */
    public record Search(
            long transcripts,
            long passages,
            Ranking ranking,
            long done,
            long total,
            double perSecond,
            double secondsLeft,
            String problem) {}

    /** delivery may be null (the console has no delivery queue). */
    public static RichText of(Usage u, Delivery delivery, Messages m) {
        return of(u, null, delivery, m);
    }

    /** search and delivery may be null (not known; the console has no delivery queue). */
    public static RichText of(Usage u, Search search, Delivery delivery, Messages m) {
        RichText.Builder b = RichText.builder().bold(m.get("stats.title")).text("\n");
        line(b, m.get("stats.questions", u.questions()));
        line(b, m.get("stats.declined", u.declined()));
        line(b, m.get("stats.quotes", u.quotes()));
        line(b, m.get("stats.inline", u.inline()));
        line(b, m.get("stats.buttons", u.buttons()));
        line(b, m.get("stats.limited", u.limited()));
        Duration up = u.uptime();
        line(b, m.get("stats.uptime", up.toDays(), up.toHoursPart(), up.toMinutesPart()));
        if (search != null) {
            b.bold(m.get("stats.search")).text("\n");
            line(b, m.get("stats.collection", search.transcripts(), search.passages()));
            line(b, ranking(search, m));
        }
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

    private static String ranking(Search s, Messages m) {
        return switch (s.ranking()) {
            case OFF -> m.get("stats.ranking.off");
            case MATCHING -> m.get("stats.ranking.matching");
            case HYBRID -> m.get("stats.ranking.hybrid", s.passages());
            case FAILED ->
                    m.get("stats.ranking.failed", UserText.clean(String.valueOf(s.problem())));
            case EMBEDDING ->
                    m.get(
                            "stats.ranking.embedding",
                            s.done(),
                            s.total(),
                            Math.round(100.0 * s.done() / Math.max(1, s.total())),
                            String.format(java.util.Locale.ROOT, "%.1f", s.perSecond()),
                            left(s.secondsLeft(), m));
        };
    }

    private static String left(double seconds, Messages m) {
        if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
            return m.get("stats.left.unknown");
        }
        long sec = Math.round(seconds);
        return sec < 120
                ? m.get("stats.left.seconds", sec)
                : m.get("stats.left.minutes", Math.round(sec / 60.0));
    }

    private static void line(RichText.Builder b, String s) {
        b.text(s).text("\n");
    }
}
