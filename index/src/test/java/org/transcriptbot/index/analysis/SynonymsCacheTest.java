package org.transcriptbot.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.eval.RetrievalEval;

/**
 * The synonym map kept in the cache folder: read back, it expands every question as the map built
 * from the rules does; edited rules give another map; a damaged file is built again; a malformed
 * rule fails as before.
 */
class SynonymsCacheTest {
    private static List<RuleFiles.Rules> shipped() throws IOException {
        List<RuleFiles.Rules> files = new ArrayList<>();
        for (String name : List.of("synonyms.txt", "lexicon.txt")) {
            Path file = Fixtures.projectRoot().resolve("config").resolve(name);
            files.add(new RuleFiles.Rules(Files.readString(file), file.toString()));
        }
        return files;
    }

    /** Questions of every dev set, and a few built on rule words. */
    private static List<String> questions() throws Exception {
        List<String> out = new ArrayList<>();
        for (String set :
                List.of(
                        "retrieval-dev.jsonl",
                        "speaker-named-dev.jsonl",
                        "unanswerable-dev.jsonl",
                        "retrieval-more.jsonl")) {
            RetrievalEval.read(Fixtures.evalFile(set)).forEach(q -> out.add(q.query()));
        }
        out.addAll(List.of("Belt and Road", "一带一路倡议", "What about the WTO and Ukraine?"));
        return out;
    }

    private static List<Path> kept(Path cache) throws IOException {
        try (Stream<Path> s = Files.list(cache.resolve("synonyms"))) {
            return s.toList();
        }
    }

    @Test
    void theKeptMapExpandsEveryQuestionAsTheBuiltOne(@TempDir Path cache) throws Exception {
        Synonyms built = RuleFiles.parse(shipped());
        Synonyms first = SynonymsCache.parse(shipped(), cache);
        assertThat(kept(cache)).hasSize(1);
        Synonyms read = SynonymsCache.read(kept(cache).get(0));
        assertThat(read).isNotNull();
        assertThat(read.size()).isEqualTo(built.size());
        Synonyms again = SynonymsCache.parse(shipped(), cache);
        int expanding = 0;
        for (String q : questions()) {
            String expected = built.expand(q);
            assertThat(first.expand(q)).as(q).isEqualTo(expected);
            assertThat(read.expand(q)).as(q).isEqualTo(expected);
            assertThat(again.expand(q)).as(q).isEqualTo(expected);
            assertThat(again.matches(q)).as(q).isEqualTo(built.matches(q));
            expanding += expected.isEmpty() ? 0 : 1;
        }
        assertThat(expanding).isGreaterThan(10); // the comparison covered real expansions
    }

    @Test
    void aKeptMapIsReadNotRebuilt(@TempDir Path cache) throws Exception {
        List<RuleFiles.Rules> rules = List.of(new RuleFiles.Rules("乌克兰, Ukraine\n", "test"));
        SynonymsCache.parse(rules, cache);
        Path file = kept(cache).get(0);
        // the kept file of other rules under this key: parse serves what the file holds
        Path elsewhere = Files.createTempDirectory(cache, "other");
        SynonymsCache.parse(List.of(new RuleFiles.Rules("中美, Sino-US\n", "test")), elsewhere);
        Files.copy(kept(elsewhere).get(0), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(SynonymsCache.parse(rules, cache).expand("Sino-US ties")).contains("中美");
    }

    @Test
    void editedRulesGiveAnotherMapAndTheOldOneGoes(@TempDir Path cache) throws Exception {
        SynonymsCache.parse(List.of(new RuleFiles.Rules("乌克兰, Ukraine\n", "test")), cache);
        Path before = kept(cache).get(0);
        Synonyms edited =
                SynonymsCache.parse(
                        List.of(new RuleFiles.Rules("乌克兰, Ukraine\n中美, Sino-US\n", "test")), cache);
        assertThat(edited.expand("Sino-US ties")).contains("中美");
        assertThat(kept(cache)).hasSize(1).doesNotContain(before);
    }

    @Test
    void aDamagedFileIsBuiltAgain(@TempDir Path cache) throws Exception {
        List<RuleFiles.Rules> rules = List.of(new RuleFiles.Rules("乌克兰, Ukraine\n", "test"));
        SynonymsCache.parse(rules, cache);
        Path file = kept(cache).get(0);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(SynonymsCache.read(file)).isNull();
        assertThat(SynonymsCache.parse(rules, cache).expand("Ukraine")).contains("乌克兰");
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @Test
    void malformedRulesFailAsBeforeAndNothingIsKept(@TempDir Path cache) {
        List<RuleFiles.Rules> bad = List.of(new RuleFiles.Rules("a => \n", "bad.txt"));
        assertThatThrownBy(() -> SynonymsCache.parse(bad, cache))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("bad.txt");
        assertThat(cache.resolve("synonyms")).doesNotExist();
    }

    @Test
    void withoutACacheFolderTheMapIsBuilt() throws Exception {
        Synonyms s = SynonymsCache.parse(List.of(new RuleFiles.Rules("乌克兰, Ukraine\n", "t")), null);
        assertThat(s.expand("Ukraine")).contains("乌克兰");
        assertThat(SynonymsCache.parse(List.of(), null).size()).isZero();
    }
}
