package org.transcriptbot.index.lucene;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;

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

    /**
     * Passage text, CJK bigrams (recall on words SmartCN splits badly). Documents and frequencies
     * only: the highlighter finds its pairs by analysing the few passages it marks again.
     */
    public static final String TEXT_BIGRAMS = "text_bi";

    /**
     * The distinct CJK characters of the passage text, once each (a one-character query term, and
     * how many passages hold a character). Documents only: no frequencies, positions or offsets.
     */
    public static final String TEXT_CHARS = "text_chars";

    /** The question the passage answers, SmartCN words (context, weighted below the text). */
    public static final String QUESTION = "question";

    /** The question, CJK bigrams. */
    public static final String QUESTION_BIGRAMS = "question_bi";

    /** Transcript id (for filtering by transcript). */
    public static final String TRANSCRIPT = "transcript";

    /** Analysed text, stored, with offsets in the postings (the highlighter reads them). */
    static final FieldType ANALYSED =
            analysed(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS, true);

    /**
     * Analysed text searched by term queries only (the pairs of the text, the question context):
     * documents and frequencies, no positions or offsets. BM25 reads only frequencies and norms (a
     * field's length counts its tokens whatever the index options), so scores are the same;
     * inverting and flushing write about a third less for these fields. The pairs of the text are
     * still highlighted: the highlighter analyses the marked passages' stored text again ({@code
     * Highlights}), a few passages a question instead of positions and offsets for every pair of
     * the collection (at 1,000 transcripts about 15 % of the indexing time; at 10,000 about a
     * seventh of the index on disk).
     */
    static final FieldType ANALYSED_TERMS = analysed(IndexOptions.DOCS_AND_FREQS, false);

    /** The characters field: each term once a document (norms kept: its length scores). */
    static final FieldType CHARS = analysed(IndexOptions.DOCS, false);

    /** BM25 with Lucene's parameters (k1 1.2, b 0.75). */
    private static final Similarity BM25 = new BM25Similarity();

    /**
     * BM25 for the pair fields: their length normalisation as it was when they held every character
     * too. A field's length (its norm) counts the tokens that take a position of their own, and the
     * average length its tokens: with unigrams the norm counted the characters and the average
     * characters and pairs, about twice as many, so a passage of average length weighed k1 (1 - b +
     * b dl / avgdl) = 1.2 (0.25 + 0.375 r), r its length over the average. Counting pairs only, the
     * norm and the average count the same tokens; k1 0.75 and b 0.6 give the same 0.3 + 0.45 r, and
     * the scores of the pair fields, their weight beside the word fields, what they were.
     */
    private static final Similarity PAIRS = new BM25Similarity(0.75f, 0.6f);

    private static final Similarity SIMILARITY =
            new PerFieldSimilarityWrapper() {
                @Override
                public Similarity get(String name) {
                    return name.endsWith("_bi") ? PAIRS : BM25;
                }
            };

    private Fields() {}

    /** How the fields are scored (and their norms computed: BM25's, the same for every field). */
    public static Similarity similarity() {
        return SIMILARITY;
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
