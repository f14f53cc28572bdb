package org.transcriptbot.bot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transcriptbot.bot.telegram.FakeBotApi;

/**
 * The unpacked distribution run as a service would run it (bin/transcript-bot telegram, the token
 * and settings in the environment) against the loopback fake Bot API, watched through /health and
 * /metrics, stopped by SIGTERM.
 */
class ServiceIT {
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void theServiceAnswersIsWatchedThroughHealthAndMetricsAndStopsOnSigterm(@TempDir Path dir)
            throws Exception {
        Path archive = Path.of(System.getProperty("distribution.archive"));
        Process untar =
                new ProcessBuilder("tar", "xzf", archive.toString())
                        .directory(dir.toFile())
                        .start();
        assertThat(untar.waitFor(2, TimeUnit.MINUTES) && untar.exitValue() == 0).isTrue();
        Path home = dir.resolve(System.getProperty("distribution.name"));
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (FakeBotApi api = new FakeBotApi()) {
            ProcessBuilder pb =
                    new ProcessBuilder(home.resolve("bin/transcript-bot").toString(), "telegram");
            pb.environment()
                    .keySet()
                    .removeIf(k -> k.startsWith("TRANSCRIPT_BOT_") || k.startsWith("TELEGRAM_"));
            pb.environment().put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
            pb.environment().put("TELEGRAM_API_URL", api.url());
            pb.environment().put("TRANSCRIPT_BOT_METRICS_PORT", String.valueOf(port));
            pb.environment().put("TRANSCRIPT_BOT_SEARCH_SEMANTIC", "false");
            pb.environment().put("TRANSCRIPT_BOT_POLLING_TIMEOUT_SECONDS", "1");
            pb.environment().put("TRANSCRIPT_BOT_LOGGING_FORMAT", "json");
            pb.environment().put("TRANSCRIPT_BOT_STATE_DIR", dir.resolve("state").toString());
            File log = dir.resolve("stderr.txt").toFile();
            pb.redirectError(log).redirectOutput(dir.resolve("stdout.txt").toFile());
            Process bot = pb.start();
            try {
                api.updates.pushMessage(4242, "private", api.updates.user(4242, "zh"), "冬奥会");
                api.calls.await(
                        "sendMessage", c -> c.text().contains("冬奥"), Duration.ofSeconds(60));
                assertThat(awaitHealthy(port)).isEqualTo("{\"status\":\"ok\"}");
                String metrics = get(port, "/metrics").body();
                assertThat(metrics)
                        .contains("transcript_bot_questions_total{channel=\"chat\"} 1.0")
                        .contains("transcript_bot_answers_total 1.0")
                        .contains("transcript_bot_index_transcripts 1.0")
                        .contains("transcript_bot_outbox_depth 0.0")
                        .containsPattern("transcript_bot_send_seconds_count [1-9]");
                bot.destroy(); // SIGTERM
                assertThat(bot.waitFor(30, TimeUnit.SECONDS)).as("exits after SIGTERM").isTrue();
                assertThat(bot.exitValue())
                        .as("the JVM's status after SIGTERM (the unit counts it a success)")
                        .isEqualTo(143);
                String stderr = Files.readString(log.toPath(), StandardCharsets.UTF_8);
                assertThat(stderr)
                        .contains("\"level\":\"INFO\"")
                        .contains("Stopped")
                        .doesNotContain(FakeBotApi.TOKEN);
            } finally {
                bot.destroyForcibly();
            }
        }
    }

    /**
     * /health once it says ok: the answer was already sent, so the index answers; a bounded number
     * of asks.
     */
    private String awaitHealthy(int port) throws Exception {
        HttpResponse<String> r = get(port, "/health");
        for (int i = 0; i < 100 && r.statusCode() != 200; i++) {
            r = get(port, "/health");
        }
        return r.body().strip();
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
