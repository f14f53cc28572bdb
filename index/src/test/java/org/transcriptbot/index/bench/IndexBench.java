package org.transcriptbot.index.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.Library;
import org.transcriptbot.index.eval.RetrievalEval;
import org.transcriptbot.index.search.SearchResult;
import org.transcriptbot.index.verify.QuoteCheck;

/** Search and quote verification on the shipped transcript (run with .ci/bench). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IndexBench {
    private Library lib;
    private List<String> questions;
    private int next;
    private String quote200Near;
    private String quote200Exact;
    private String quote200Absent;
    private String quote20Near;
    private String quote20Exact;

    @Setup
    public void setup() throws Exception {
        lib = Fixtures.library();
        questions =
                RetrievalEval.read(Fixtures.evalFile("retrieval-dev.jsonl")).stream()
                        .map(RetrievalEval.Question::query)
                        .toList();
        String text = Fixtures.rawText();
        int at = text.indexOf("在乌克兰问题上");
        quote200Exact = text.substring(at, at + 200);
        quote200Near = quote200Exact.replace("冷静", "镇定").replace("主权", "主张");
        quote20Exact = quote200Exact.substring(0, 20);
        quote20Near = quote20Exact.replace("客观", "主观");
        quote200Absent = "中方呼吁有关各方保持最大限度克制，避免局势进一步升级。".repeat(8).substring(0, 200);
    }

    /** What a chat answer does: 4 passages, the first highlighted. */
    @Benchmark
    public SearchResult searchChat() {
        String q = questions.get(next++ % questions.size());
        return lib.search(q, 4, 1);
    }

    /** What search --json does: 5 passages, all highlighted. */
    @Benchmark
    public SearchResult searchAllHighlighted() {
        String q = questions.get(next++ % questions.size());
        return lib.search(q, 5);
    }

    @Benchmark
    public QuoteCheck verify20Exact() {
        return lib.verify(quote20Exact);
    }

    @Benchmark
    public QuoteCheck verify20Near() {
        return lib.verify(quote20Near);
    }

    /**
     * Parsing the shipped transcript and building its (lexical, in-memory) index: the start-up
     * work.
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Library ingestAndIndex() throws Exception {
        return Library.of(
                new org.transcriptbot.index.parse.TranscriptLoader().loadBundled().transcripts(),
                List.of(),
                new Library.Options(
                        null,
                        Fixtures.synonyms(),
                        org.transcriptbot.index.search.QueryPlanner.Weights.DEFAULT,
                        null));
    }

    @Benchmark
    public QuoteCheck verify200Exact() {
        return lib.verify(quote200Exact);
    }

    @Benchmark
    public QuoteCheck verify200Near() {
        return lib.verify(quote200Near);
    }

    /** A reporting phrase in front, set aside after the quote as written is not found verbatim. */
    @Benchmark
    public QuoteCheck verify200AttributedNear() {
        return lib.verify("王毅表示：“" + quote200Near + "”");
    }

    @Benchmark
    public QuoteCheck verify200Absent() {
        return lib.verify(quote200Absent);
    }
}
