package org.transcriptbot.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.search.TranscriptIndex;

/**
 * Names' pinyin remembered beside an on-disk index: the same pinyin as ICU gives, read back instead
 * of transliterated, and never taken from a file written under other rules or another ICU.
 */
class NamePinyinTest {
    @Test
    void aNameIsTransliteratedOnceAndReadBackFromTheFile(@TempDir Path dir) throws Exception {
        NamePinyin first = NamePinyin.readFrom(dir);
        assertThat(first.of("王毅")).isEqualTo("wang yi");
        assertThat(first.changed()).isTrue();
        first.keepIn(dir);
        assertThat(Files.readAllLines(dir.resolve(NamePinyin.FILE)))
                .containsExactly(NamePinyin.HEAD, "王毅\twang yi");

        NamePinyin second = NamePinyin.readFrom(dir);
        assertThat(second.of("王毅")).isEqualTo("wang yi");
        assertThat(second.changed()).isFalse(); // nothing to write back
        assertThat(second.of("汪文斌")).isEqualTo("wang wen bin");
        assertThat(second.changed()).isTrue();
    }

    @Test
    void storedPinyinIsUsedWithoutTransliterating(@TempDir Path dir) throws Exception {
        // a reading ICU would not give: proves the file, not the transliterator, answered
        Files.write(
                dir.resolve(NamePinyin.FILE),
                List.of(NamePinyin.HEAD, "王毅\tohne yee"),
                StandardCharsets.UTF_8);
        SpeakerWords words =
                SpeakerWords.learn(List.of(Fixtures.transcript()), NamePinyin.readFrom(dir));
        assertThat(words.strip("What did Ohne Yee say?").speakers()).containsExactly("王毅");
        assertThat(words.strip("What did Wang Yi say?").speakers()).isEmpty();
    }

    @Test
    void aFileOfOtherRulesOrAnotherIcuIsIgnoredAndRewritten(@TempDir Path dir) throws Exception {
        Files.write(
                dir.resolve(NamePinyin.FILE),
                List.of("# transcript-bot name pinyin; rules: Han-Latin; ICU 1.0", "王毅\twáng yì"),
                StandardCharsets.UTF_8);
        NamePinyin read = NamePinyin.readFrom(dir);
        assertThat(read.of("王毅")).isEqualTo("wang yi");
        read.keepIn(dir);
        assertThat(Files.readAllLines(dir.resolve(NamePinyin.FILE)))
                .containsExactly(NamePinyin.HEAD, "王毅\twang yi");
    }

    @Test
    void aDamagedFileIsReadAsFarAsItMakesSense(@TempDir Path dir) throws Exception {
        Files.write(
                dir.resolve(NamePinyin.FILE),
                List.of(NamePinyin.HEAD, "no tab here", "a\tb\tc", "王毅\twang yi"),
                StandardCharsets.UTF_8);
        NamePinyin read = NamePinyin.readFrom(dir);
        assertThat(read.of("王毅")).isEqualTo("wang yi");
        assertThat(read.changed()).isFalse();
        Files.write(dir.resolve(NamePinyin.FILE), new byte[] {(byte) 0xff, (byte) 0xfe, 0});
        assertThat(NamePinyin.readFrom(dir).of("王毅")).isEqualTo("wang yi");
    }

    private static TranscriptIndex onDisk(Path index) {
        return TranscriptIndex.build(
                List.of(Fixtures.transcript()),
                Fixtures.synonyms(),
                org.transcriptbot.index.search.QueryPlanner.Weights.DEFAULT,
                index);
    }

    @Test
    void anOnDiskIndexKeepsItsSpeakersPinyinAndAWarmStartReadsIt(@TempDir Path dir)
            throws Exception {
        Path index = dir.resolve("index");
        try (TranscriptIndex cold = onDisk(index)) {
            assertThat(cold.passages()).isNotEmpty();
        }
        assertThat(NamePinyin.storedIn(index)).isTrue();
        List<String> stored = Files.readAllLines(index.resolve(NamePinyin.FILE));
        assertThat(stored).contains("王毅\twang yi");

        try (TranscriptIndex warm = onDisk(index)) {
            assertThat(warm.search("What did Wang Yi say about the Belt and Road?", 1).hits())
                    .isNotEmpty();
        }
        assertThat(Files.readAllLines(index.resolve(NamePinyin.FILE))).isEqualTo(stored);
        assertThat(NamePinyin.storedIn(null)).isFalse();
    }
}
