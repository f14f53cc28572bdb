package org.transcriptbot.index.bench;

import java.nio.file.Path;
import java.util.List;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.Library;
import org.transcriptbot.index.search.QueryPlanner;
import org.transcriptbot.index.semantic.BgeEmbedder;
import org.transcriptbot.index.semantic.Semantic;

/**
 * Lexical search latency over an on-disk index ScaleRun or JarRun left (warm load), for profiling
 * one search path at a time: 300 warm-up searches, then ROUNDS rounds of 500 measured searches (p50
 * and p99 of each). Usage: java -cp (index test classpath) org.transcriptbot.index.bench.LexicalRun
 * COLLECTION INDEXDIR ROUNDS [hybrid]; with "hybrid" the index folder must hold every vector
 * (JarRun leaves it so) and the question vectors are cached before measuring, as in ScaleRun.
 */
public final class LexicalRun {
    private LexicalRun() {}

    public static void main(String[] args) throws Exception {
        boolean hybrid = args.length > 3 && args[3].equals("hybrid");
        Semantic semantic =
                hybrid
                        ? new Semantic(
                                BgeEmbedder::new,
                                "bge-small-zh-v1.5-q",
                                null,
                                Runtime.getRuntime().availableProcessors(),
                                0)
                        : null;
        Library.Options options =
                new Library.Options(
                        Path.of(args[0]),
                        Fixtures.synonyms(),
                        QueryPlanner.Weights.DEFAULT,
                        Path.of(args[1]),
                        semantic);
        try (Library lib = Library.load(options)) {
            List<String> qs = ScaleRun.questions();
            if (hybrid) {
                if (!lib.index().vectors().ready()) {
                    throw new IllegalStateException("not every vector is stored in " + args[1]);
                }
                qs.forEach(semantic::query);
            }
            for (int i = 0; i < 300; i++) {
                lib.search(qs.get(i % qs.size()), 4, 1);
            }
            System.out.println("merged into one segment: " + lib.index().awaitTextMerge());
            for (int round = 0; round < Integer.parseInt(args[2]); round++) {
                long[] ns = new long[500];
                for (int i = 0; i < ns.length; i++) {
                    long s = System.nanoTime();
                    lib.search(qs.get(i % qs.size()), 4, 1);
                    ns[i] = System.nanoTime() - s;
                }
                System.out.printf(
                        "round %d: %s p50 %.2f ms, p99 %.2f ms%n",
                        round,
                        hybrid ? "hybrid" : "lexical",
                        ScaleRun.pct(ns, 50),
                        ScaleRun.pct(ns, 99));
            }
        }
    }
}
