package org.transcriptbot.index.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.parse.TranscriptLoader;
import org.transcriptbot.index.semantic.BgeEmbedder;
import org.transcriptbot.index.semantic.Embedder;

/**
 * Embedding throughput, both ways in one run, over the same distinct passages: LangChain4j's
 * default session (how passages were embedded before: one worker a core, each call spread over
 * every core) against BgeEmbedder's own session (one thread a call, one worker a core), alternating
 * twice; and whether the vectors are the same. Usage: java -cp (index test classpath)
 * org.transcriptbot.index.bench.EmbedRun WORKDIR PASSAGES
 */
public final class EmbedRun {
    private EmbedRun() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).resolve("collection-100");
        ScaleCollections.generate(dir, 100);
        int count = Integer.parseInt(args[1]);
        List<String> texts =
                new TranscriptLoader()
                        .loadDirectory(dir).transcripts().stream()
                                .flatMap(t -> t.passages().stream())
                                .map(Passage::text)
                                .limit(count)
                                .toList();
        int workers = Runtime.getRuntime().availableProcessors();
        Embedder before = BgeEmbedder.langChainDefaultSession();
        Embedder own = new BgeEmbedder();
        before.passage("预热");
        own.passage("预热");
        float[][] a = new float[texts.size()][];
        float[][] b = new float[texts.size()][];
        for (int round = 1; round <= 2; round++) {
            double r1 = rate(before, texts, workers, a);
            double r2 = rate(own, texts, workers, b);
            System.out.printf(
                    "round %d: default session %.1f passages/s, own session %.1f passages/s: %.2fx%n",
                    round, r1, r2, r2 / r1);
        }
        double maxDiff = 0;
        for (int i = 0; i < a.length; i++) {
            for (int d = 0; d < a[i].length; d++) {
                maxDiff = Math.max(maxDiff, Math.abs(a[i][d] - b[i][d]));
            }
        }
        System.out.printf(
                "%d passages, %d workers; largest difference between the two sessions' vectors: %g%n",
                texts.size(), workers, maxDiff);
    }

    private static double rate(Embedder e, List<String> texts, int workers, float[][] out)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        Thread[] ts = new Thread[workers];
        long t0 = System.nanoTime();
        for (int w = 0; w < workers; w++) {
            ts[w] =
                    new Thread(
                            () -> {
                                for (int i = next.getAndIncrement();
                                        i < texts.size();
                                        i = next.getAndIncrement()) {
                                    out[i] = e.passage(texts.get(i));
                                }
                            });
            ts[w].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        return texts.size() / ((System.nanoTime() - t0) / 1e9);
    }
}
