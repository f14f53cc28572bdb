package org.transcriptbot.bot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigAndCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int code, String out, String err) {}

    private static Run run(String stdin, String... args) {
        return runBytes(stdin == null ? null : stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    private static Run runBytes(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream old = System.in;
        try {
            if (stdin != null) {
                System.setIn(new ByteArrayInputStream(stdin));
            }
            int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
            return new Run(code, out.toString(), err.toString());
        } finally {
            System.setIn(old);
        }
    }

    @Test
    void aMalformedSettingExits78WithOneSentence(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bot.properties");
        Files.writeString(f, "search.results=lots\n");
        Run r = run(null, "--config", f.toString(), "inspect");
        assertThat(r.code()).isEqualTo(78);
        assertThat(r.err().strip())
                .isEqualTo("The setting search.results must be a whole number, not \"lots\".");
    }

    @Test
    void configPrintsTheEffectiveSettingsWithTheTokenRedacted(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bot.properties");
        Files.writeString(f, "search.results=3\n");
        Run r = run(null, "--config", f.toString(), "config");
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .containsPattern(
                        "search.results +  = 3 +# " + java.util.regex.Pattern.quote(f.toString()))
                .containsPattern("telegram.token += \\(not set\\)")
                .containsPattern("handler.threads += 4 +# default");
    }

    @Test
    void theShippedBotPropertiesIsTheOneGeneratedFromTheSettingsTable() throws Exception {
        Path shipped = Path.of("..", "config", "bot.properties");
        assertThat(Files.readString(shipped, StandardCharsets.UTF_8))
                .isEqualTo(run(null, "config", "--defaults").out());
    }

    @Test
    void versionIsThePomVersion() {
        Run r = run(null, "--version");
        assertThat(r.code()).isZero();
        assertThat(r.out().strip()).matches("transcript-bot \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void inspectJsonHasTheDesignShape() throws Exception {
        Run r = run(null, "inspect", "--json");
        assertThat(r.code()).isZero();
        JsonNode t = JSON.readTree(r.out()).get("transcripts").get(0);
        assertThat(t.get("title").asText()).isEqualTo("王毅就中国外交政策和对外关系回答中外记者提问");
        assertThat(t.get("date").asText()).isEqualTo("2022-03-07");
        JsonNode turn = t.get("turns").get(3);
        assertThat(turn.get("asker").asText()).isEqualTo("路透社");
        assertThat(turn.get("paragraphs").isArray()).isTrue();
        assertThat(turn.get("lines").size()).isEqualTo(2);
        assertThat(t.get("turns").get(1).get("asker").isNull()).isTrue();
        assertThat(t.get("anomalies").toString())
                .contains("duplicate-turn")
                .contains("orphan")
                .contains("truncated")
                .contains("broken-line-join")
                .contains("duplicate-paragraph");
    }

    @Test
    void searchBatchModePrintsOneJsonLineAQuery() throws Exception {
        Run r =
                run(
                        "中方对乌克兰问题的立场是什么？\nWinter Olympics\n\n*:* AND \"\n",
                        "search",
                        "--json",
                        "--limit",
                        "3");
        assertThat(r.code()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(4);
        JsonNode first = JSON.readTree(lines[0]);
        assertThat(first.get("query").asText()).isEqualTo("中方对乌克兰问题的立场是什么？");
        JsonNode hit = first.get("hits").get(0);
        for (String field :
                new String[] {
                    "rank",
                    "score",
                    "id",
                    "text",
                    "highlighted",
                    "asker",
                    "question",
                    "turn",
                    "paragraph",
                    "paragraphs",
                    "lines",
                    "transcript"
                }) {
            assertThat(hit.has(field)).as(field).isTrue();
        }
        assertThat(hit.get("highlighted").asText()).contains("【").doesNotContain("<b>");
        assertThat(JSON.readTree(lines[2]).get("hits").size()).isZero();
    }

    @Test
    void verifyPrintsVerdictsAndRejectsBadInputClearly() throws Exception {
        Run ok = run(null, "verify", "--json", "习近平主席同拜登总统举行视频会晤并三次通话");
        JsonNode v = JSON.readTree(ok.out());
        assertThat(v.get("verdict").asText()).isEqualTo("NEAR");
        assertThat(v.get("differences").get(0).get("transcript").asText()).isEqualTo("两");
        assertThat(v.get("asker").asText()).isEqualTo("美国全国广播公司");
        Run bad = run(null, "verify", "x");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err()).contains("too short");
        assertThat(v.get("speaker").asText()).isEqualTo("王毅");
        assertThat(v.get("meaningChanges").get(0).get("kind").asText()).isEqualTo("number");
        Run batch = run("解决复杂问题需要的是冷静和理性\n\n王毅：各位记者朋友，大家下午好！\n", "verify", "--json");
        String[] lines = batch.out().strip().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(JSON.readTree(lines[0]).get("verdict").asText()).isEqualTo("EXACT");
        assertThat(JSON.readTree(lines[1]).get("error").asText()).contains("empty");
        JsonNode labelled = JSON.readTree(lines[2]);
        assertThat(labelled.get("verdict").asText()).isEqualTo("EXACT");
        assertThat(labelled.get("setAside").asText()).isEqualTo("王毅：");
        assertThat(labelled.get("claim").asText()).isEqualTo("各位记者朋友，大家下午好！");
    }

    @Test
    void evalCommandsPrintTheirTables() throws Exception {
        Path retrieval =
                Path.of(ConfigAndCliTest.class.getResource("/eval/retrieval-dev.jsonl").toURI());
        Run r = run(null, "eval", "retrieval", retrieval.toString(), "--baseline");
        assertThat(r.out()).contains("hit@1").contains("baseline").contains("english");
        Path quotes = Path.of(ConfigAndCliTest.class.getResource("/eval/quotes-dev.jsonl").toURI());
        assertThat(run(null, "eval", "quotes", quotes.toString()).out())
                .contains("right: 96 of 96; false EXACT: 0; speaker right: 81 of 81");
    }

    @Test
    void badArgumentsAndMissingFilesAreOneSentenceAndExit2(@TempDir Path dir) throws Exception {
        Run r = run(null, "--transcripts", "/no/such/folder", "search", "x");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip())
                .isEqualTo(
                        "The transcripts folder /no/such/folder does not exist or is not a folder.");
        Run u = run(null, "serch", "x");
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.err()).contains("Did you mean").contains("search").doesNotContain("Exception");
        Run l = run(null, "search", "--limit", "0", "x");
        assertThat(l.code()).isEqualTo(2);
        Run folder = run(null, "eval", "retrieval", dir.toString());
        assertThat(folder.code()).isEqualTo(2);
        assertThat(folder.err().strip())
                .isEqualTo("The question set " + dir + " is a folder, not a file.");
        Path binary = dir.resolve("set.jsonl");
        Files.write(binary, new byte[] {(byte) 0xC4, (byte) 0xE3, 0x0A});
        Run notUtf8 = run(null, "eval", "quotes", binary.toString());
        assertThat(notUtf8.code()).isEqualTo(2);
        assertThat(notUtf8.err())
                .contains("is not UTF-8 text")
                .contains("iconv")
                .doesNotContain("Input length");
        Run set = run(null, "eval", "answers", binary.toString());
        assertThat(set.code()).isEqualTo(2);
        assertThat(set.err()).contains("use retrieval, quotes, layouts or splices");
    }

    @Test
    void standardInputInAnotherEncodingGetsAHintOrIsReadWithEncoding() throws Exception {
        String question = "冬奥会";
        Run gbk = runBytes(question.getBytes("GBK"), "search", "--json");
        assertThat(gbk.code()).isEqualTo(2);
        assertThat(gbk.err())
                .contains("Line 1 of standard input is not UTF-8 text")
                .contains("--encoding");
        Run decoded = runBytes(question.getBytes("GBK"), "search", "--json", "--encoding", "GBK");
        assertThat(decoded.code()).isZero();
        assertThat(JSON.readTree(decoded.out()).get("query").asText()).isEqualTo(question);
    }

    @Test
    void consoleAnswersScriptedInput() {
        Run r = run("中方对乌克兰问题的立场是什么？\n#2\n/quote 中欧双方对此都应保持高度警惕。\n", "console", "--lang", "en");
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains("【乌克兰问题】")
                .contains("paragraph 1 of 11")
                .contains("#2 Next ▶")
                .contains("2/4")
                .contains("⚠️ Altered")
                .contains("{+保持+}");
    }
}
