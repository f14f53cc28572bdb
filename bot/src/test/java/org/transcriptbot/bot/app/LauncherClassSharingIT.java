package org.transcriptbot.bot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class data sharing archive (bin/transcript-bot of the unpacked distribution): the
 * first start makes it in the cache folder, later starts use it, and whatever happens to it (a
 * damaged archive, a cache folder that cannot be written, sharing turned off) the answer on
 * standard output is byte for byte the one without it.
 */
class LauncherClassSharingIT {
    private static final String QUESTION = "冬奥会的成功说明了什么？\n";
    @TempDir static Path unpacked;
    static Path home;

    record Run(int code, String out, String err) {}

    @BeforeAll
    static void unpack() throws Exception {
        Path archive = Path.of(System.getProperty("distribution.archive"));
        Process tar =
                new ProcessBuilder("tar", "xzf", archive.toString())
                        .directory(unpacked.toFile())
                        .start();
        assertThat(tar.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(tar.exitValue()).isZero();
        home = unpacked.resolve(System.getProperty("distribution.name"));
    }

    @Test
    void theFirstStartMakesTheArchiveAndEveryStartAnswersAsWithoutIt() throws Exception {
        Path cache = Files.createTempDirectory(unpacked, "cache");
        String without = search(cache, Map.of("TRANSCRIPT_BOT_CDS", "off")).out();
        assertThat(archives(cache)).isEmpty();

        Run first = search(cache, Map.of());
        assertThat(first.err()).contains("preparing the class data sharing archive");
        assertThat(first.out()).isNotBlank().isEqualTo(without);
        List<Path> made = archives(cache);
        assertThat(made).hasSize(1);
        assertThat(Files.size(made.get(0))).isGreaterThan(1_000_000);

        Run second = search(cache, Map.of());
        assertThat(second.err()).doesNotContain("preparing");
        assertThat(second.out()).isEqualTo(without);
    }

    @Test
    void aDamagedArchiveOrACacheThatCannotBeWrittenChangesNothingButTheTime() throws Exception {
        Path cache = Files.createTempDirectory(unpacked, "cache");
        String without = search(cache, Map.of("TRANSCRIPT_BOT_CDS", "off")).out();
        search(cache, Map.of());
        Path archive = archives(cache).get(0);
        archive.toFile().setWritable(true);
        Files.writeString(archive, "not an archive");
        Run damaged = search(cache, Map.of());
        assertThat(damaged.code()).as(damaged.err()).isZero();
        assertThat(damaged.out()).isEqualTo(without);

        Path notAFolder = Files.createTempFile(unpacked, "cache", ".txt");
        Run unwritable = search(notAFolder, Map.of());
        assertThat(unwritable.code()).as(unwritable.err()).isZero();
        assertThat(unwritable.out()).isEqualTo(without);
    }

    private static List<Path> archives(Path cache) throws Exception {
        Path folder = cache.resolve("transcript-bot/cds");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".jsa")).toList();
        }
    }

    /** One question through the launcher, lexical, with the cache folder given. */
    private static Run search(Path cache, Map<String, String> more) throws Exception {
        ProcessBuilder pb =
                new ProcessBuilder(
                                home.resolve("bin/transcript-bot").toString(), "search", "--json")
                        .directory(unpacked.toFile());
        Map<String, String> env = new HashMap<>(Map.of("XDG_CACHE_HOME", cache.toString()));
        env.put("TRANSCRIPT_BOT_SEARCH_SEMANTIC", "false");
        env.putAll(more);
        pb.environment().keySet().removeIf(k -> k.startsWith("TRANSCRIPT_BOT_"));
        pb.environment().putAll(env);
        Path in = Files.createTempFile(unpacked, "question", ".txt");
        Files.writeString(in, QUESTION);
        File out = Files.createTempFile(unpacked, "out", ".txt").toFile();
        File err = Files.createTempFile(unpacked, "err", ".txt").toFile();
        pb.redirectInput(in.toFile()).redirectOutput(out).redirectError(err);
        Process p = pb.start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(
                p.exitValue(),
                Files.readString(out.toPath(), StandardCharsets.UTF_8),
                Files.readString(err.toPath(), StandardCharsets.UTF_8));
    }
}
