package org.transcriptbot.bot.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Scrapes the real endpoints on loopback, as Prometheus and a health check would. */
class MetricsServerTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(MetricsServer server, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void metricsAreInThePrometheusTextFormat() throws Exception {
        Health health = new Health(() -> true, () -> 0, () -> 0, System::currentTimeMillis);
        try (MetricsServer server = MetricsServer.start("127.0.0.1", 0, health)) {
            double before = value(get(server, "/metrics").body(), "transcript_bot_answers_total");
            Metrics.question("chat");
            Metrics.answered();
            Metrics.declined("no_result");
            Metrics.quoteChecked("NEAR");
            Metrics.sent(Duration.ofMillis(120));
            Metrics.retried();
            Metrics.tooManyRequests();
            Metrics.outboxDepth(() -> 7);
            Metrics.indexSize(() -> 1, () -> 36);
            Metrics.embeddingProgress(() -> 10, () -> 36);
            HttpResponse<String> r = get(server, "/metrics");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
            String body = r.body();
            assertThat(value(body, "transcript_bot_answers_total")).isEqualTo(before + 1);
            assertThat(body)
                    .contains("# TYPE transcript_bot_questions_total counter")
                    .contains("transcript_bot_questions_total{channel=\"chat\"}")
                    .contains("transcript_bot_declined_questions_total{reason=\"no_result\"}")
                    .contains("transcript_bot_quote_checks_total{verdict=\"NEAR\"}")
                    .contains("transcript_bot_send_seconds_bucket{le=\"0.25\"}")
                    .contains("transcript_bot_send_retries_total")
                    .contains("transcript_bot_telegram_429_total")
                    .contains("transcript_bot_outbox_depth 7.0")
                    .contains("transcript_bot_index_passages 36.0")
                    .contains("transcript_bot_index_transcripts 1.0")
                    .contains("transcript_bot_embedding_done 10.0")
                    .contains("transcript_bot_embedding_total 36.0");
        } finally {
            Metrics.outboxDepth(() -> 0);
            Metrics.indexSize(() -> 0, () -> 0);
            Metrics.embeddingProgress(() -> 0, () -> 0);
        }
    }

    private static double value(String body, String name) {
        return body.lines()
                .filter(l -> l.startsWith(name + " "))
                .mapToDouble(l -> Double.parseDouble(l.split(" ")[1]))
                .findFirst()
                .orElse(0);
    }

    @Test
    void healthIsStartingThenOkThenDegradedWhileTheOutboxIsStuck() throws Exception {
        AtomicBoolean ready = new AtomicBoolean();
        AtomicLong pending = new AtomicLong();
        AtomicLong left = new AtomicLong();
        AtomicLong clock = new AtomicLong(1_000_000);
        Health health = new Health(ready::get, pending::get, left::get, clock::get);
        try (MetricsServer server = MetricsServer.start("127.0.0.1", 0, health)) {
            HttpResponse<String> starting = get(server, "/health");
            assertThat(starting.statusCode()).isEqualTo(503);
            assertThat(starting.body()).contains("\"status\":\"starting\"");
            ready.set(true);
            assertThat(get(server, "/health").body()).contains("\"status\":\"ok\"");
            pending.set(3);
            clock.addAndGet(Health.STUCK_AFTER.toMillis() - 1);
            assertThat(get(server, "/health").statusCode())
                    .as("waiting, not yet stuck")
                    .isEqualTo(200);
            clock.addAndGet(1);
            HttpResponse<String> stuck = get(server, "/health");
            assertThat(stuck.statusCode()).isEqualTo(503);
            assertThat(stuck.body()).contains("\"status\":\"degraded\"");
            left.incrementAndGet();
            assertThat(get(server, "/health").statusCode())
                    .as("a message left: moving again")
                    .isEqualTo(200);
        }
    }
}
