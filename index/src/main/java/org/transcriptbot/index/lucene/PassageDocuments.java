package org.transcriptbot.index.lucene;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.transcriptbot.index.model.Location;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.TurnKind;

/** The Lucene document of a passage: its text twice (words, bigrams), its question context and its vector. */
public final class PassageDocuments {
    private PassageDocuments() {
    }

    /** The document of the passage at position ord; vector may be null (lexical search only). */
    static Document document(int ord, Passage p, float[] vector) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, p.id(), Field.Store.YES));
        doc.add(new StoredField(Fields.ORD, ord));
        doc.add(new StringField(Fields.TRANSCRIPT, p.transcriptId(), Field.Store.NO));
        doc.add(new Field(Fields.TEXT, p.text(), Fields.ANALYSED));
        doc.add(new Field(Fields.TEXT_BIGRAMS, p.text(), Fields.ANALYSED_UNSTORED));
        String context = context(p);
        if (!context.isEmpty()) {
            doc.add(new Field(Fields.QUESTION, context, Fields.ANALYSED_UNSTORED));
            doc.add(new Field(Fields.QUESTION_BIGRAMS, context, Fields.ANALYSED_UNSTORED));
        }
        if (vector != null) {
            doc.add(new KnnFloatVectorField(Fields.VECTOR, vector, VectorSimilarityFunction.COSINE));
        }
        return doc;
    }

    /** What a passage is an answer to: the questions it stands under, or what kind of text it is. */
    public static String context(Passage p) {
        Set<String> parts = new LinkedHashSet<>();
        for (Location l : p.occurrences()) {
            if (l.question() != null) {
                parts.add(l.question());
            } else if (l.kind() == TurnKind.OPENING) {
                parts.add("开场白 开场 致辞 opening statement");
            } else if (l.kind() == TurnKind.LEAD) {
                parts.add("导语 标题 新闻");
            }
        }
        return String.join("\n", parts);
    }
}
