package org.transcriptbot.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.analysis.Analyzers;
import org.transcriptbot.index.model.Passage;

/**
 * The pair fields, pairs only and scored with their own BM25 parameters, give a character pair the
 * scores it had when the field held every character too and was scored with Lucene's (real
 * transcript, real analyzers and Lucene); with Lucene's parameters they would not.
 */
class PairScoresTest {
    @Test
    void aPairScoresAsItDidWhenTheFieldHeldEveryCharacter() throws Exception {
        List<Passage> passages = Fixtures.transcript().passages();
        Directory before = index(passages, Analyzers.bigrams(true), new BM25Similarity());
        Directory pairs = index(passages, Analyzers.bigrams(false), Fields.similarity());
        List<String> terms = new ArrayList<>();
        for (Passage p : passages) {
            try (TokenStream ts = Analyzers.bigrams(false).tokenStream("t", p.text())) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                // a passage's first three pairs
                for (int n = 0; n < 3 && ts.incrementToken(); ) {
                    String t = term.toString();
                    if (t.length() == 2 && !terms.contains(t)) {
                        terms.add(t);
                        n++;
                    }
                }
                ts.end();
            }
        }
        assertThat(terms).hasSizeGreaterThan(100);
        Map<String, Float> was = scores(before, new BM25Similarity(), terms);
        double now = meanRatio(scores(pairs, Fields.similarity(), terms), was);
        double lucenes = meanRatio(scores(pairs, new BM25Similarity(), terms), was);
        assertThat(now).isBetween(0.97, 1.03);
        assertThat(lucenes).isLessThan(0.9);
    }

    private static Directory index(List<Passage> passages, Analyzer pairs, Similarity similarity)
            throws Exception {
        Directory dir = new ByteBuffersDirectory();
        try (IndexWriter w =
                new IndexWriter(
                        dir,
                        new IndexWriterConfig(pairs)
                                .setSimilarity(similarity)
                                .setMaxBufferedDocs(100_000))) {
            for (Passage p : passages) {
                Document doc = new Document();
                doc.add(new Field(Fields.TEXT_BIGRAMS, p.text(), Fields.ANALYSED_TERMS));
                w.addDocument(doc);
            }
        }
        return dir;
    }

    /** Every (term, document) score, keyed "term@doc". */
    private static Map<String, Float> scores(
            Directory dir, Similarity similarity, List<String> terms) throws Exception {
        Map<String, Float> out = new HashMap<>();
        try (DirectoryReader r = DirectoryReader.open(dir)) {
            IndexSearcher s = new IndexSearcher(r);
            s.setSimilarity(similarity);
            for (String t : terms) {
                for (ScoreDoc d :
                        s.search(new TermQuery(new Term(Fields.TEXT_BIGRAMS, t)), 10_000)
                                .scoreDocs) {
                    out.put(t + "@" + d.doc, d.score);
                }
            }
        }
        return out;
    }

    private static double meanRatio(Map<String, Float> now, Map<String, Float> was) {
        assertThat(now.keySet()).isEqualTo(was.keySet());
        return now.entrySet().stream()
                .mapToDouble(e -> e.getValue() / was.get(e.getKey()))
                .average()
                .orElseThrow();
    }
}
