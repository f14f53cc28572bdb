package org.transcriptbot.bot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.transcriptbot.bot.telegram.FakeBotApi;

/**
 * The distribution as an operator gets it (bot/target/transcript-bot-VERSION.tar.gz, built by the
 * package phase): unpacked, its launcher answers (with its class data sharing archive or without),
 * its service unit and Dockerfile name only what it holds, and its slim jar prints exactly what the
 * full libraries on the test class path print.
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

    /** The launcher with the environment given and a cache folder of the test's own. */
    private Run launcher(Map<String, String> env, String... args) throws Exception {
        Map<String, String> withCache = new HashMap<>(env);
        withCache.putIfAbsent("XDG_CACHE_HOME", unpacked.resolve("cache").toString());
        List<String> command =
                new ArrayList<>(List.of(home.resolve("bin/transcript-bot").toString()));
        command.addAll(List.of(args));
        return run(unpacked, withCache, null, command.toArray(String[]::new));
    }

    /**
     * The launcher's class data sharing archive: the first start makes it in the cache folder,
     * later starts use it, and whatever happens to it (sharing off, a damaged archive, a cache
     * folder that cannot be written) the answer on standard output is byte for byte the same.
     */
    @Test
    void theLaunchersClassArchiveIsMadeOnceAndChangesNothingButTheTime() throws Exception {
        Path cache = Files.createTempDirectory(unpacked, "cache");
        String without = lexicalSearch(cache, Map.of("TRANSCRIPT_BOT_CDS", "off")).out();
        assertThat(classArchives(cache)).isEmpty();
        Run first = lexicalSearch(cache, Map.of());
        assertThat(first.err()).contains("preparing the class data sharing archive");
        assertThat(first.out()).isNotBlank().isEqualTo(without);
        List<Path> made = classArchives(cache);
        assertThat(made).hasSize(1);
        assertThat(Files.size(made.get(0))).isGreaterThan(1_000_000);
        Run second = lexicalSearch(cache, Map.of());
        assertThat(second.err()).doesNotContain("preparing");
        assertThat(second.out()).isEqualTo(without);

        made.get(0).toFile().setWritable(true);
        Files.writeString(made.get(0), "not an archive");
        Run damaged = lexicalSearch(cache, Map.of());
        assertThat(damaged.code()).as(damaged.err()).isZero();
        assertThat(damaged.out()).isEqualTo(without);
        Run unwritable = lexicalSearch(Files.createTempFile(unpacked, "cache", ".txt"), Map.of());
        assertThat(unwritable.code()).as(unwritable.err()).isZero();
        assertThat(unwritable.out()).isEqualTo(without);
    }

    private static List<Path> classArchives(Path cache) throws IOException {
        Path folder = cache.resolve("transcript-bot/cds");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".jsa")).toList();
        }
    }

    /**
     * The first hybrid start unpacks the model and ONNX Runtime's libraries into the cache folder,
     * later starts load them from there and print the same answer; a cache folder that cannot be
     * written leaves the jar's copies in use, with the same answer again.
     */
    @Test
    void hybridStartsUnpackTheModelOnceAndAnswerTheSame() throws Exception {
        Path cache = Files.createTempDirectory(unpacked, "cache");
        Run first = hybridSearch(cache);
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).contains("hybrid");
        Map<String, FileTime> files = unpackedFiles(cache);
        assertThat(files.keySet())
                .containsExactlyInAnyOrder(
                        "bge-small-zh-v1.5-q.onnx", "libonnxruntime.so", "libonnxruntime4j_jni.so");

        Run second = hybridSearch(cache);
        assertThat(second.out()).isNotBlank().isEqualTo(first.out());
        assertThat(unpackedFiles(cache)).isEqualTo(files); // read, not written again
        // ONNX Runtime copied its library into a new temporary folder at every start, and the
        // folder stayed behind: loaded from the unpacked copy, nothing is left there
        try (Stream<Path> left = Files.list(cache.resolve("tmp"))) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith("onnxruntime"));
        }

        Run unwritable = hybridSearch(Files.createTempFile(unpacked, "cache", ".txt"));
        assertThat(unwritable.code()).as(unwritable.err()).isZero();
        assertThat(unwritable.out()).isEqualTo(first.out());
    }

    /**
     * A command that ends while the background embedding is loading the model or embedding (more
     * passages missing a vector than are embedded before answering; the model already unpacked in
     * the cache folder, so loading it reaches ONNX Runtime at once): the process used to crash on
     * exit inside ONNX Runtime (SIGBUS, exit 134, the crash report on standard output and an hs_err
     * file in the working folder) in about half the runs. Several runs, as it depended on timing.
     */
    @Test
    void commandsEndingWhileTheBackgroundEmbeddingRunsExitCleanly() throws Exception {
        Path cache = Files.createTempDirectory(unpacked, "kept");
        assertThat(hybridSearch(cache).code()).isZero(); // unpacks the model
        Path folder = variedCopies(30);
        Path question = Files.createTempFile(unpacked, "question", ".txt");
        Files.writeString(question, "中方对乌克兰问题的立场是什么？\n");
        for (int i = 0; i < 6; i++) {
            // inspect closes its library; the console chat leaves it to the exit
            boolean console = i % 2 == 1;
            Path work = Files.createTempDirectory(unpacked, "work");
            List<String> command =
                    new ArrayList<>(
                            List.of(
                                    home.resolve("bin/transcript-bot").toString(),
                                    "--transcripts",
                                    folder.toString(),
                                    "--index-dir",
                                    "memory"));
            command.addAll(console ? List.of("console") : List.of("inspect", "--json"));
            Run run =
                    run(
                            work,
                            hybrid(cache),
                            console ? question : null,
                            command.toArray(String[]::new));
            assertThat(run.code()).as(command + ": " + run.err()).isZero();
            assertThat(run.err()).contains("without a stored vector"); // embedding had begun
            assertThat(run.out()).doesNotContain("fatal error");
            if (console) {
                assertThat(run.out()).contains("王毅");
            } else {
                assertThat(run.out()).endsWith("}\n");
                assertThat(JSON.readTree(run.out()).get("transcripts")).hasSize(30);
            }
            try (Stream<Path> left = Files.list(work)) {
                assertThat(left.map(p -> p.getFileName().toString())).as("crash reports").isEmpty();
            }
        }
    }

    /**
     * Stopped by SIGTERM while the background embedding runs (the console chat here; the bot stops
     * the same way): the JVM's usual exit for the signal (143), no crash report, as ONNX Runtime
     * calls are let finish before the JVM's shutdown hooks, ONNX Runtime's among them, run. Several
     * runs, the signal at different moments.
     */
    @Test
    void aStopSignalDuringTheBackgroundEmbeddingExitsCleanly() throws Exception {
        Path cache = Files.createTempDirectory(unpacked, "kept");
        assertThat(hybridSearch(cache).code()).isZero(); // unpacks the model
        Path folder = variedCopies(30);
        for (int i = 0; i < 5; i++) {
            Path work = Files.createTempDirectory(unpacked, "work");
            File err = work.resolveSibling(work.getFileName() + "-err.txt").toFile();
            Process p = hybridOver(folder, "console", cache, work, err).start();
            p.getOutputStream().write("中方对乌克兰问题的立场是什么？\n".getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().flush(); // standard input stays open: the chat waits for more
            stopDuringTheEmbedding(p, err, work, 150L * i);
        }
    }

    /**
     * The Telegram bot as a service runs it, against the loopback fake Bot API, stopped by SIGTERM
     * while the background embedding loads the model or embeds: the JVM's own exit status for the
     * signal, no crash report (the same signal path as the console chat's, through the bot's own
     * start-up).
     */
    @Test
    void aStopSignalToTheTelegramBotDuringTheBackgroundEmbeddingExitsCleanly() throws Exception {
        Path cache = Files.createTempDirectory(unpacked, "kept");
        assertThat(hybridSearch(cache).code()).isZero(); // unpacks the model
        Path folder = variedCopies(30);
        for (int i = 0; i < 3; i++) {
            Path work = Files.createTempDirectory(unpacked, "bot");
            File err = work.resolveSibling(work.getFileName() + "-err.txt").toFile();
            try (FakeBotApi api = new FakeBotApi()) {
                ProcessBuilder pb = hybridOver(folder, "telegram", cache, work, err);
                pb.environment().put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
                pb.environment().put("TELEGRAM_API_URL", api.url());
                pb.environment().put("TRANSCRIPT_BOT_POLLING_TIMEOUT_SECONDS", "1");
                pb.environment()
                        .put(
                                "TRANSCRIPT_BOT_STATE_DIR",
                                work.resolveSibling(work.getFileName() + "-state").toString());
                Process p = pb.start();
                try {
                    stopDuringTheEmbedding(p, err, work, 200L * i);
                } finally {
                    p.destroyForcibly();
                }
            }
        }
    }

    /**
     * The launcher running a command over a folder with an in-memory index and hybrid search (the
     * model from the cache folder), in work, its standard error to err, no settings inherited.
     */
    private static ProcessBuilder hybridOver(
            Path folder, String command, Path cache, Path work, File err) {
        ProcessBuilder pb =
                new ProcessBuilder(
                                home.resolve("bin/transcript-bot").toString(),
                                "--transcripts",
                                folder.toString(),
                                "--index-dir",
                                "memory",
                                command)
                        .directory(work.toFile())
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(err);
        pb.environment()
                .keySet()
                .removeIf(k -> k.startsWith("TRANSCRIPT_BOT_") || k.startsWith("TELEGRAM_"));
        pb.environment().putAll(hybrid(cache));
        return pb;
    }

    /**
     * Once the process's background embedding has begun (its log says so) and the delay has passed
     * (the model loading, then embedding), SIGTERM alone (Process.destroy would also close standard
     * input, and a chat then ends on its own, with 0): the JVM's status for the signal, and no
     * crash report left in the working folder.
     */
    private static void stopDuringTheEmbedding(Process p, File err, Path work, long delayMillis)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!Files.readString(err.toPath()).contains("without a stored vector")
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(Files.readString(err.toPath())).contains("without a stored vector");
        Thread.sleep(delayMillis);
        assertThat(p.toHandle().destroy()).isTrue();
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(err.toPath())).isEqualTo(143);
        try (Stream<Path> left = Files.list(work)) {
            assertThat(left.map(f -> f.getFileName().toString())).as("crash reports").isEmpty();
        }
    }

    /**
     * The bundled transcript n times, each copy's lines marked with its number, so no passage's
     * text (nor its vector) is another copy's.
     */
    private static Path variedCopies(int n) throws IOException {
        String name =
                "/org/transcriptbot/index/transcripts/2022-03-07-wang-yi-press-conference.txt";
        String text;
        try (var in = DistributionIT.class.getResourceAsStream(name)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path folder = Files.createTempDirectory(unpacked, "copies");
        for (int c = 1; c <= n; c++) {
            StringBuilder sb = new StringBuilder();
            for (String line : text.split("\n", -1)) {
                sb.append(
                                line.endsWith("。")
                                        ? line.substring(0, line.length() - 1) + "（第" + c + "份）。"
                                        : line)
                        .append('\n');
            }
            Files.writeString(folder.resolve("copy-" + c + ".txt"), sb.toString());
        }
        return folder;
    }

    private static Map<String, FileTime> unpackedFiles(Path cache) throws IOException {
        Map<String, FileTime> out = new HashMap<>();
        try (Stream<Path> all = Files.walk(cache.resolve("unpacked"))) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                out.put(f.getFileName().toString(), Files.getLastModifiedTime(f));
            }
        }
        return out;
    }

    /** Semantic search on, the semantic cache folder given, no class archive. */
    private static Map<String, String> hybrid(Path cache) {
        return Map.of(
                "TRANSCRIPT_BOT_SEMANTIC_CACHE_DIR",
                cache.toString(),
                "TRANSCRIPT_BOT_SEARCH_SEMANTIC",
                "true",
                "TRANSCRIPT_BOT_CDS",
                "off");
    }

    private static Map<String, String> with(Map<String, String> env, String key, String value) {
        Map<String, String> out = new HashMap<>(env);
        out.put(key, value);
        return out;
    }

    /** One question through the launcher, hybrid, the semantic cache folder given. */
    private static Run hybridSearch(Path cache) throws Exception {
        Path tmp = cache.resolve("tmp");
        if (Files.isDirectory(cache)) {
            Files.createDirectories(tmp);
        }
        Path question = Files.createTempFile(unpacked, "question", ".txt");
        Files.writeString(question, "中方对乌克兰问题的立场是什么？\n");
        return run(
                unpacked,
                with(
                        hybrid(cache),
                        "JAVA_OPTS",
                        "-Xmx1g -Djava.io.tmpdir=" + (Files.isDirectory(tmp) ? tmp : unpacked)),
                question,
                home.resolve("bin/transcript-bot").toString(),
                "search",
                "--json");
    }

    /** One question through the launcher, lexical, with the cache folder given. */
    private static Run lexicalSearch(Path cache, Map<String, String> more) throws Exception {
        Path question = Files.createTempFile(unpacked, "question", ".txt");
        Files.writeString(question, "冬奥会的成功说明了什么？\n");
        Map<String, String> env = new HashMap<>(more);
        env.put("XDG_CACHE_HOME", cache.toString());
        env.put("TRANSCRIPT_BOT_SEARCH_SEMANTIC", "false");
        return run(
                unpacked,
                env,
                question,
                home.resolve("bin/transcript-bot").toString(),
                "search",
                "--json");
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
