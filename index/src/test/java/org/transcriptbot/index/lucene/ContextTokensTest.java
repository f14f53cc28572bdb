package org.transcriptbot.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.analysis.Analyzers;
import org.transcriptbot.index.analysis.TextBigrams;
import org.transcriptbot.index.analysis.TextBigramsTest;
import org.transcriptbot.index.model.Passage;

/**
 * The question context analysed once per answer and replayed for its other paragraphs indexes
 * exactly what analysing it for every passage does; the text's pairs and characters, taken from one
 * analysis, index what the bigram analyzer does and each of its unigrams once a passage (real
 * transcript, real analyzers and Lucene).
 */
class ContextTokensTest {
    @Test
    void replayedContextIndexesTheSameTermsPositionsOffsetsAndNorms() throws Exception {
        List<Passage> passages = Fixtures.transcript().passages();
        assertThat(passages.stream().map(PassageDocuments::context).distinct().count())
                .as("paragraphs share their question")
                .isLessThan(passages.size());
        Directory replayed = new ByteBuffersDirectory();
        Directory analysedEachTime = new ByteBuffersDirectory();
        ContextTokens contexts = new ContextTokens();
        TextBigrams texts = new TextBigrams();
        try (IndexWriter a = writer(replayed);
                IndexWriter b = writer(analysedEachTime)) {
            for (int i = 0; i < passages.size(); i++) {
                Passage p = passages.get(i);
                a.addDocument(PassageDocuments.document(p, i, i, "v", contexts, texts));
                b.addDocument(analysedEachTime(p));
            }
        }
        for (String field :
                new String[] {
                    Fields.QUESTION, Fields.QUESTION_BIGRAMS, Fields.TEXT_BIGRAMS, Fields.TEXT_CHARS
                }) {
            assertThat(postings(replayed, field))
                    .isNotEmpty()
                    .isEqualTo(postings(analysedEachTime, field));
        }
    }

    private static boolean hasPositions(LeafReader leaf, String field) {
        return leaf.getFieldInfos()
                        .fieldInfo(field)
                        .getIndexOptions()
                        .compareTo(
                                org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS)
                >= 0;
    }

    private static IndexWriter writer(Directory dir) throws Exception {
        return new IndexWriter(
                dir, new IndexWriterConfig(Analyzers.indexing()).setMaxBufferedDocs(100_000));
    }

    private static Document analysedEachTime(Passage p) throws java.io.IOException {
        Document doc = new Document();
        doc.add(new Field(Fields.TEXT_BIGRAMS, p.text(), Fields.ANALYSED_TERMS));
        doc.add(new Field(Fields.TEXT_CHARS, unigrams(p.text()), Fields.CHARS));
        String context = PassageDocuments.context(p);
        if (!context.isEmpty()) {
            doc.add(new Field(Fields.QUESTION, context, Fields.ANALYSED_TERMS));
            doc.add(new Field(Fields.QUESTION_BIGRAMS, context, Fields.ANALYSED_TERMS));
        }
        return doc;
    }

    /** The distinct unigrams of the bigram analyzer with unigrams, as a stream. */
    private static TokenStream unigrams(String text) throws java.io.IOException {
        Iterator<String> next = TextBigramsTest.unigrams(Analyzers.bigrams(true), text).iterator();
        return new TokenStream() {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

            @Override
            public boolean incrementToken() {
                if (!next.hasNext()) {
                    return false;
                }
                clearAttributes();
                term.setEmpty().append(next.next());
                return true;
            }
        };
    }

    /**
     * Every term with each document's frequency (and positions, offsets where indexed), then norms.
     */
    private static List<String> postings(Directory dir, String field) throws Exception {
        List<String> out = new ArrayList<>();
        try (DirectoryReader r = DirectoryReader.open(dir)) {
            assertThat(r.leaves()).hasSize(1);
            LeafReader leaf = r.leaves().get(0).reader();
            Terms terms = leaf.terms(field);
            TermsEnum te = terms.iterator();
            PostingsEnum pe = null;
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                pe = te.postings(pe, PostingsEnum.ALL);
                for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                    StringBuilder sb = new StringBuilder(t.utf8ToString() + "@" + d + ":");
                    sb.append(pe.freq());
                    for (int i = 0; i < pe.freq() && hasPositions(leaf, field); i++) {
                        sb.append(' ').append(pe.nextPosition());
                        sb.append('[').append(pe.startOffset()).append('-');
                        sb.append(pe.endOffset()).append(']');
                    }
                    out.add(sb.toString());
                }
            }
            NumericDocValues norms = leaf.getNormValues(field);
            for (int d = norms.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = norms.nextDoc()) {
                out.add("norm@" + d + "=" + norms.longValue());
            }
        }
        return out;
    }
}
