package org.transcriptbot.bot.telegram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged bot (bot/target/transcript-bot.jar, passed by failsafe as the system property
 * bot.jar) in its own JVM against a fake Bot API, with a config and a state folder in dir. Without
 * the property (a run from an IDE) it runs the command line from the test classpath instead.
 */
final class BotProcess implements AutoCloseable {
    private final Process process;
    private final Path stderr;

    private BotProcess(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
    }

    /**
     * Starts the bot with the properties (state.dir is set to dir/state); run names its log files.
     */
    static BotProcess start(FakeBotApi api, Path dir, String run, String properties)
            throws IOException {
        Path config = dir.resolve("bot.properties");
        Files.writeString(
                config,
                "polling.timeout.seconds=1\nsearch.semantic=false\nlimits.user.questions.per.minute=0\n"
                        + "state.dir="
                        + dir.resolve("state")
                        + "\n"
                        + properties);
        List<String> cmd =
                new ArrayList<>(
                        List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-Xmx256m"));
        String jar = System.getProperty("bot.jar");
        if (jar != null) {
            cmd.addAll(List.of("-jar", jar));
        } else {
            cmd.addAll(
                    List.of(
                            "-cp",
                            System.getProperty("java.class.path"),
                            "org.transcriptbot.bot.cli.Main"));
        }
        cmd.addAll(List.of("--config", config.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
        pb.environment().put("TELEGRAM_API_URL", api.url());
        Path err = dir.resolve(run + "-stderr.txt");
        pb.redirectError(err.toFile());
        pb.redirectOutput(dir.resolve(run + "-stdout.txt").toFile());
        return new BotProcess(pb.start(), err);
    }

    /** SIGTERM, then the exit code (the JVM must exit by itself within a minute). */
    int sigterm() throws InterruptedException {
        process.destroy();
        return exitCode();
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed. */
    void sigkill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    int exitCode() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the bot did not exit within 60 s");
        }
        return process.exitValue();
    }

    String stderr() throws IOException {
        return Files.readString(stderr, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
