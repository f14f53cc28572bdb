package org.transcriptbot.index.search;

/** The Lucene schema: every field name lives here. */
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

    private Fields() {
    }
}
