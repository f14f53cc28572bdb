package org.transcriptbot.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.analysis.Synonyms;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.parse.TranscriptLoader;
import org.transcriptbot.index.search.QueryPlanner;
import org.transcriptbot.index.search.SearchHit;
import org.transcriptbot.index.search.SearchResult;
import org.transcriptbot.index.search.TranscriptIndex;

/**
 * An on-disk text index spread over segments is merged into one after the first answer: the merged
 * index answers exactly as the spread one did (passages, scores, highlights), in the same process
 * from the next question on when no document was deleted, and from the next start when some were; a
 * restart reuses it without indexing anything again.
 */
class SegmentMergeTest {
    private static final List<String> QUESTIONS =
            List.of("中方对乌克兰问题的立场是什么？", "中美关系", "王毅如何评价中俄关系", "台湾问题", "新冠疫情");

    @TempDir Path folder;
    @TempDir Path indexDir;

    @Test
    void aSpreadIndexIsMergedAfterTheFirstAnswerAndAnswersTheSame() throws Exception {
        spreadOverTwoSegments("b.txt", "c.txt");
        TranscriptIndex spread = open(); // a second segment, with two of the three files
        assertThat(segments()).isEqualTo(2);
        List<String> before = answers(spread);
        assertThat(spread.awaitTextMerge()).as("searched merged in this process").isTrue();
        assertThat(answers(spread)).isEqualTo(before);
        close(spread);
        assertThat(segments()).isEqualTo(1);

        TranscriptIndex again = open();
        assertThat(answers(again)).isEqualTo(before);
        assertThat(again.awaitTextMerge()).as("one segment: nothing to merge").isFalse();
        close(again);
    }

    @Test
    void theIndexCommandMergesWithoutAQuestion() throws Exception {
        spreadOverTwoSegments("b.txt");
        TranscriptIndex spread = open();
        assertThat(segments()).isEqualTo(2);
        assertThat(spread.mergeTextIndex()).isTrue();
        assertThat(segments()).isEqualTo(1);
        close(spread);
    }

    @Test
    void withDeletedDocumentsTheMergedIndexIsSearchedFromTheNextStart() throws Exception {
        write("a.txt", "甲");
        write("b.txt", "乙");
        close(open());
        write("c.txt", "丙");
        write("d.txt", "丁");
        close(open());
        Files.delete(folder.resolve("b.txt")); // its documents are deleted, not yet merged away
        TranscriptIndex spread = open();
        List<String> before = answers(spread);
        assertThat(spread.awaitTextMerge()).as("numbers changed: not swapped in").isFalse();
        assertThat(answers(spread)).isEqualTo(before);
        close(spread);
        assertThat(segments()).isEqualTo(1);
        TranscriptIndex merged = open();
        assertThat(answers(merged)).isEqualTo(before);
        close(merged);
    }

    @Test
    void theReplacedReaderClosesWhenTheLastQuestionReadingItIsDone() throws Exception {
        spreadOverTwoSegments("b.txt", "c.txt");
        List<Transcript> ts = new TranscriptLoader().loadDirectory(folder).transcripts();
        PassageIndex index =
                PassageIndex.open(
                        ts,
                        indexDir,
                        t -> java.util.stream.IntStream.range(0, t.passages().size()).toArray());
        IndexReader spread = index.searcher().getIndexReader();
        java.io.Closeable question = index.pin(); // a question reading the spread index
        index.mergeInBackground();
        assertThat(index.awaitMerge()).isTrue();
        assertThat(index.searcher().getIndexReader()).isNotSameAs(spread);
        assertThat(index.searcher().getIndexReader().leaves()).hasSize(1);
        assertThat(spread.getRefCount()).as("still read by the question").isEqualTo(1);
        assertThat(spread.numDocs()).isEqualTo(index.searcher().getIndexReader().numDocs());
        question.close();
        assertThat(spread.getRefCount()).as("closed after it").isZero();
        index.close();
        org.assertj.core.api.Assertions.assertThatThrownBy(index::pin)
                .as("a closed index is not read")
                .isInstanceOf(org.apache.lucene.store.AlreadyClosedException.class);
    }

    /**
     * a.txt indexed alone (one segment), then the later files written: the next open adds a second
     * segment holding them.
     */
    private void spreadOverTwoSegments(String... later) throws Exception {
        write("a.txt", "甲");
        close(open());
        String[] words = {"乙", "丙", "丁"};
        for (int i = 0; i < later.length; i++) {
            write(later[i], words[i]);
        }
    }

    private void write(String name, String word) throws Exception {
        Files.writeString(
                folder.resolve(name),
                Fixtures.rawText().replace("中方", "中方" + word),
                StandardCharsets.UTF_8);
    }

    private TranscriptIndex open() throws Exception {
        List<Transcript> ts = new TranscriptLoader().loadDirectory(folder).transcripts();
        return TranscriptIndex.build(ts, Synonyms.none(), QueryPlanner.Weights.DEFAULT, indexDir);
    }

    private static void close(TranscriptIndex index) throws Exception {
        index.close();
    }

    private int segments() throws Exception {
        try (FSDirectory dir = FSDirectory.open(indexDir.resolve("text"));
                DirectoryReader r = DirectoryReader.open(dir)) {
            return r.leaves().size();
        }
    }

    /** Every question's hits: passage, score, highlighted text; then whether it is answerable. */
    private static List<String> answers(TranscriptIndex index) {
        return QUESTIONS.stream()
                .map(
                        q -> {
                            SearchResult r = index.search(q, 8);
                            StringBuilder b = new StringBuilder(q).append(r.answerable());
                            for (SearchHit h : r.hits()) {
                                b.append('|')
                                        .append(h.passage().id())
                                        .append(':')
                                        .append(h.score())
                                        .append(':')
                                        .append(h.highlighted("[", "]"));
                            }
                            return b.toString();
                        })
                .toList();
    }
}
