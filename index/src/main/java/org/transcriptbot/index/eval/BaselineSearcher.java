package org.transcriptbot.index.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The naive baseline the real search is compared with: every non-blank line of the raw file is a
 * document, analysed with the stock SmartChineseAnalyzer, ranked by BM25 (no line repair, no
 * bigrams, no question context, no Traditional folding, no synonyms, no de-duplication).
 */
public final class BaselineSearcher {
    private final SmartChineseAnalyzer analyzer = new SmartChineseAnalyzer();
    private final IndexSearcher searcher;
    private final List<String> docs = new ArrayList<>();

    public BaselineSearcher(String rawText) {
        try {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (String line : rawText.split("\\R")) {
                    if (line.isBlank()) {
                        continue;
                    }
                    Document d = new Document();
                    d.add(new TextField("text", line, Field.Store.NO));
                    w.addDocument(d);
                    docs.add(line.strip());
                }
            }
            searcher = new IndexSearcher(DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> search(String query, int limit) {
        Query q = new QueryBuilder(analyzer).createBooleanQuery("text", query);
        List<String> out = new ArrayList<>();
        if (q == null) {
            return out;
        }
        try {
            for (ScoreDoc sd : searcher.search(q, limit).scoreDocs) {
                out.add(docs.get(sd.doc));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
            return out;
        }
        return out;
    }
}
