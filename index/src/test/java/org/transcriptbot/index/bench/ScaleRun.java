package org.transcriptbot.index.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.Library;
import org.transcriptbot.index.eval.RetrievalEval;
import org.transcriptbot.index.search.QueryPlanner;
import org.transcriptbot.index.semantic.Semantic;

/**
 * Scale run over distinct-text collections (ScaleCollections), in process: for each size, a cold
 * load (parse, group, index on disk) and a warm one (stored parse results and index read back),
 * heap after GC, on-disk size, and search latency per question, lexical and (when every vector of
 * the collection is stored, e.g. after JarRun) hybrid with the question vectors cached. The whole
 * program (time to first answer, RSS, background embedding) is JarRun's; embedding throughput
 * EmbedRun's. Usage: java -cp (index test classpath) org.transcriptbot.index.bench.ScaleRun WORKDIR
 * 100 1000
 */
public final class ScaleRun {
    private ScaleRun() {}

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        System.out.printf(
                "%7s %9s %8s %8s %8s %8s %9s %9s %8s %8s %8s %8s%n",
                "n",
                "passages",
                "cold s",
                "warm s",
                "heap MB",
                "disk MB",
                "lex p50",
                "lex p99",
                "hyb p50",
                "hyb p99",
                "ver p50",
                "ms/tr");
        for (int i = 1; i < args.length; i++) {
            int n = Integer.parseInt(args[i]);
            Path dir = work.resolve("collection-" + n);
            ScaleCollections.generate(dir, n);
            run(dir, work.resolve("index-" + n), work.resolve("jar-index-" + n), n);
        }
    }

    static void run(Path dir, Path indexDir, Path embeddedIndex, int n) throws Exception {
        deleteTree(indexDir);
        Library.Options lexical =
                new Library.Options(
                        dir, Fixtures.synonyms(), QueryPlanner.Weights.DEFAULT, indexDir);
        long t0 = System.nanoTime();
        Library.load(lexical).close();
        long cold = System.nanoTime() - t0;
        System.gc();
        t0 = System.nanoTime();
        Library lib = Library.load(lexical);
        long warm = System.nanoTime() - t0;
        System.gc();
        long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        int passages = lib.index().passages().size();
        List<String> qs = questions();
        lib.search(qs.get(0), 4, 1);
        lib.verifier(); // built in the background after the first answer: not measured against it
        lib.index().awaitTextMerge(); // the text index merged after the first answer: steady state
        long[] lex = searches(lib, qs);
        long[] verify = verifies(lib);
        lib.close();
        long[] hybrid = hybrid(dir, embeddedIndex, qs);
        System.out.printf(
                "%7d %9d %8.1f %8.1f %8.0f %8.1f %8.2fms %8.2fms %8s %8s %8.2f %8.1f%n",
                n,
                passages,
                cold / 1e9,
                warm / 1e9,
                heap / 1e6,
                size(indexDir) / 1e6,
                pct(lex, 50),
                pct(lex, 99),
                hybrid == null ? "-" : String.format("%.2fms", pct(hybrid, 50)),
                hybrid == null ? "-" : String.format("%.2fms", pct(hybrid, 99)),
                pct(verify, 50),
                cold / 1e6 / n);
    }

    /**
     * Hybrid latency over the index JarRun built (every vector stored): null when it is not there.
     */
    private static long[] hybrid(Path dir, Path embeddedIndex, List<String> qs) throws Exception {
        if (!Files.isDirectory(embeddedIndex)) {
            return null;
        }
        Semantic semantic =
                new Semantic(
                        org.transcriptbot.index.semantic.BgeEmbedder::new,
                        "bge-small-zh-v1.5-q",
                        null,
                        Runtime.getRuntime().availableProcessors(),
                        0);
        try (Library lib =
                Library.load(
                        new Library.Options(
                                dir,
                                Fixtures.synonyms(),
                                QueryPlanner.Weights.DEFAULT,
                                embeddedIndex,
                                semantic))) {
            if (!lib.index().vectors().ready()) {
                return null;
            }
            qs.forEach(semantic::query); // cached question vectors: the bar is the search, not the
            // model
            lib.search(qs.get(0), 4, 1);
            lib.index().awaitTextMerge();
            return searches(lib, qs);
        }
    }

    static List<String> questions() throws Exception {
        return RetrievalEval.read(Fixtures.evalFile("retrieval-dev.jsonl")).stream()
                .map(RetrievalEval.Question::query)
                .toList();
    }

    private static long[] searches(Library lib, List<String> qs) {
        // JIT warm-up: steady-state latency is the bar; LexicalRun's rounds of 500 still fell
        // for the first 1,500 or so searches (C2 compiling the scoring loops), so 2,000 first
        for (int i = 0; i < 2_000; i++) {
            lib.search(qs.get(i % qs.size()), 4, 1);
        }
        long[] ns = new long[500];
        for (int i = 0; i < ns.length; i++) {
            long s = System.nanoTime();
            lib.search(qs.get(i % qs.size()), 4, 1);
            ns[i] = System.nanoTime() - s;
        }
        return ns;
    }

    private static long[] verifies(Library lib) {
        String text = Fixtures.rawText();
        int at = text.indexOf("在乌克兰问题上");
        String quote = text.substring(at, at + 200).replace("冷静", "镇定");
        long[] ns = new long[40];
        for (int i = 0; i < ns.length; i++) {
            long s = System.nanoTime();
            lib.verify(i % 2 == 0 ? quote : quote.substring(0, 100));
            ns[i] = System.nanoTime() - s;
        }
        return ns;
    }

    static double pct(long[] ns, int p) {
        long[] c = ns.clone();
        Arrays.sort(c);
        return c[Math.min(c.length - 1, (int) Math.ceil(p / 100.0 * c.length) - 1)] / 1e6;
    }

    static long size(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void deleteTree(Path p) throws Exception {
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
