package org.transcriptbot.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.analysis.Analyzers;
import org.transcriptbot.index.analysis.SpeakerWords;
import org.transcriptbot.index.analysis.Synonyms;
import org.transcriptbot.index.lucene.Fields;
import org.transcriptbot.index.lucene.PassageIndex;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.parse.NearDuplicates;
import org.transcriptbot.index.parse.TranscriptLoader;

/**
 * The pair field keeps no offsets, so the highlighter finds the pairs by analysing the passages
 * again: it marks exactly the spans it marked when the offsets were read from the postings (real
 * transcripts, Chinese and English, real Lucene), for the dev questions and for a question made of
 * each passage's opening words.
 */
class HighlightOffsetsTest {
    @Test
    void pairsFoundByAnalysisMarkWhatOffsetsInThePostingsMarked() throws Exception {
        int marked =
                compare(
                        List.of(Fixtures.transcript()),
                        List.of(
                                "retrieval-dev.jsonl",
                                "retrieval-more.jsonl",
                                "retrieval-honest.jsonl",
                                "unanswerable-own.jsonl"));
        assertThat(marked).isGreaterThan(1000);
    }

    @Test
    void theSameForOtherLayoutsAndEnglish() throws Exception {
        List<Transcript> ts =
                new TranscriptLoader()
                        .loadDirectory(Fixtures.evalFile("layouts/transcripts"))
                        .transcripts();
        int marked = compare(ts, List.of("layouts/questions.jsonl", "layouts-ranking-own.jsonl"));
        assertThat(marked).isGreaterThan(1000);
    }

    /** Compares every question's top passages' spans; returns how many spans were compared. */
    private static int compare(List<Transcript> transcripts, List<String> questionFiles)
            throws Exception {
        List<String> questions = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String file : questionFiles) {
            for (String line : Files.readAllLines(Fixtures.evalFile(file))) {
                if (!line.isBlank()) {
                    questions.add(json.readTree(line).path("query").asText());
                }
            }
        }
        for (Transcript t : transcripts) {
            for (Passage p : t.passages()) {
                questions.add(p.text().substring(0, Math.min(16, p.text().length())));
            }
        }
        assertThat(questions).hasSizeGreaterThan(100);
        QueryPlanner planner = new QueryPlanner(QueryPlanner.Weights.DEFAULT);
        Synonyms synonyms = Fixtures.synonyms();
        SpeakerWords speakers = SpeakerWords.learn(transcripts);
        int spans = 0;
        try (PassageIndex index =
                        PassageIndex.open(
                                transcripts,
                                null,
                                x ->
                                        x.hasNearDuplicateGroups()
                                                ? x.nearDuplicateGroups()
                                                : NearDuplicates.groups(x.passages()));
                Directory withOffsets = withOffsets(transcripts);
                DirectoryReader reader = DirectoryReader.open(withOffsets)) {
            IndexSearcher now = index.searcher();
            IndexSearcher before = new IndexSearcher(reader);
            assertThat(
                            now.getIndexReader()
                                    .leaves()
                                    .get(0)
                                    .reader()
                                    .getFieldInfos()
                                    .fieldInfo(Fields.TEXT_BIGRAMS)
                                    .getIndexOptions())
                    .isEqualTo(IndexOptions.DOCS_AND_FREQS);
            Map<String, Integer> beforeDocs = docsById(before);
            Highlights nowMarks = new Highlights(() -> now, new TermQueries(() -> now));
            Highlights beforeMarks = new Highlights(() -> before, new TermQueries(() -> before));
            TermQueries terms = new TermQueries(() -> now);
            for (String q : questions) {
                QueryPlanner.Plan plan = planner.plan(q, synonyms, speakers);
                ScoreDoc[] top = now.search(planner.query(plan, terms::of), 10).scoreDocs;
                int[] docs = new int[top.length];
                int[] same = new int[top.length];
                for (int i = 0; i < top.length; i++) {
                    docs[i] = top[i].doc;
                    same[i] = beforeDocs.get(now.storedFields().document(docs[i]).get(Fields.ID));
                }
                List<List<SearchHit.Span>> got = nowMarks.spans(plan, docs);
                assertThat(got).as(q).isEqualTo(beforeMarks.spans(plan, same));
                spans += got.stream().mapToInt(List::size).sum();
            }
        }
        return spans;
    }

    /** The passages with their pairs' positions and offsets in the postings, as before. */
    private static Directory withOffsets(List<Transcript> transcripts) throws Exception {
        FieldType offsets = new FieldType();
        offsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        offsets.setTokenized(true);
        FieldType stored = new FieldType(offsets);
        stored.setStored(true);
        Directory dir = new ByteBuffersDirectory();
        try (IndexWriter w =
                new IndexWriter(
                        dir,
                        new IndexWriterConfig(Analyzers.indexing())
                                .setSimilarity(Fields.similarity()))) {
            for (Transcript t : transcripts) {
                for (Passage p : t.passages()) {
                    Document doc = new Document();
                    doc.add(new StringField(Fields.ID, p.id(), Field.Store.YES));
                    doc.add(new Field(Fields.TEXT, p.text(), stored));
                    doc.add(new Field(Fields.TEXT_BIGRAMS, p.text(), offsets));
                    w.addDocument(doc);
                }
            }
        }
        return dir;
    }

    private static Map<String, Integer> docsById(IndexSearcher searcher) throws Exception {
        Map<String, Integer> out = new HashMap<>();
        for (int d = 0; d < searcher.getIndexReader().maxDoc(); d++) {
            out.put(searcher.storedFields().document(d).get(Fields.ID), d);
        }
        return out;
    }
}
