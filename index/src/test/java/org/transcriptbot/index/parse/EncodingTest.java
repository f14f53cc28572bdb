package org.transcriptbot.index.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transcriptbot.index.Inspect;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.Transcript;

/** Files written in each encoding read like the UTF-8 original, and say which encoding was read. */
class EncodingTest {
    private static final String TEXT =
            "应急管理部新闻发布会\n\n新华社记者：今年主汛期的气候形势怎么样？\n\n"
                    + "曹宁：预计今年主汛期极端天气事件偏多，呈现“南北两条多雨带”的格局。\n\n追问：北方怎么办？\n\n曹宁：提前转移，确保不落一人。\n";
    private final TranscriptLoader loader = new TranscriptLoader();

    private Transcript read(byte[] bytes) throws TranscriptException {
        return loader.parse("t.txt", bytes, null);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "GBK, GB18030, false",
        "GB18030, GB18030, false",
        "UTF-8, UTF-8, true",
        "UTF-8, UTF-8, false",
        "UTF-16LE, UTF-16LE, true",
        "UTF-16BE, UTF-16BE, true"
    })
    void everyEncodingReadsLikeTheOriginal(String charset, String reported, boolean bom)
            throws Exception {
        byte[] body = TEXT.replace("\n", "\r\n").getBytes(Charset.forName(charset));
        byte[] mark =
                !bom
                        ? new byte[0]
                        : charset.equals("UTF-8")
                                ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                                : charset.equals("UTF-16LE")
                                        ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                                        : new byte[] {(byte) 0xFE, (byte) 0xFF};
        Transcript t = read(concat(mark, body));
        Transcript original = read(TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(t.encoding()).isEqualTo(reported);
        assertThat(t.passages())
                .extracting(Passage::text)
                .containsExactlyElementsOf(
                        original.passages().stream().map(Passage::text).toList());
        assertThat(t.turns()).hasSize(original.turns().size());
        assertThat(t.turns().get(1).asker()).isEqualTo("新华社");
    }

    @Test
    void crAndCrlfLineEndingsKeepLineNumbers() throws Exception {
        Transcript lf = read(TEXT.getBytes(StandardCharsets.UTF_8));
        Transcript cr = read(TEXT.replace("\n", "\r").getBytes(StandardCharsets.UTF_8));
        assertThat(cr.turns())
                .extracting(x -> x.firstLine())
                .containsExactlyElementsOf(lf.turns().stream().map(x -> x.firstLine()).toList());
    }

    @Test
    void inspectSaysWhichEncodingWasRead(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("2025-01-01-gbk.txt"), TEXT.getBytes(Charset.forName("GBK")));
        var json = Inspect.json(loader.loadDirectory(dir).transcripts());
        assertThat(json.at("/transcripts/0/encoding").asText()).isEqualTo("GB18030");
        assertThat(Inspect.text(loader.loadDirectory(dir).transcripts()))
                .contains("read as GB18030");
    }

    @Test
    void bytesThatAreNeitherUtf8NorGb18030AreAClearError() {
        byte[] bad =
                concat(
                        "王毅：好。\n".getBytes(StandardCharsets.UTF_8),
                        new byte[] {(byte) 0x81, (byte) 0x20});
        assertThatThrownBy(() -> read(bad))
                .isInstanceOf(TranscriptException.class)
                .hasMessageContaining("not UTF-8 text, nor GB18030")
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> read(new byte[] {(byte) 0xFF, (byte) 0xFE, 'x'}))
                .hasMessageContaining("UTF-16");
    }
}
