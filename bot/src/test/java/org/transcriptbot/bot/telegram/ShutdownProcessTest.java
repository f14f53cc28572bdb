package org.transcriptbot.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command line in its own JVM against the fake Bot API: it answers, and on SIGTERM it finishes its
 * work, confirms the offset and the JVM exits by itself.
 */
class ShutdownProcessTest {
    @Test
    void sigtermDrainsConfirmsAndExits(@TempDir Path dir) throws Exception {
        try (FakeBotApi api = new FakeBotApi()) {
            Path config = dir.resolve("bot.properties");
            Files.writeString(config, "polling.timeout.seconds=1\nshutdown.grace.seconds=5\n");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    "org.transcriptbot.bot.cli.Main", "--config", config.toString());
            pb.environment().put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
            pb.environment().put("TELEGRAM_API_URL", api.url());
            File log = dir.resolve("stderr.txt").toFile();
            pb.redirectError(log);
            pb.redirectOutput(dir.resolve("stdout.txt").toFile());
            Process p = pb.start();
            try {
                int id = api.updates.pushMessage(4242, "private", api.updates.user(4242, "zh"), "一带一路");
                api.calls.await("sendMessage", c -> c.text().contains("一带一路"));
                api.awaitOffset(id + 1);
                int late = api.updates.pushMessage(4242, "private", api.updates.user(4242, "zh"), "冬奥会");
                api.calls.await("sendMessage", c -> c.text().contains("冬奥"));
                p.destroy(); // SIGTERM
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("the JVM exits after SIGTERM").isTrue();
                assertThat(api.confirmedOffset()).isGreaterThanOrEqualTo(late + 1);
                String stderr = Files.readString(log.toPath(), StandardCharsets.UTF_8);
                assertThat(stderr).contains("Stopped").doesNotContain(FakeBotApi.TOKEN);
                List<String> errorLines = stderr.lines().filter(l -> l.contains(" ERROR ")).toList();
                assertThat(errorLines).isEmpty();
            } finally {
                p.destroyForcibly();
            }
        }
    }
}
