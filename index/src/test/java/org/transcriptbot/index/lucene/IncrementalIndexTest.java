package org.transcriptbot.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.parse.TranscriptLoader;

/**
 * An on-disk index and its stored parse results follow a folder file by file (real files, parser
 * and Lucene).
 */
class IncrementalIndexTest {
    @TempDir Path folder;
    @TempDir Path indexDir;

    private int groupsComputed;

    private int[] groups(Transcript transcript) {
        groupsComputed++;
        return IntStream.range(0, transcript.passages().size()).toArray();
    }

    private void write(String name, String text) throws Exception {
        Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** A transcript like the shipped one whose answers carry a word of their own. */
    private static String variant(String word) {
        return Fixtures.rawText().replace("中方", "中方" + word);
    }

    private record Opened(
            ParsedTranscripts stored, List<Transcript> transcripts, PassageIndex index) {}

    private Opened open() throws Exception {
        ParsedTranscripts stored = ParsedTranscripts.open(indexDir.resolve("parsed"));
        List<Transcript> ts =
                new TranscriptLoader().reusing(stored).loadDirectory(folder).transcripts();
        stored.keepOnly(ts);
        return new Opened(stored, ts, PassageIndex.open(ts, indexDir, this::groups));
    }

    private static long count(PassageIndex index, String field, String term) throws Exception {
        return index.searcher().count(new TermQuery(new Term(field, term)));
    }

    @Test
    void addingChangingAndDeletingOneFileReReadsOnlyThatFile() throws Exception {
        write("a.txt", variant("甲"));
        write("b.txt", variant("乙"));
        Opened first = open();
        assertThat(first.stored.parsedCount()).isEqualTo(2);
        assertThat(first.index.indexedTranscripts()).isEqualTo(2);
        first.index.close();

        write("c.txt", variant("丙"));
        groupsComputed = 0;
        Opened added = open();
        assertThat(added.stored.parsedCount()).isEqualTo(1);
        assertThat(added.stored.reusedCount()).isEqualTo(2);
        assertThat(added.index.indexedTranscripts()).isEqualTo(1);
        assertThat(groupsComputed).isEqualTo(1);
        assertThat(count(added.index, Fields.TRANSCRIPT, "c"))
                .isEqualTo(added.transcripts.get(2).passages().size());
        added.index.close();

        Files.delete(folder.resolve("a.txt"));
        write("b.txt", variant("丁"));
        Opened changed = open();
        assertThat(changed.stored.parsedCount()).isEqualTo(1);
        assertThat(changed.index.indexedTranscripts()).isEqualTo(1);
        assertThat(count(changed.index, Fields.TRANSCRIPT, "a")).isZero();
        assertThat(changed.index.searcher().getIndexReader().numDocs())
                .isEqualTo(changed.transcripts.stream().mapToInt(t -> t.passages().size()).sum());
        for (int ord = 0;
                ord < changed.transcripts.stream().mapToInt(t -> t.passages().size()).sum();
                ord++) {
            assertThat(changed.index.ord(changed.index.doc(ord))).isEqualTo(ord);
        }
        assertThat(Files.list(indexDir.resolve("parsed")).count()).isEqualTo(2);
        changed.index.close();
    }

    @Test
    void aWarmStartParsesAndIndexesNothing() throws Exception {
        write("a.txt", variant("甲"));
        open().index.close();
        groupsComputed = 0;
        Opened warm = open();
        assertThat(warm.stored.parsedCount()).isZero();
        assertThat(warm.index.indexedTranscripts()).isZero();
        assertThat(groupsComputed).isZero();
        // what was read back is exactly what parsing produces (turns, passages, locations,
        // anomalies)
        assertThat(warm.transcripts)
                .isEqualTo(new TranscriptLoader().loadDirectory(folder).transcripts());
        warm.index.close();
    }

    @Test
    void otherLayoutsAndEncodingsReadBackExactlyAsParsed() throws Exception {
        try (var files = Files.list(Fixtures.evalFile("layouts/transcripts"))) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        open().index.close();
        Opened warm = open();
        assertThat(warm.stored.parsedCount()).isZero();
        assertThat(warm.transcripts)
                .isEqualTo(new TranscriptLoader().loadDirectory(folder).transcripts());
        assertThat(warm.transcripts.stream().mapToInt(t -> t.anomalies().size()).sum())
                .isPositive();
        warm.index.close();
    }
}
