package org.transcriptbot.bot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as an operator gets it (bot/target/transcript-bot-VERSION.tar.gz, built by the
 * package phase): unpacked, its launcher answers, its service unit and Dockerfile name only what it
 * holds, and its slim jar prints exactly what the full libraries on the test class path print.
 */
class DistributionIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path unpacked;
    static Path home;

    record Run(int code, String out, String err) {}

    @BeforeAll
    static void unpack() throws Exception {
        Path archive = Path.of(System.getProperty("distribution.archive"));
        assertThat(run(unpacked, Map.of(), null, "tar", "xzf", archive.toString()).code()).isZero();
        home = unpacked.resolve(System.getProperty("distribution.name"));
    }

    private static Run run(Path dir, Map<String, String> env, Path stdin, String... command)
            throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment()
                .keySet()
                .removeIf(k -> k.startsWith("TRANSCRIPT_BOT_") || k.startsWith("TELEGRAM_"));
        pb.environment().putAll(env);
        File out = Files.createTempFile(unpacked, "out", ".txt").toFile();
        File err = Files.createTempFile(unpacked, "err", ".txt").toFile();
        pb.redirectOutput(out).redirectError(err);
        pb.redirectInput(
                stdin == null
                        ? ProcessBuilder.Redirect.from(new File("/dev/null"))
                        : ProcessBuilder.Redirect.from(stdin.toFile()));
        Process p = pb.start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as(String.join(" ", command)).isTrue();
        return new Run(
                p.exitValue(),
                Files.readString(out.toPath(), StandardCharsets.UTF_8),
                Files.readString(err.toPath(), StandardCharsets.UTF_8));
    }

    private Run launcher(Map<String, String> env, String... args) throws Exception {
        List<String> command =
                new ArrayList<>(List.of(home.resolve("bin/transcript-bot").toString()));
        command.addAll(List.of(args));
        return run(unpacked, env, null, command.toArray(String[]::new));
    }

    @Test
    void theLauncherAnswersFromTheUnpackedTree() throws Exception {
        Run version = launcher(Map.of(), "--version");
        assertThat(version.code()).isZero();
        assertThat(version.out().strip())
                .isEqualTo("transcript-bot " + System.getProperty("project.version"));
        Run search =
                launcher(
                        Map.of("TRANSCRIPT_BOT_SEARCH_SEMANTIC", "false"),
                        "search",
                        "--json",
                        "冬奥");
        assertThat(search.code()).as(search.err()).isZero();
        JsonNode answer = JSON.readTree(search.out());
        assertThat(answer.get("query").asText()).isEqualTo("冬奥");
        assertThat(answer.get("hits").get(0).get("text").asText()).contains("冬奥");
        Run config = launcher(Map.of(), "config");
        assertThat(config.out()).contains(home.resolve("config/bot.properties").toString());
    }

    @Test
    void theServiceCommandWithoutATokenExits78() throws Exception {
        Run r = launcher(Map.of("TRANSCRIPT_BOT_SEARCH_SEMANTIC", "false"), "telegram");
        assertThat(r.code()).isEqualTo(78);
        assertThat(r.err().strip()).startsWith("No bot token");
        assertThat(Files.readString(home.resolve("systemd/transcript-bot.service")))
                .contains("ExecStart=/opt/transcript-bot/bin/transcript-bot telegram")
                .contains("RestartPreventExitStatus=78")
                .contains("Restart=on-failure")
                .contains("SuccessExitStatus=143")
                .contains("EnvironmentFile=/etc/transcript-bot/env")
                .contains("User=transcript-bot");
    }

    @Test
    void theArchivesHoldTheSameFilesAndTheLicenseAndNotices() throws Exception {
        List<String> tarFiles;
        try (Stream<Path> s = Files.walk(home)) {
            tarFiles =
                    s.filter(Files::isRegularFile)
                            .map(p -> unpacked.relativize(p).toString())
                            .sorted()
                            .toList();
        }
        Path zip = Path.of(System.getProperty("distribution.archive").replace(".tar.gz", ".zip"));
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertThat(
                            z.stream()
                                    .filter(e -> !e.isDirectory())
                                    .map(e -> e.getName())
                                    .sorted()
                                    .toList())
                    .isEqualTo(tarFiles);
        }
        assertThat(tarFiles.stream().map(f -> f.substring(f.indexOf('/') + 1)))
                .contains(
                        "LICENSE",
                        "NOTICE",
                        "Dockerfile",
                        "bin/transcript-bot",
                        "lib/transcript-bot.jar",
                        "config/bot.properties",
                        "config/logback.xml",
                        "config/synonyms.txt",
                        "config/lexicon.txt",
                        "systemd/transcript-bot.service");
        assertThat(Files.isExecutable(home.resolve("bin/transcript-bot"))).isTrue();
        assertThat(Files.readString(home.resolve("NOTICE")))
                .contains("transcript-bot")
                .contains("Apache Lucene");
    }

    /**
     * The Dockerfile is built from the unpacked tree: everything it copies or runs must be in it.
     */
    @Test
    void theDockerfileCopiesOnlyWhatTheDistributionHas() throws Exception {
        String dockerfile = Files.readString(home.resolve("Dockerfile"));
        Matcher copy = Pattern.compile("(?m)^(?:COPY|ADD)\\s+(.+)\\s+(\\S+)$").matcher(dockerfile);
        int sources = 0;
        while (copy.find()) {
            for (String source : copy.group(1).trim().split("\\s+")) {
                assertThat(home.resolve(source)).as(source).exists();
                sources++;
            }
        }
        assertThat(sources).isGreaterThanOrEqualTo(4);
        Matcher opt = Pattern.compile("/opt/transcript-bot/([\\w./-]+)").matcher(dockerfile);
        while (opt.find()) {
            assertThat(home.resolve(opt.group(1))).as(opt.group()).exists();
        }
        assertThat(dockerfile)
                .contains("USER transcript-bot")
                .contains("VOLUME")
                .containsPattern("FROM .*17.*jre");
    }

    /**
     * The slim jar (Linux x86-64 natives, trimmed ICU data) prints the bytes the full libraries
     * print.
     */
    @Test
    void theSlimJarSearchesAndVerifiesExactlyAsTheFullLibraries() throws Exception {
        Path questions = lines("retrieval-dev.jsonl", "query", "retrieval-more.jsonl");
        Path quotes = lines("quotes-dev.jsonl", "quote", null);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = home.resolve("lib/transcript-bot.jar").toString();
        String classPath = System.getProperty("java.class.path");
        for (String[] task :
                new String[][] {{"search", questions.toString()}, {"verify", quotes.toString()}}) {
            Run slim =
                    run(unpacked, Map.of(), Path.of(task[1]), java, "-jar", jar, task[0], "--json");
            Run full =
                    run(
                            unpacked,
                            Map.of(),
                            Path.of(task[1]),
                            java,
                            "-cp",
                            classPath,
                            Main.class.getName(),
                            task[0],
                            "--json");
            assertThat(slim.code()).as(slim.err()).isZero();
            assertThat(slim.out()).isNotBlank().isEqualTo(full.out());
        }
    }

    /** One field of every line of the eval sets named, one a line. */
    private static Path lines(String set, String field, String more) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String name : more == null ? new String[] {set} : new String[] {set, more}) {
            try (var in = DistributionIT.class.getResourceAsStream("/eval/" + name)) {
                for (String line :
                        new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) {
                        sb.append(JSON.readTree(line).get(field).asText()).append('\n');
                    }
                }
            }
        }
        Path file = Files.createTempFile(unpacked, set, ".txt");
        Files.writeString(file, sb.toString());
        return file;
    }
}
