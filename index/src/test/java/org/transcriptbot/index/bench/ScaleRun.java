package org.transcriptbot.index.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.Library;
import org.transcriptbot.index.eval.RetrievalEval;
import org.transcriptbot.index.search.QueryPlanner;

/**
 * Scale run: builds synthetic collections from the shipped transcript (its Q&A turns shuffled, metadata varied)
 * and reports for each size: reading + indexing time and throughput, index size on disk, heap, and search and
 * verify latency (p50/p99). Lexical index (semantic embedding is estimated separately: see the README).
 * Usage: java -cp (index test classpath) org.transcriptbot.index.bench.ScaleRun WORKDIR 100 1000 10000
 */
public final class ScaleRun {
    private ScaleRun() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        System.out.printf("%8s %9s %9s %9s %8s %9s %9s %9s %9s %9s %9s%n", "n", "text MB", "passages", "read s",
                "index s", "MB/s", "index MB", "heap MB", "search50", "search99", "verify50/99 ms");
        for (int i = 1; i < args.length; i++) {
            int n = Integer.parseInt(args[i]);
            Path dir = work.resolve("collection-" + n);
            generate(dir, n);
            run(dir, work.resolve("index-" + n), n);
        }
    }

    /** n transcripts: lead and opening kept, the Q&A turns shuffled, a different date and title each. */
    static void generate(Path dir, int n) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.count() == 2L * n) {
                    return; // already generated (a rerun)
                }
            }
        }
        Files.createDirectories(dir);
        String raw = Fixtures.rawText();
        String[] blocks = raw.split("\\n(?=[^\\n]{1,30}记者：)");
        String head = blocks[0];
        List<String> turns = new ArrayList<>(Arrays.asList(blocks).subList(1, blocks.length));
        Random r = new Random(42);
        for (int i = 0; i < n; i++) {
            Collections.shuffle(turns, r);
            String text = head + "\n" + String.join("\n", turns);
            String id = String.format("%s-synthetic-%05d", java.time.LocalDate.of(2000, 1, 1).plusDays(i), i);
            Files.writeString(dir.resolve(id + ".txt"), text, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(id + ".meta.json"), "{\"title\": \"合成实录 " + i + "\", \"source\": \"scale run\"}",
                    StandardCharsets.UTF_8);
        }
    }

    static void run(Path dir, Path indexDir, int n) throws Exception {
        long bytes;
        try (Stream<Path> s = Files.list(dir)) {
            bytes = s.filter(p -> p.toString().endsWith(".txt")).mapToLong(p -> p.toFile().length()).sum();
        }
        deleteTree(indexDir);
        System.gc();
        long t0 = System.nanoTime();
        var loaded = new org.transcriptbot.index.parse.TranscriptLoader().loadDirectory(dir);
        long t1 = System.nanoTime();
        Library lib = Library.of(loaded.transcripts(), loaded.warnings(),
                new Library.Options(dir, Fixtures.synonyms(), QueryPlanner.Weights.DEFAULT, indexDir));
        long t2 = System.nanoTime();
        System.gc();
        long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        long indexBytes;
        try (Stream<Path> s = Files.walk(indexDir)) {
            indexBytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        int passages = lib.transcripts().stream().mapToInt(t -> t.passages().size()).sum();
        List<String> qs = RetrievalEval.read(Fixtures.evalFile("retrieval-dev.jsonl")).stream().map(RetrievalEval.Question::query).toList();
        for (int i = 0; i < 60; i++) {
            lib.search(qs.get(i % qs.size()), 4, 1);
        }
        long[] search = new long[300];
        for (int i = 0; i < search.length; i++) {
            long s = System.nanoTime();
            lib.search(qs.get(i % qs.size()), 4, 1);
            search[i] = System.nanoTime() - s;
        }
        String text = Fixtures.rawText();
        int at = text.indexOf("在乌克兰问题上");
        String quote = text.substring(at, at + 200).replace("冷静", "镇定");
        int verifyRuns = n >= 10_000 ? 10 : 40;
        long[] verify = new long[verifyRuns];
        for (int i = 0; i < verify.length; i++) {
            long s = System.nanoTime();
            lib.verify(i % 2 == 0 ? quote : quote.substring(0, 100));
            verify[i] = System.nanoTime() - s;
        }
        double mb = bytes / 1e6;
        System.out.printf("%8d %9.1f %9d %9.1f %8.1f %9.2f %9.1f %9.0f %8.2fms %8.2fms %6.1f/%.1f%n", n, mb, passages,
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, mb / ((t2 - t0) / 1e9), indexBytes / 1e6, heap / 1e6,
                pct(search, 50), pct(search, 99), pct(verify, 50), pct(verify, 99));
        lib.close();
    }

    static double pct(long[] ns, int p) {
        long[] c = ns.clone();
        Arrays.sort(c);
        return c[Math.min(c.length - 1, (int) Math.ceil(p / 100.0 * c.length) - 1)] / 1e6;
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
