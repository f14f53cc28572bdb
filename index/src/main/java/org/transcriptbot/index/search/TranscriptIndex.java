package org.transcriptbot.index.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transcriptbot.index.model.Location;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.model.TranscriptMeta;
import org.transcriptbot.index.model.TurnKind;
import org.transcriptbot.index.text.Chinese;

/**
 * The Lucene index of passages and the search over it. Built in memory from the transcripts (milliseconds for
 * the shipped one), or kept on disk in a folder and rebuilt only when the transcripts changed. Thread-safe:
 * searches run concurrently.
 */
public final class TranscriptIndex implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(TranscriptIndex.class);
    private static final String FINGERPRINT = "transcript-bot.fingerprint";
    /** Bump when the schema or analysis changes, so on-disk indexes are rebuilt. */
    private static final String SCHEMA_VERSION = "3";
    private static final FieldType ANALYSED = new FieldType();
    private static final FieldType ANALYSED_UNSTORED = new FieldType();
    private static final float NEAR_DUPLICATE = 0.8f;

    static {
        ANALYSED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        ANALYSED.setTokenized(true);
        ANALYSED.setStored(true);
        ANALYSED.freeze();
        ANALYSED_UNSTORED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        ANALYSED_UNSTORED.setTokenized(true);
        ANALYSED_UNSTORED.setStored(false);
        ANALYSED_UNSTORED.freeze();
    }

    private final List<Transcript> transcripts;
    private final List<org.transcriptbot.index.model.Passage> passages;
    private final Map<String, Integer> ordById;
    private final Map<String, TranscriptMeta> metaById;
    /** Passages whose wording is nearly the same share a group: a result list shows one of each group. */
    private final int[] nearGroup;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final QueryPlanner planner;
    private final Synonyms synonyms;
    private final UnifiedHighlighter highlighter;
    private final int[] docToOrd;
    private final java.util.concurrent.ConcurrentHashMap<Term, TermStates> termStates = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int TERM_CACHE = 200_000;

    /** How results are ranked. */
    public enum Mode { LEXICAL, SEMANTIC, HYBRID }

    private final org.transcriptbot.index.semantic.Semantic semantic;
    private final float[][] vectors;

    private TranscriptIndex(List<Transcript> transcripts, Synonyms synonyms, QueryPlanner.Weights weights,
                            Path indexDir, org.transcriptbot.index.semantic.Semantic semantic) throws IOException {
        this.transcripts = List.copyOf(transcripts);
        this.synonyms = synonyms;
        this.planner = new QueryPlanner(weights);
        List<org.transcriptbot.index.model.Passage> all = new ArrayList<>();
        Map<String, TranscriptMeta> metas = new LinkedHashMap<>();
        for (Transcript t : transcripts) {
            metas.put(t.id(), t.meta());
            all.addAll(t.passages());
        }
        this.passages = List.copyOf(all);
        this.metaById = Map.copyOf(metas);
        Map<String, Integer> ords = new HashMap<>();
        for (int i = 0; i < passages.size(); i++) {
            ords.putIfAbsent(passages.get(i).id(), i);
        }
        this.ordById = Map.copyOf(ords);
        this.nearGroup = nearDuplicateGroups();
        float[][] vs = semantic == null ? null : vectorsOrNull(semantic, passages);
        this.semantic = vs == null ? null : semantic;
        this.vectors = vs;
        String fingerprint = fingerprint(passages) + (semantic == null ? "" : "+" + semantic.model());
        if (indexDir == null) {
            // one buffer a file: cloning an input (every term lookup does) then costs one duplicate(), not one per block
            this.directory = new ByteBuffersDirectory(new org.apache.lucene.store.SingleInstanceLockFactory(),
                    ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
            write(directory, fingerprint);
        } else {
            Files.createDirectories(indexDir);
            this.directory = FSDirectory.open(indexDir);
            if (!fingerprint.equals(storedFingerprint(directory))) {
                LOG.info("Building the on-disk index in {} ({} passages)", indexDir, passages.size());
                write(directory, fingerprint);
            } else {
                LOG.info("Reusing the on-disk index in {} (transcripts unchanged)", indexDir);
            }
        }
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
        searcher.setQueryCache(null);
        this.docToOrd = new int[reader.maxDoc()];
        var stored = reader.storedFields();
        for (int d = 0; d < reader.maxDoc(); d++) {
            docToOrd[d] = stored.document(d, Set.of(Fields.ORD)).getField(Fields.ORD).numericValue().intValue();
        }
        this.highlighter = UnifiedHighlighter.builder(searcher, Analyzers.indexing())
                .withBreakIterator(WholeBreakIterator::new)
                .withFormatter(new SpanFormatter())
                .withMaxLength(20_000)
                // plain term offsets from the postings: the queries are term disjunctions, so the Matches API
                // (weight matches) adds cost and nothing else
                .withFlags(java.util.EnumSet.noneOf(UnifiedHighlighter.HighlightFlag.class))
                .withMaskedFieldsFunc(f -> Fields.TEXT.equals(f) ? Set.of(Fields.TEXT_BIGRAMS) : Set.of())
                .build();
    }

    /** An in-memory index of the given transcripts. */
    public static TranscriptIndex build(List<Transcript> transcripts, Synonyms synonyms) {
        return build(transcripts, synonyms, QueryPlanner.Weights.DEFAULT, null);
    }

    /** An index with explicit weights; indexDir null for memory, else an on-disk index reused while unchanged. */
    public static TranscriptIndex build(List<Transcript> transcripts, Synonyms synonyms, QueryPlanner.Weights weights,
                                        Path indexDir) {
        return build(transcripts, synonyms, weights, indexDir, null);
    }

    /** An index with a dense signal too (semantic null: lexical only). */
    public static TranscriptIndex build(List<Transcript> transcripts, Synonyms synonyms, QueryPlanner.Weights weights,
                                        Path indexDir, org.transcriptbot.index.semantic.Semantic semantic) {
        try {
            return new TranscriptIndex(transcripts, synonyms, weights, indexDir, semantic);
        } catch (IOException e) {
            throw new UncheckedIOException("The search index could not be built"
                    + (indexDir == null ? "" : " in " + indexDir) + ": " + e.getMessage(), e);
        }
    }

    private void write(Directory dir, String fingerprint) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.indexing())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(128)
                .setSimilarity(new BM25Similarity());
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            int threads = passages.size() > 2000 ? Runtime.getRuntime().availableProcessors() : 1;
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            long start = System.nanoTime();
            long[] lastReport = {start};
            Runnable worker = () -> {
                for (int i = next.getAndIncrement(); i < passages.size(); i = next.getAndIncrement()) {
                    Document doc = document(i, passages.get(i));
                    if (vectors != null) {
                        doc.add(new org.apache.lucene.document.KnnFloatVectorField(Fields.VECTOR, vectors[i],
                                org.apache.lucene.index.VectorSimilarityFunction.COSINE));
                    }
                    try {
                        writer.addDocument(doc);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    progress(i, lastReport, start);
                }
            };
            if (threads == 1) {
                worker.run();
            } else {
                // SmartCN is the cost of indexing (about 1 MB/s a core here): one analysing thread a core
                List<Thread> ts = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    Thread th = new Thread(worker, "indexer-" + t);
                    ts.add(th);
                    th.start();
                }
                for (Thread th : ts) {
                    try {
                        th.join();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("Indexing was interrupted; rerun to rebuild", e);
                    }
                }
                if (next.get() < passages.size()) {
                    throw new IOException("Indexing stopped early");
                }
            }
            writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprint).entrySet());
            writer.commit();
        }
    }

    private void progress(int i, long[] lastReport, long start) {
        long now = System.nanoTime();
        synchronized (lastReport) {
            if (now - lastReport[0] < 5_000_000_000L) {
                return;
            }
            lastReport[0] = now;
        }
        double rate = i / ((now - start) / 1e9);
        LOG.info(String.format("Indexed %d/%d passages (%.0f%%), %.0f a second, about %.0f s left", i, passages.size(),
                100.0 * i / passages.size(), rate, (passages.size() - i) / Math.max(rate, 1e-9)));
    }

    private static Document document(int ord, org.transcriptbot.index.model.Passage p) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, p.id(), Field.Store.YES));
        doc.add(new StoredField(Fields.ORD, ord));
        doc.add(new StringField(Fields.TRANSCRIPT, p.transcriptId(), Field.Store.NO));
        doc.add(new Field(Fields.TEXT, p.text(), ANALYSED));
        doc.add(new Field(Fields.TEXT_BIGRAMS, p.text(), ANALYSED_UNSTORED));
        String context = context(p);
        if (!context.isEmpty()) {
            doc.add(new Field(Fields.QUESTION, context, ANALYSED_UNSTORED));
            doc.add(new Field(Fields.QUESTION_BIGRAMS, context, ANALYSED_UNSTORED));
        }
        return doc;
    }

    /** What a passage is an answer to: the questions it stands under, or what kind of text it is. */
    private static String context(org.transcriptbot.index.model.Passage p) {
        Set<String> parts = new java.util.LinkedHashSet<>();
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

    private static String fingerprint(List<org.transcriptbot.index.model.Passage> passages) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(SCHEMA_VERSION.getBytes(StandardCharsets.UTF_8));
            for (var p : passages) {
                md.update(p.id().getBytes(StandardCharsets.UTF_8));
                md.update(context(p).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String storedFingerprint(Directory dir) {
        try {
            if (!DirectoryReader.indexExists(dir)) {
                return null;
            }
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                return r.getIndexCommit().getUserData().get(FINGERPRINT);
            }
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * What the dense side embeds: the question as asked; a question mostly in another script (English) is left to the
     * lexical side alone: the Chinese model ranks English questions worse than the English synonyms do (measured:
     * English hit@1 fell from 0.75 to 0.50 with a dense signal, also when the synonyms' Chinese terms were embedded).
     */
    static String denseText(QueryPlanner.Plan plan) {
        String q = plan.cleaned();
        long han = q.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long letters = q.codePoints().filter(Character::isLetter).count();
        if (letters > 0 && han * 2 >= letters) {
            return q;
        }
        return "";
    }

    private static final TopDocs NONE = new TopDocs(new org.apache.lucene.search.TotalHits(0,
            org.apache.lucene.search.TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);

    /** Keeps one passage of each near-duplicate group, highlights the first few, and maps hits to passages. */
    private SearchResult finish(String question, TopDocs top, int n, int highlight, QueryPlanner.Plan plan)
            throws IOException {
        List<ScoreDoc> kept = new ArrayList<>();
        Set<Integer> groups = new HashSet<>();
        for (ScoreDoc sd : top.scoreDocs) {
            if (kept.size() >= n) {
                break;
            }
            if (groups.add(nearGroup[docToOrd[sd.doc]])) {
                kept.add(sd);
            }
        }
        int[] docs = kept.stream().limit(Math.max(0, highlight)).mapToInt(sd -> sd.doc).toArray();
        String[] marks = docs.length == 0 ? new String[0]
                : highlighter.highlightFields(new String[] {Fields.TEXT}, highlightQuery(plan), docs, new int[] {1})
                .get(Fields.TEXT);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            var p = passages.get(docToOrd[kept.get(i).doc]);
            hits.add(new SearchHit(i + 1, kept.get(i).score, p, metaById.get(p.transcriptId()),
                    i < marks.length ? SpanFormatter.parse(marks[i]) : List.of()));
        }
        return new SearchResult(question, hits);
    }

    /** The passages' vectors, or null (lexical search only) if the model cannot run here. */
    private static float[][] vectorsOrNull(org.transcriptbot.index.semantic.Semantic semantic,
                                           List<org.transcriptbot.index.model.Passage> passages) {
        try {
            return semantic.vectors(passages);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Semantic search is off: the embedding model could not run ({}); searching lexically", e.toString());
            return null;
        }
    }

    /** Share of a question's character pairs found in the best lexical passage above which it is trusted alone. */
    static final double LEXICAL_CONFIDENT = 0.7;

    /** Share of the question's character pairs (key form) that the passage contains. */
    static double coverage(String question, String passage) {
        Set<String> q = bigramSet(question);
        if (q.isEmpty()) {
            return 0;
        }
        Set<String> p = bigramSet(passage);
        int in = 0;
        for (String g : q) {
            if (p.contains(g)) {
                in++;
            }
        }
        return (double) in / q.size();
    }

    /** Cosine score (Lucene's (1 + cos) / 2) a dense hit needs when no word of the question matches at all. */
    static final float DENSE_ALONE = 0.80f;

    private static TopDocs fuse(TopDocs lexical, TopDocs dense) {
        Map<Integer, Float> scores = new HashMap<>();
        for (int r = 0; r < lexical.scoreDocs.length; r++) {
            scores.merge(lexical.scoreDocs[r].doc, RRF_LEXICAL / (RRF_K + r + 1), Float::sum);
        }
        for (int r = 0; r < dense.scoreDocs.length; r++) {
            scores.merge(dense.scoreDocs[r].doc, RRF_DENSE / (RRF_K + r + 1), Float::sum);
        }
        ScoreDoc[] fused = scores.entrySet().stream()
                .sorted((a, b) -> Float.compare(b.getValue(), a.getValue()))
                .map(e -> new ScoreDoc(e.getKey(), e.getValue()))
                .toArray(ScoreDoc[]::new);
        return new TopDocs(lexical.totalHits, fused);
    }

    /** The best passages for a question, all of them highlighted. */
    public SearchResult search(String question, int limit) {
        return search(question, limit, limit);
    }

    /**
     * The best passages for a question, the first {@code highlight} of them highlighted (highlighting costs about
     * as much per passage as the search itself: a chat answer quotes one passage and lists the others).
     */
    public SearchResult search(String question, int limit, int highlight) {
        return search(question, limit, highlight, semantic == null ? Mode.LEXICAL : Mode.HYBRID);
    }

    /**
     * Reciprocal rank fusion, weighted: score = 1 / (k + lexical rank) + 0.5 / (k + dense rank), over the lexical
     * top 30 and the dense top 10. Measured on the dev set plus 12 harder paraphrases (README): an equal weight,
     * a larger dense list or a linear blend of scores lost more exact-term questions than they gained.
     */
    static final int RRF_K = 10;
    static final float RRF_LEXICAL = 1.0f;
    static final float RRF_DENSE = 0.5f;
    private static final int CANDIDATES = 30;
    static final int DENSE_CANDIDATES = 10;

    public boolean semantic() {
        return semantic != null;
    }

    /** Ranks lexically, by the dense vectors, or both fused (reciprocal rank fusion). */
    public SearchResult search(String question, int limit, int highlight, Mode mode) {
        int n = Math.max(1, Math.min(limit, 50));
        if (semantic == null) {
            mode = Mode.LEXICAL;
        }
        QueryPlanner.Plan plan = planner.plan(question, synonyms);
        if (plan.isEmpty() && mode != Mode.SEMANTIC) {
            return new SearchResult(question, List.of());
        }
        Query query = planner.query(plan, this::termQuery);
        try {
            TopDocs lexical = mode == Mode.SEMANTIC ? null : searcher.search(query, Math.min(passages.size(), CANDIDATES));
            TopDocs top = lexical;
            String denseText = denseText(plan);
            if (mode == Mode.HYBRID && lexical != null && lexical.scoreDocs.length > 0
                    && coverage(plan.cleaned(), passages.get(docToOrd[lexical.scoreDocs[0].doc]).text()) >= LEXICAL_CONFIDENT) {
                denseText = ""; // the best passage holds most of the question's own words: a quote, a keyword query
            }
            if (mode != Mode.LEXICAL && !denseText.isBlank()) {
                float[] qv;
                try {
                    qv = semantic.query(denseText);
                } catch (RuntimeException | LinkageError e) {
                    LOG.warn("The question could not be embedded ({}); lexical ranking only", e.toString());
                    qv = null;
                }
                if (qv == null) {
                    return finish(question, lexical == null ? NONE : lexical, n, highlight, plan);
                }
                int denseK = mode == Mode.SEMANTIC ? CANDIDATES : DENSE_CANDIDATES;
                // HNSW is approximate and explores about k nodes: asking for 10 could miss the nearest passage
                // (seen: the best match absent from a top 10 but first in a top 30), so ask for 100 and keep k
                TopDocs dense = searcher.search(new org.apache.lucene.search.KnnFloatVectorQuery(Fields.VECTOR, qv,
                        Math.max(100, denseK)), Math.min(passages.size(), denseK));
                top = mode == Mode.SEMANTIC ? dense : fuse(lexical, dense);
                if (lexical != null && lexical.scoreDocs.length == 0 && mode == Mode.HYBRID) {
                    // nothing shares a word with the question: trust the dense side only when it is confident
                    top = dense.scoreDocs.length > 0 && dense.scoreDocs[0].score >= DENSE_ALONE ? dense
                            : new TopDocs(dense.totalHits, new ScoreDoc[0]);
                }
            }
            return finish(question, top == null ? NONE : top, n, highlight, plan);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A term query with term statistics looked up once per index and kept (terms absent from the index too):
     * a question's 100-odd terms otherwise cost as many dictionary seeks on every search. Bounded: the cache is
     * cleared when it grows past TERM_CACHE entries.
     */
    private Query termQuery(Term term) {
        TermStates states = termStates.get(term);
        if (states == null) {
            try {
                states = TermStates.build(searcher, term, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (termStates.size() >= TERM_CACHE) {
                termStates.clear();
            }
            termStates.put(term, states);
        }
        return states.docFreq() == 0 ? null : new TermQuery(term, states);
    }

    /**
     * The query the highlighter works with: only the passage fields' terms that the index has (the question
     * fields never highlight anything, and every clause costs the highlighter a postings lookup per passage).
     */
    private Query highlightQuery(QueryPlanner.Plan plan) {
        org.apache.lucene.search.BooleanQuery.Builder b = new org.apache.lucene.search.BooleanQuery.Builder();
        for (String w : plan.words()) {
            Query q = termQuery(new Term(Fields.TEXT, w));
            if (q != null) {
                b.add(q, org.apache.lucene.search.BooleanClause.Occur.SHOULD);
            }
        }
        for (String g : plan.bigrams()) {
            Query q = termQuery(new Term(Fields.TEXT_BIGRAMS, g));
            if (q != null) {
                b.add(q, org.apache.lucene.search.BooleanClause.Occur.SHOULD);
            }
        }
        return b.build();
    }

    /**
     * The passages that share the most character pairs with a text (ords in passage order): the candidates
     * quote verification aligns in a large collection.
     */
    public int[] candidatePassages(String text, int k) {
        org.apache.lucene.search.BooleanQuery.Builder b = new org.apache.lucene.search.BooleanQuery.Builder();
        int n = 0;
        for (String g : QueryPlanner.terms(BIGRAMS_QUERY, text, QueryPlanner.MAX_BIGRAM_TERMS)) {
            Query q = termQuery(new Term(Fields.TEXT_BIGRAMS, g));
            if (q != null && n++ < QueryPlanner.MAX_BIGRAM_TERMS) {
                b.add(q, org.apache.lucene.search.BooleanClause.Occur.SHOULD);
            }
        }
        try {
            TopDocs top = searcher.search(b.build(), k);
            return java.util.Arrays.stream(top.scoreDocs).mapToInt(sd -> docToOrd[sd.doc]).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final org.apache.lucene.analysis.Analyzer BIGRAMS_QUERY = Analyzers.bigrams(false);

    /** The analysed form of a question (for debugging and the eval report). */
    public QueryPlanner.Plan plan(String question) {
        return planner.plan(question, synonyms);
    }

    public List<Transcript> transcripts() {
        return transcripts;
    }

    public List<org.transcriptbot.index.model.Passage> passages() {
        return passages;
    }

    public org.transcriptbot.index.model.Passage passage(String id) {
        Integer ord = ordById.get(id);
        return ord == null ? null : passages.get(ord);
    }

    public TranscriptMeta meta(String transcriptId) {
        return metaById.get(transcriptId);
    }

    public Synonyms synonyms() {
        return synonyms;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }

    /**
     * Groups passages that share most of their character pairs (Dice >= 0.8). Pairs are only compared within one
     * transcript and between passages of similar length, so the cost stays near-linear in practice.
     */
    private int[] nearDuplicateGroups() {
        int n = passages.size();
        int[] group = new int[n];
        Map<String, List<Integer>> byTranscript = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            group[i] = i;
            byTranscript.computeIfAbsent(passages.get(i).transcriptId(), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> members : byTranscript.values()) {
            // character-pair sets of one transcript at a time: a large collection never holds them all
            Map<Integer, Set<String>> grams = new HashMap<>();
            for (int i : members) {
                grams.put(i, bigramSet(passages.get(i).text()));
            }
            for (int x = 0; x < members.size(); x++) {
                int i = members.get(x);
                for (int y = x + 1; y < members.size(); y++) {
                    int j = members.get(y);
                    int a = grams.get(i).size();
                    int b = grams.get(j).size();
                    if (Math.min(a, b) * 10 < Math.max(a, b) * 6) {
                        continue;
                    }
                    if (dice(grams.get(i), grams.get(j)) >= NEAR_DUPLICATE) {
                        group[j] = group[i];
                    }
                }
            }
        }
        return group;
    }

    static Set<String> bigramSet(String text) {
        String key = Chinese.key(text).text();
        Set<String> set = new HashSet<>();
        for (int i = 0; i + 2 <= key.length(); i++) {
            set.add(key.substring(i, i + 2));
        }
        return set;
    }

    static float dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int common = 0;
        for (String g : small) {
            if (large.contains(g)) {
                common++;
            }
        }
        return 2f * common / (a.size() + b.size());
    }

    /** Formats a highlighted passage as "start:end,start:end" so spans can be rendered with any escaping. */
    static final class SpanFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            StringBuilder sb = new StringBuilder();
            List<int[]> spans = new ArrayList<>();
            for (Passage p : passages) {
                for (int i = 0; i < p.getNumMatches(); i++) {
                    spans.add(new int[] {p.getMatchStarts()[i], p.getMatchEnds()[i]});
                }
            }
            spans.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(y[1], x[1]));
            int lastEnd = -1;
            int lastStart = -1;
            for (int[] s : spans) {
                if (s[0] <= lastEnd) {
                    lastEnd = Math.max(lastEnd, s[1]);
                    continue;
                }
                if (lastStart >= 0) {
                    sb.append(lastStart).append(':').append(lastEnd).append(',');
                }
                lastStart = s[0];
                lastEnd = s[1];
            }
            if (lastStart >= 0) {
                sb.append(lastStart).append(':').append(lastEnd);
            }
            return sb.toString();
        }

        static List<SearchHit.Span> parse(String s) {
            List<SearchHit.Span> out = new ArrayList<>();
            if (s == null || s.isEmpty()) {
                return out;
            }
            for (String part : s.split(",")) {
                if (part.isEmpty()) {
                    continue;
                }
                int c = part.indexOf(':');
                out.add(new SearchHit.Span(Integer.parseInt(part.substring(0, c)), Integer.parseInt(part.substring(c + 1))));
            }
            return out;
        }
    }

}
