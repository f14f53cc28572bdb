package org.transcriptbot.index.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model unpacked once into the cache folder: the jar entry's exact bytes, reused while whole,
 * replaced when damaged, and the same vectors as the model read from the jar.
 */
class UnpackedTest {
    private static final Class<?> OWNER = BgeSmallZhV15QuantizedEmbeddingModel.class;
    private static final String TOKENIZER = "/bge-small-zh-v1.5-q-tokenizer.json";

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = OWNER.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aJarEntryIsUnpackedOnceAndReused(@TempDir Path cache) throws Exception {
        Path file = Unpacked.file(cache, OWNER, TOKENIZER);
        assertThat(file).isNotNull().startsWith(cache.resolve("unpacked"));
        assertThat(Files.readAllBytes(file)).isEqualTo(resource(TOKENIZER));

        FileTime old = FileTime.fromMillis(0);
        Files.setLastModifiedTime(file, old);
        assertThat(Unpacked.file(cache, OWNER, TOKENIZER)).isEqualTo(file);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(old); // not written again
        try (Stream<Path> all = Files.walk(cache)) {
            assertThat(all.filter(Files::isRegularFile)).containsExactly(file); // no part left
        }
    }

    @Test
    void aDamagedCopyIsReplaced(@TempDir Path cache) throws Exception {
        Path file = Unpacked.file(cache, OWNER, TOKENIZER);
        Files.write(file, new byte[] {'{', '}'});
        assertThat(Unpacked.file(cache, OWNER, TOKENIZER)).isEqualTo(file);
        assertThat(Files.readAllBytes(file)).isEqualTo(resource(TOKENIZER));
        // the same size, one byte changed: caught by the CRC
        byte[] flipped = resource(TOKENIZER);
        flipped[flipped.length / 2] ^= 1;
        Files.write(file, flipped);
        assertThat(Unpacked.file(cache, OWNER, TOKENIZER)).isEqualTo(file);
        assertThat(Files.readAllBytes(file)).isEqualTo(resource(TOKENIZER));
    }

    @Test
    void withoutACacheFolderOrAJarTheResourceIsReadFromTheClassPath(@TempDir Path dir)
            throws Exception {
        assertThat(Unpacked.file(null, OWNER, TOKENIZER)).isNull();
        assertThat(Unpacked.file(dir, OWNER, "/no-such-model.onnx")).isNull();
        // a folder on the class path (test resources), not a jar: nothing to name a copy by
        assertThat(Unpacked.file(dir, UnpackedTest.class, "/logback-test.xml")).isNull();
        Path notAFolder = Files.writeString(dir.resolve("cache"), "a file");
        assertThat(Unpacked.file(notAFolder, OWNER, TOKENIZER)).isNull();
    }

    @Test
    void theUnpackedModelGivesTheVectorsOfTheModelInTheJar(@TempDir Path cache) throws Exception {
        float[] fromJar = new BgeEmbedder().passage("中方在乌克兰问题上的立场是客观公正的");
        float[] unpacked = new BgeEmbedder(cache).passage("中方在乌克兰问题上的立场是客观公正的");
        assertThat(unpacked).containsExactly(fromJar);
        assertThat(cache.resolve("unpacked")).isDirectoryRecursivelyContaining("glob:**/*.onnx");
        // a zeroed copy of the right size: its CRC differs, so it is unpacked again
        Path model = Unpacked.file(cache, OWNER, "/bge-small-zh-v1.5-q.onnx");
        Files.write(model, new byte[(int) Files.size(model)]);
        assertThat(new BgeEmbedder(cache).passage("中方在乌克兰问题上的立场是客观公正的")).containsExactly(fromJar);
        assertThat(Files.readAllBytes(model)).isEqualTo(resource("/bge-small-zh-v1.5-q.onnx"));
    }
}
