package org.transcriptbot.index.lucene;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.transcriptbot.index.analysis.TextBigrams;
import org.transcriptbot.index.model.Location;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.TurnKind;

/**
 * The Lucene document of a passage: its text twice (words, bigrams) and its characters, its
 * question context, and where it stands (transcript, position, near-duplicate group, transcript
 * version) so an on-disk index is read back, not recomputed.
 */
public final class PassageDocuments {
    private PassageDocuments() {}

    /**
     * The document of the passage at a position of its transcript, in the given near-duplicate
     * group; contexts holds the question context's tokens while the same question goes on, texts
     * analyses the pairs and characters of the text (both per indexing thread).
     */
    static Document document(
            Passage p,
            int position,
            int group,
            String version,
            ContextTokens contexts,
            TextBigrams texts) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, p.id(), Field.Store.YES));
        doc.add(new StringField(Fields.TRANSCRIPT, p.transcriptId(), Field.Store.NO));
        doc.add(new NumericDocValuesField(Fields.POSITION, position));
        doc.add(new NumericDocValuesField(Fields.GROUP, group));
        doc.add(new StringField(Fields.VERSION, version, Field.Store.NO));
        doc.add(new SortedDocValuesField(Fields.VERSION, new BytesRef(version)));
        doc.add(new Field(Fields.TEXT, p.text(), Fields.ANALYSED));
        // the characters are noted while the pairs are inverted, the field before
        doc.add(
                new Field(
                        Fields.TEXT_BIGRAMS,
                        texts.pairs(Fields.TEXT_BIGRAMS, p.text()),
                        Fields.ANALYSED_TERMS));
        doc.add(new Field(Fields.TEXT_CHARS, texts.chars(), Fields.CHARS));
        String context = context(p);
        if (!context.isEmpty()) {
            for (String field : new String[] {Fields.QUESTION, Fields.QUESTION_BIGRAMS}) {
                doc.add(new Field(field, contexts.stream(field, context), Fields.ANALYSED_TERMS));
            }
        }
        return doc;
    }

    /**
     * What a passage is an answer to: the questions it stands under, or what kind of text it is.
     */
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
