package org.transcriptbot.index.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transcriptbot.index.model.Anomaly;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.model.TurnKind;

class MalformedInputTest {
    private static final String SMALL =
            "某报记者：第一个问题是什么？\n\n王毅：这是第一段回答。\n\n这是第二段，" + "\n\n接着说完。\n\n另一报记者：第二个问题？\n\n王毅：第二个回答。\n";
    private final TranscriptLoader loader = new TranscriptLoader();

    private Transcript parse(String text) throws TranscriptException {
        return loader.parse("t.txt", text.getBytes(StandardCharsets.UTF_8), null);
    }

    private Transcript parse(byte[] bytes) throws TranscriptException {
        return loader.parse("t.txt", bytes, null);
    }

    @Test
    void bomCrlfAndFullWidthSpacesParseLikeCleanText() throws Exception {
        Transcript clean = parse(SMALL);
        String messy =
                "\uFEFF"
                        + SMALL.replace("\n", "\r\n")
                                .replace("王毅：", "\u3000王毅：  ")
                                .replace("接着", " \t接着");
        Transcript t = parse(messy);
        assertThat(t.passages())
                .extracting(Passage::text)
                .containsExactlyElementsOf(clean.passages().stream().map(Passage::text).toList());
        assertThat(t.passages())
                .extracting(Passage::id)
                .containsExactlyElementsOf(clean.passages().stream().map(Passage::id).toList());
        assertThat(t.turns().get(0).asker()).isEqualTo("某报");
    }

    @Test
    void oldMacLineEndingsWork() throws Exception {
        assertThat(parse(SMALL.replace("\n", "\r")).turns()).hasSize(2);
    }

    @Test
    void joinsABrokenSentenceAndReportsIt() throws Exception {
        Transcript t = parse(SMALL);
        assertThat(t.turns().get(0).paragraphs())
                .extracting(p -> p.text())
                .containsExactly("这是第一段回答。", "这是第二段，接着说完。");
        assertThat(t.anomalies())
                .anySatisfy(
                        a -> {
                            assertThat(a.kind()).isEqualTo(Anomaly.Kind.BROKEN_LINE_JOIN);
                            assertThat(a.firstLine()).isEqualTo(5);
                            assertThat(a.lastLine()).isEqualTo(7);
                        });
    }

    @Test
    void notUtf8IsAnErrorNamingFileAndLine() {
        byte[] bytes = "王毅：好。\n\n第二行\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, bad, 0, bytes.length);
        bad[bytes.length] = (byte) 0xC3;
        bad[bytes.length + 1] = (byte) 0x28;
        assertThatThrownBy(() -> parse(bad))
                .isInstanceOf(TranscriptException.class)
                .hasMessageContaining("t.txt")
                .hasMessageContaining("not UTF-8")
                .hasMessageContaining("line 4");
    }

    @Test
    void emptyAndBlankFilesAreErrors() {
        assertThatThrownBy(() -> parse(new byte[0]))
                .isInstanceOf(TranscriptException.class)
                .hasMessage("t.txt is empty.");
        assertThatThrownBy(() -> parse(" \r\n\u3000\n\n")).hasMessageContaining("t.txt is empty");
    }

    @Test
    void binaryIsAnError() {
        assertThatThrownBy(() -> parse(new byte[] {'a', 0, 1, 2, '\n'}))
                .hasMessageContaining("not a text file");
    }

    @Test
    void textWithoutTurnsIsPlainParagraphsWithAWarning() throws Exception {
        Transcript t = parse("第一段。\n\n第二段。\n");
        assertThat(t.turns())
                .singleElement()
                .satisfies(turn -> assertThat(turn.kind()).isEqualTo(TurnKind.TEXT));
        assertThat(t.passages()).isNotEmpty();
        assertThat(t.anomalies()).extracting(Anomaly::kind).contains(Anomaly.Kind.NO_TURNS);
    }

    @Test
    void anAnswerWithNoQuestionIsAnOrphan() throws Exception {
        Transcript t = parse("王毅：开场白。\n\n甲报记者：问题？\n\n王毅：回答。\n\n王毅：又一段回答，没有问题。\n");
        assertThat(t.turns())
                .extracting(x -> x.kind())
                .containsExactly(TurnKind.OPENING, TurnKind.QA, TurnKind.ORPHAN);
        assertThat(t.turns().get(2).question()).isNull();
        assertThat(t.anomalies()).extracting(Anomaly::kind).contains(Anomaly.Kind.ORPHAN);
    }

    @Test
    void aQuestionWithoutAnswerIsReported() throws Exception {
        Transcript t = parse("甲报记者：问题一？\n\n乙报记者：问题二？\n\n王毅：回答二。\n");
        assertThat(t.anomalies())
                .anySatisfy(
                        a -> assertThat(a.kind()).isEqualTo(Anomaly.Kind.QUESTION_WITHOUT_ANSWER));
        assertThat(t.turns()).hasSize(2);
    }

    @Test
    void aColonInsideASentenceIsNotASpeaker() throws Exception {
        Transcript t = parse("甲报记者：问题？\n\n王毅：回答如下。\n\n第二，中方提出三点倡议：\n\n一是和平；\n\n二是发展。\n");
        assertThat(t.turns()).hasSize(1);
        assertThat(t.passages())
                .anySatisfy(p -> assertThat(p.text()).contains("三点倡议：").contains("二是发展。"));
    }

    @Test
    void folderLoadingSkipsBadFilesWithWarningsAndReadsSidecars(@TempDir Path dir)
            throws Exception {
        Files.writeString(dir.resolve("2023-01-01-good.txt"), SMALL);
        Files.writeString(
                dir.resolve("2023-01-01-good.meta.json"),
                "{\"title\": \"好标题\", \"source\": \"某社\"}");
        Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 'x'});
        Files.writeString(dir.resolve("ignored.md"), "not a transcript");
        TranscriptLoader.Result r = loader.loadDirectory(dir);
        assertThat(r.transcripts())
                .singleElement()
                .satisfies(
                        t -> {
                            assertThat(t.meta().title()).isEqualTo("好标题");
                            assertThat(t.meta().date()).isEqualTo("2023-01-01");
                            assertThat(t.meta().source()).isEqualTo("某社");
                        });
        assertThat(r.warnings()).singleElement().asString().contains("bad.txt").contains("Skipped");
    }

    @Test
    void aFileThatBreaksTheParserIsSkippedAndTheRestLoad(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("2023-01-01-good.txt"), SMALL);
        Files.writeString(dir.resolve("2023-01-02-trips.txt"), SMALL + "\n");
        TranscriptLoader.Stored failing =
                new TranscriptLoader.Stored() {
                    @Override
                    public Transcript find(String fileName, byte[] text, byte[] meta) {
                        if (fileName.contains("trips")) {
                            throw new IllegalStateException("a parser fault");
                        }
                        return null;
                    }
                };
        TranscriptLoader.Result r = new TranscriptLoader().reusing(failing).loadDirectory(dir);
        assertThat(r.transcripts())
                .singleElement()
                .extracting(t -> t.meta().date())
                .isEqualTo("2023-01-01");
        assertThat(r.warnings())
                .singleElement()
                .asString()
                .contains("2023-01-02-trips.txt")
                .contains("could not be parsed")
                .contains("Skipped");
    }

    @Test
    void aFolderWithNothingReadableIsAnError(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> loader.loadDirectory(dir))
                .hasMessageContaining("has no *.txt files");
        Files.write(dir.resolve("bad.txt"), new byte[0]);
        assertThatThrownBy(() -> loader.loadDirectory(dir))
                .hasMessageContaining("No transcript")
                .hasMessageContaining("bad.txt");
        assertThatThrownBy(() -> loader.loadDirectory(dir.resolve("missing")))
                .hasMessageContaining("does not exist");
    }

    @Test
    void badSidecarJsonIsAClearError(@TempDir Path dir) throws Exception {
        assertThatThrownBy(
                        () ->
                                loader.parse(
                                        "x.txt",
                                        SMALL.getBytes(StandardCharsets.UTF_8),
                                        "{oops".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("x.meta.json")
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void aBrokenSidecarWarnsAndTheTranscriptLoadsWithDefaults(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("2023-05-06-talk.txt"), SMALL);
        Files.writeString(dir.resolve("2023-05-06-talk.meta.json"), "{\"title\": \"unterminated");
        TranscriptLoader.Result r = loader.loadDirectory(dir);
        assertThat(r.transcripts())
                .singleElement()
                .satisfies(t -> assertThat(t.meta().date()).isEqualTo("2023-05-06"));
        assertThat(r.warnings())
                .singleElement()
                .asString()
                .contains("2023-05-06-talk.meta.json is not valid JSON")
                .contains("loaded");
    }

    @Test
    void listItemsAreNotMistakenForSpeakers() throws Exception {
        Transcript t = parse("甲报记者：问题？\n\n王毅：回答。\n\n他说：这是引语，不是新的发言人。\n");
        assertThat(t.turns()).hasSize(1);
        assertThat(t.turns().get(0).paragraphs()).hasSize(2);
        List<String> texts = t.passages().stream().map(Passage::text).toList();
        assertThat(String.join("", texts)).contains("他说：这是引语");
    }
}
