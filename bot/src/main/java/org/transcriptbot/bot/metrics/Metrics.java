package org.transcriptbot.bot.metrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * What the bot counts, for /metrics (Prometheus text format): one static call at the place where
 * the thing happens, as Prometheus' client library intends (counters are cheap, lock-free and
 * always live, so code calls them whether or not a metrics port is open). Gauges of things another
 * part owns (outbox depth, index size, embedding progress) are read when scraped, from the supplier
 * that part registers.
 */
public final class Metrics {
    static final PrometheusRegistry REGISTRY = new PrometheusRegistry();

    private static final Counter QUESTIONS =
            Counter.builder()
                    .name("transcript_bot_questions_total")
                    .help("Questions received (chat, /ask, inline)")
                    .labelNames("channel")
                    .register(REGISTRY);
    private static final Counter ANSWERS =
            Counter.builder()
                    .name("transcript_bot_answers_total")
                    .help("Questions answered with a quoted passage")
                    .register(REGISTRY);
    private static final Counter DECLINED =
            Counter.builder()
                    .name("transcript_bot_declined_questions_total")
                    .help(
                            "Questions not answered, by reason (no_result, not_answerable, rate_limited)")
                    .labelNames("reason")
                    .register(REGISTRY);
    private static final Counter QUOTES =
            Counter.builder()
                    .name("transcript_bot_quote_checks_total")
                    .help("Quotes checked, by verdict (EXACT, NEAR, NOT_FOUND, INVALID)")
                    .labelNames("verdict")
                    .register(REGISTRY);
    private static final Histogram SEND_SECONDS =
            Histogram.builder()
                    .name("transcript_bot_send_seconds")
                    .help("Time of a Bot API call that sent or edited a message")
                    .classicOnly()
                    .classicUpperBounds(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)
                    .register(REGISTRY);
    private static final Counter RETRIES =
            Counter.builder()
                    .name("transcript_bot_send_retries_total")
                    .help("Bot API calls sent again (429, 5xx, network errors)")
                    .register(REGISTRY);
    private static final Counter TOO_MANY =
            Counter.builder()
                    .name("transcript_bot_telegram_429_total")
                    .help("Too Many Requests answers from the Bot API (sending and polling)")
                    .register(REGISTRY);
    private static final Counter SEND_FAILED =
            Counter.builder()
                    .name("transcript_bot_send_failures_total")
                    .help("Messages given up after their retries, or refused by the Bot API")
                    .register(REGISTRY);

    private static volatile LongSupplier outboxDepth = () -> 0;
    private static volatile LongSupplier passages = () -> 0;
    private static volatile LongSupplier transcripts = () -> 0;
    private static volatile LongSupplier embedded = () -> 0;
    private static volatile LongSupplier toEmbed = () -> 0;

    static {
        gauge("transcript_bot_outbox_depth", "Messages waiting to be sent", () -> outboxDepth);
        gauge("transcript_bot_index_passages", "Passages in the search index", () -> passages);
        gauge("transcript_bot_index_transcripts", "Transcripts loaded", () -> transcripts);
        gauge(
                "transcript_bot_embedding_done",
                "Passages embedded for semantic search",
                () -> embedded);
        gauge(
                "transcript_bot_embedding_total",
                "Passages to embed for semantic search",
                () -> toEmbed);
    }

    private Metrics() {}

    private static void gauge(
            String name, String help, java.util.function.Supplier<LongSupplier> source) {
        GaugeWithCallback.builder()
                .name(name)
                .help(help)
                .callback(cb -> cb.call(source.get().getAsLong()))
                .register(REGISTRY);
    }

    /** A question arrived; channel: chat, group or inline. */
    public static void question(String channel) {
        QUESTIONS.labelValues(channel).inc();
    }

    public static void answered() {
        ANSWERS.inc();
    }

    /** A question got no answer: reason no_result, not_answerable or rate_limited. */
    public static void declined(String reason) {
        DECLINED.labelValues(reason).inc();
    }

    /** A quote was checked: EXACT, NEAR, NOT_FOUND or INVALID. */
    public static void quoteChecked(String verdict) {
        QUOTES.labelValues(verdict).inc();
    }

    /** A Bot API call that sent or edited a message succeeded after this long. */
    public static void sent(Duration took) {
        SEND_SECONDS.observe(took.toNanos() / 1e9);
    }

    public static void retried() {
        RETRIES.inc();
    }

    public static void tooManyRequests() {
        TOO_MANY.inc();
    }

    public static void sendFailed() {
        SEND_FAILED.inc();
    }

    /** Where the outbox depth is read from (the running bot's outbox). */
    public static void outboxDepth(LongSupplier depth) {
        outboxDepth = depth;
    }

    /** Where the index size is read from (the loaded library). */
    public static void indexSize(LongSupplier transcriptCount, LongSupplier passageCount) {
        transcripts = transcriptCount;
        passages = passageCount;
    }

    /**
     * Where the embedding progress is read from (passages embedded so far, and to embed in all).
     */
    public static void embeddingProgress(LongSupplier done, LongSupplier total) {
        embedded = done;
        toEmbed = total;
    }
}
