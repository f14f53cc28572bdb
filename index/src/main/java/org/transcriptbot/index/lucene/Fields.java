package org.transcriptbot.index.lucene;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/** The Lucene schema: every field name and field type lives here. */
public final class Fields {
    /** Passage id (stable, from the text). */
    public static final String ID = "id";
    /** Position of the passage in the searcher's passage list (stored, for mapping hits back). */
    public static final String ORD = "ord";
    /** Passage text, SmartCN words (offsets in postings, for highlighting). */
    public static final String TEXT = "text";
    /** Passage text, CJK bigrams with unigrams (recall on words SmartCN splits badly). */
    public static final String TEXT_BIGRAMS = "text_bi";
    /** The question the passage answers, SmartCN words (context, weighted below the text). */
    public static final String QUESTION = "question";
    /** The question, CJK bigrams. */
    public static final String QUESTION_BIGRAMS = "question_bi";
    /** The passage's embedding (HNSW graph), when semantic search is on. */
    public static final String VECTOR = "vector";
    /** Transcript id (for filtering and deletion by transcript). */
    public static final String TRANSCRIPT = "transcript";

    /** Analysed text, stored, with offsets in the postings (the highlighter reads them). */
    static final FieldType ANALYSED = analysed(true);
    /** Analysed text, not stored (a second analysis of a stored field). */
    static final FieldType ANALYSED_UNSTORED = analysed(false);

    private Fields() {
    }

    private static FieldType analysed(boolean stored) {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.setTokenized(true);
        type.setStored(stored);
        type.freeze();
        return type;
    }
}
