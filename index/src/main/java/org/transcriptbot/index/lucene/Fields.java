package org.transcriptbot.index.lucene;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/** The Lucene schema: every field name and field type lives here. */
public final class Fields {
    /** Passage id (stable, from the text). */
    public static final String ID = "id";

    /**
     * Position of the passage within its transcript (doc values: with VERSION, maps hits back to
     * passages).
     */
    public static final String POSITION = "position";

    /**
     * Near-duplicate group: the position (within the transcript) of the group's first passage (doc
     * values).
     */
    public static final String GROUP = "group";

    /**
     * The transcript and the version of its passages ("id@hash", doc values too): an on-disk index
     * replaces the documents of what changed, and maps documents back to passages by it.
     */
    public static final String VERSION = "version";

    /** Passage text, SmartCN words (offsets in postings, for highlighting). */
    public static final String TEXT = "text";

    /** Passage text, CJK bigrams with unigrams (recall on words SmartCN splits badly). */
    public static final String TEXT_BIGRAMS = "text_bi";

    /** The question the passage answers, SmartCN words (context, weighted below the text). */
    public static final String QUESTION = "question";

    /** The question, CJK bigrams. */
    public static final String QUESTION_BIGRAMS = "question_bi";

    /** Transcript id (for filtering by transcript). */
    public static final String TRANSCRIPT = "transcript";

    /** Analysed text, stored, with offsets in the postings (the highlighter reads them). */
    static final FieldType ANALYSED = analysed(true);

    /** Analysed text, not stored (a second analysis of a stored field). */
    static final FieldType ANALYSED_UNSTORED = analysed(false);

    /**
     * Analysed text searched by term queries only and never highlighted (the question context):
     * documents and frequencies, no positions or offsets. BM25 reads only frequencies and norms, so
     * scores are the same; inverting and flushing write about a third less for these fields.
     */
    static final FieldType ANALYSED_TERMS = analysed(IndexOptions.DOCS_AND_FREQS, false);

    private Fields() {}

    private static FieldType analysed(boolean stored) {
        return analysed(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS, stored);
    }

    private static FieldType analysed(IndexOptions options, boolean stored) {
        FieldType type = new FieldType();
        type.setIndexOptions(options);
        type.setTokenized(true);
        type.setStored(stored);
        type.freeze();
        return type;
    }
}
