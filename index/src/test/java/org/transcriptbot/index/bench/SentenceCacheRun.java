package org.transcriptbot.index.bench;

import com.ibm.icu.text.Normalizer2;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.transcriptbot.index.analysis.Analyzers;
import org.transcriptbot.index.lucene.PassageDocuments;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.parse.TranscriptLoader;

/**
 * CPU time of SmartCN word analysis over a generated collection's passage texts and question
 * contexts (each context once for the paragraphs that share it, as indexing does), on one thread:
 * SmartCN's own tokenizer against the word analyzer with its sentence cache, alternately, a fresh
 * analyzer each round. Usage: java -cp (index test classpath)
 * org.transcriptbot.index.bench.SentenceCacheRun WORKDIR N ROUNDS
 */
public final class SentenceCacheRun {
    private SentenceCacheRun() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).resolve("collection-" + args[1]);
        List<String> texts = new ArrayList<>();
        for (Transcript t : new TranscriptLoader().loadDirectory(dir).transcripts()) {
            String context = "";
            for (Passage p : t.passages()) {
                texts.add(p.text());
                if (!PassageDocuments.context(p).equals(context)) {
                    // indexing analyses a context once for the paragraphs that share it
                    context = PassageDocuments.context(p);
                    texts.add(context);
                }
            }
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        System.out.printf("%d texts, %d chars%n", texts.size(), chars);
        for (int round = 0; round < Integer.parseInt(args[2]); round++) {
            System.out.printf(
                    "round %d: SmartCN's tokenizer %.1f s, with the sentence cache %.1f s (CPU)%n",
                    round, cpuSeconds(smartCn(), texts), cpuSeconds(Analyzers.words(), texts));
        }
    }

    private static double cpuSeconds(Analyzer analyzer, List<String> texts) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long start = mx.getCurrentThreadCpuTime();
        try (analyzer) {
            for (String text : texts) {
                try (TokenStream ts = analyzer.tokenStream("text", text)) {
                    ts.reset();
                    while (ts.incrementToken()) {
                        // count nothing: the work is the analysis
                    }
                    ts.end();
                }
            }
        }
        return (mx.getCurrentThreadCpuTime() - start) / 1e9;
    }

    /** The same char filters with SmartCN's own tokenizer (the chain before the cache). */
    private static Analyzer smartCn() {
        Normalizer2 nfkc = Normalizer2.getNFKCCasefoldInstance();
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new MappingCharFilter(
                        org.transcriptbot.index.text.Chinese.traditionalToSimplifiedMap(),
                        new ICUNormalizer2CharFilter(reader, nfkc));
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                HMMChineseTokenizer t = new HMMChineseTokenizer();
                return new TokenStreamComponents(t, t);
            }
        };
    }
}
