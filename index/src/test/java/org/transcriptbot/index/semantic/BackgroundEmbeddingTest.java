package org.transcriptbot.index.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.search.SearchResult;
import org.transcriptbot.index.search.TranscriptIndex;

/**
 * Vectors embedded in the background and swapped in, and warm starts that read stored vectors, with
 * the real transcript and real Lucene; the embedder is a fake (the model is not the point here):
 * one passage's vector equals every question's, the others are orthogonal to it, so the dense side
 * alone finds that passage.
 */
class BackgroundEmbeddingTest {
    private static final String TARGET = "你的背后是祖国";

    /** Characters no transcript passage has: the lexical side finds nothing. */
    private static final String QUESTION = "麒麟龘龖";

    /** A fake model: counts its calls; passages wait for the gate before they are embedded. */
    static final class FakeEmbedder implements Embedder {
        final CountDownLatch gate;
        final AtomicInteger passages = new AtomicInteger();

        FakeEmbedder(CountDownLatch gate) {
            this.gate = gate;
        }

        @Override
        public String model() {
            return "fake";
        }

        @Override
        public float[] passage(String text) {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            passages.incrementAndGet();
            return text.contains(TARGET) ? new float[] {1, 0, 0} : new float[] {0, 1, 0};
        }

        @Override
        public float[] query(String text) {
            return new float[] {1, 0, 0};
        }
    }

    private static TranscriptIndex build(Semantic semantic, Path indexDir) {
        return Fixtures.index(semantic, indexDir);
    }

    private static boolean foundTarget(SearchResult r) {
        return r.hits().stream().anyMatch(h -> h.passage().text().contains(TARGET));
    }

    @Test
    void backgroundVectorsAreSwappedInWithoutAFailedQuery(@TempDir Path dir) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        FakeEmbedder fake = new FakeEmbedder(gate);
        TranscriptIndex index = build(new Semantic(() -> fake, "fake", null, 2, 0), dir);
        assertThat(index.vectors().ready()).isFalse();
        // matching the (empty) store first, then embedding: lexical answers either way
        assertThat(index.vectors().progress().state())
                .isIn(EmbeddingProgress.State.MATCHING, EmbeddingProgress.State.EMBEDDING);
        assertThat(foundTarget(index.search(QUESTION, 5)))
                .isFalse(); // lexical: nothing shares a word
        assertThat(index.search("中美关系", 3).hits()).isNotEmpty();

        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger asked = new AtomicInteger();
        Thread asking =
                new Thread(
                        () -> {
                            while (!stop.get()) {
                                try {
                                    index.search(
                                            asked.incrementAndGet() % 2 == 0 ? QUESTION : "中美关系",
                                            5);
                                } catch (RuntimeException e) {
                                    failed.incrementAndGet();
                                }
                            }
                        });
        asking.start();
        gate.countDown();
        assertThat(index.vectors().awaitReady(60, TimeUnit.SECONDS)).isTrue();
        int askedWhenReady = asked.get();
        while (asked.get() < askedWhenReady + 20) {
            Thread.onSpinWait(); // a few more questions after the swap
        }
        stop.set(true);
        asking.join();
        assertThat(failed.get()).isZero();
        assertThat(index.vectors().progress().state()).isEqualTo(EmbeddingProgress.State.READY);
        assertThat(foundTarget(index.search(QUESTION, 5)))
                .isTrue(); // hybrid now: the dense side finds it
        index.close();
    }

    @Test
    void aWarmStartReadsStoredVectorsWithoutTheModel(@TempDir Path dir) throws Exception {
        FakeEmbedder fake = new FakeEmbedder(new CountDownLatch(0));
        TranscriptIndex first = build(new Semantic(() -> fake, "fake", null, 2, 0), dir);
        assertThat(first.vectors().awaitReady(60, TimeUnit.SECONDS)).isTrue();
        first.close();
        assertThat(fake.passages.get()).isEqualTo(Fixtures.transcript().passages().size());

        AtomicInteger loads = new AtomicInteger();
        FakeEmbedder second = new FakeEmbedder(new CountDownLatch(0));
        TranscriptIndex warm =
                build(
                        new Semantic(
                                () -> {
                                    loads.incrementAndGet();
                                    return second;
                                },
                                "fake",
                                null,
                                2,
                                0),
                        dir);
        assertThat(warm.vectors().ready()).isTrue();
        assertThat(loads.get()).isZero(); // the model is not even loaded until a question needs it
        assertThat(foundTarget(warm.search(QUESTION, 5))).isTrue();
        assertThat(loads.get()).isEqualTo(1);
        assertThat(second.passages.get()).isZero();
        warm.close();
    }

    /** Rewrites a store as three segments (what a process stopped before its merge leaves). */
    private static void fragment(Path folder) throws Exception {
        List<String> keys = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        try (Directory d = FSDirectory.open(folder)) {
            try (DirectoryReader r = DirectoryReader.open(d)) {
                for (LeafReaderContext leaf : r.leaves()) {
                    SortedDocValues key = leaf.reader().getSortedDocValues(VectorStore.KEY);
                    FloatVectorValues v = leaf.reader().getFloatVectorValues(VectorStore.VECTOR);
                    for (int doc = v.nextDoc();
                            doc != DocIdSetIterator.NO_MORE_DOCS;
                            doc = v.nextDoc()) {
                        assertThat(key.advanceExact(doc)).isTrue();
                        keys.add(key.lookupOrd(key.ordValue()).utf8ToString());
                        vectors.add(v.vectorValue().clone());
                    }
                }
            }
            IndexWriterConfig config =
                    new IndexWriterConfig()
                            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                            .setMergePolicy(NoMergePolicy.INSTANCE);
            try (IndexWriter w = new IndexWriter(d, config)) {
                for (int i = 0; i < keys.size(); i++) {
                    Document doc = new Document();
                    doc.add(new StringField(VectorStore.KEY, keys.get(i), Field.Store.NO));
                    doc.add(new SortedDocValuesField(VectorStore.KEY, new BytesRef(keys.get(i))));
                    doc.add(
                            new KnnFloatVectorField(
                                    VectorStore.VECTOR,
                                    vectors.get(i),
                                    VectorSimilarityFunction.COSINE));
                    w.addDocument(doc);
                    if ((i + 1) % (keys.size() / 3 + 1) == 0) {
                        w.commit();
                    }
                }
                w.commit();
            }
        }
    }

    private static int segments(Path folder) throws Exception {
        try (Directory d = FSDirectory.open(folder);
                DirectoryReader r = DirectoryReader.open(d)) {
            return r.leaves().size();
        }
    }

    @Test
    void aWarmStartMergesAStoreLeftInSegmentsAfterItsFirstAnswer(@TempDir Path dir)
            throws Exception {
        FakeEmbedder fake = new FakeEmbedder(new CountDownLatch(0));
        Semantic semantic = new Semantic(() -> fake, "fake", null, 2, 0);
        TranscriptIndex first = build(semantic, dir);
        assertThat(first.vectors().awaitReady(60, TimeUnit.SECONDS)).isTrue();
        first.close();
        Path store = dir.resolve(semantic.storeName());
        fragment(store);
        assertThat(segments(store)).isEqualTo(3);

        FakeEmbedder second = new FakeEmbedder(new CountDownLatch(0));
        TranscriptIndex warm = build(new Semantic(() -> second, "fake", null, 2, 0), dir);
        assertThat(warm.vectors().ready()).isTrue();
        assertThat(foundTarget(warm.search(QUESTION, 5))).isTrue(); // hybrid over three segments
        // merged in the background after that first answer; polled, not timed
        for (int i = 0; i < 600 && segments(store) > 1; i++) {
            Thread.sleep(100);
        }
        assertThat(segments(store)).isEqualTo(1);
        for (int i = 0; i < 20; i++) {
            assertThat(foundTarget(warm.search(QUESTION, 5))).isTrue(); // and over the merged one
        }
        assertThat(second.passages.get()).isZero(); // nothing embedded again
        warm.close();
    }

    @Test
    void aWarmStartWithAQuestionWaitingLoadsTheModelBesideTheLoading(@TempDir Path dir)
            throws Exception {
        FakeEmbedder fake = new FakeEmbedder(new CountDownLatch(0));
        TranscriptIndex first = build(new Semantic(() -> fake, "fake", null, 2, 0), dir);
        assertThat(first.vectors().awaitReady(60, TimeUnit.SECONDS)).isTrue();
        first.close();

        CountDownLatch loaded = new CountDownLatch(1);
        FakeEmbedder second = new FakeEmbedder(new CountDownLatch(0));
        Semantic semantic =
                new Semantic(
                        () -> {
                            loaded.countDown();
                            return second;
                        },
                        "fake",
                        null,
                        2,
                        0);
        semantic.expectQuestion(); // the command line has a question in hand
        TranscriptIndex warm = build(semantic, dir);
        // the store can cover every passage: the first question waits for the mapping and is
        // answered by the hybrid ranking
        assertThat(warm.vectors().ready()).isTrue();
        // no question asked yet: the model is loaded because one is waiting
        assertThat(loaded.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(foundTarget(warm.search(QUESTION, 5))).isTrue();
        assertThat(second.passages.get()).isZero(); // nothing embedded again
        warm.close();
    }

    @Test
    void aCacheFolderThatCannotBeWrittenKeepsTheVectorsInMemory(@TempDir Path dir)
            throws Exception {
        Path notAFolder = java.nio.file.Files.writeString(dir.resolve("cache"), "a file");
        FakeEmbedder fake = new FakeEmbedder(new CountDownLatch(0));
        // no index folder: the vectors would be stored in the semantic side's folder
        TranscriptIndex index = build(new Semantic(() -> fake, "fake", notAFolder, 2, 0), null);
        assertThat(index.vectors().awaitReady(60, TimeUnit.SECONDS)).isTrue();
        assertThat(index.semantic()).isTrue();
        assertThat(fake.passages.get()).isPositive();
        assertThat(foundTarget(index.search(QUESTION, 5))).isTrue();
        index.close();
        assertThat(notAFolder).isRegularFile().hasContent("a file");
    }

    @Test
    void aStoreWithFewerVectorsThanDistinctTextsIsKnownShortWithoutMatching() {
        List<Passage> passages = Fixtures.transcript().passages();
        int distinct = (int) passages.stream().map(Passage::text).distinct().count();
        assertThat(StoredVectors.fallsShort(0, passages, 0)).isTrue();
        assertThat(StoredVectors.fallsShort(distinct - 1, passages, 0)).isTrue();
        assertThat(StoredVectors.fallsShort(distinct, passages, 0)).isFalse();
        // up to the wait limit missing: opening embeds them before answering, so it is waited for
        assertThat(StoredVectors.fallsShort(distinct - 5, passages, 5)).isFalse();
        assertThat(StoredVectors.fallsShort(distinct - 6, passages, 5)).isTrue();
        List<Passage> twice = new java.util.ArrayList<>(passages);
        twice.addAll(passages); // the same texts again: one vector each is enough
        assertThat(StoredVectors.fallsShort(distinct, twice, 0)).isFalse();
        assertThat(StoredVectors.fallsShort(0, List.of(), 0)).isFalse();
        assertThat(EmbeddingProgress.matching().describe()).startsWith("lexical search while");
    }

    @Test
    void aModelThatFailsInTheBackgroundLeavesLexicalSearch(@TempDir Path dir) throws Exception {
        TranscriptIndex index =
                build(
                        new Semantic(
                                () -> {
                                    throw new UnsatisfiedLinkError(
                                            "no onnxruntime for this platform");
                                },
                                "broken",
                                null,
                                1,
                                0),
                        dir);
        assertThat(index.vectors().awaitReady(60, TimeUnit.SECONDS)).isFalse();
        assertThat(index.vectors().progress().state()).isEqualTo(EmbeddingProgress.State.FAILED);
        assertThat(index.semantic()).isFalse();
        assertThat(index.search("一带一路", 1).hits()).isNotEmpty();
        index.close();
    }
}
