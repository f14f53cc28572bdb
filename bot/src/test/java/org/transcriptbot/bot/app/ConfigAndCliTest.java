package org.transcriptbot.bot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transcriptbot.bot.config.BotConfig;
import org.transcriptbot.bot.config.ConfigException;

class ConfigAndCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int code, String out, String err) {
    }

    private static Run run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream old = System.in;
        try {
            if (stdin != null) {
                System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            }
            int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
            return new Run(code, out.toString(), err.toString());
        } finally {
            System.setIn(old);
        }
    }

    @Test
    void defaultsWorkAndEnvironmentOverridesTheFile(@TempDir Path dir) throws Exception {
        BotConfig c = BotConfig.load(null, Map.of());
        assertThat(c.apiUrl().toString()).isEqualTo("https://api.telegram.org");
        assertThat(c.token()).isNull();
        Path f = dir.resolve("bot.properties");
        Files.writeString(f, "telegram.api.url=http://10.0.0.1:1\nbot.admins=1,2\n");
        BotConfig o = BotConfig.load(f, Map.of("TELEGRAM_API_URL", "http://127.0.0.1:8081", "BOT_ADMINS", "5",
                "TELEGRAM_BOT_TOKEN", "123456:ABCdefGHIjklMNOpqrSTUvwx"));
        assertThat(o.apiUrl().toString()).isEqualTo("http://127.0.0.1:8081");
        assertThat(o.admins()).containsExactly(5L);
        assertThat(o.toString()).doesNotContain("ABCdef");
    }

    @Test
    void malformedSettingsAreOneClearSentence(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bot.properties");
        Files.writeString(f, "search.results=lots\n");
        assertThatThrownBy(() -> BotConfig.load(f, Map.of())).isInstanceOf(ConfigException.class)
                .hasMessage("The setting search.results must be a whole number, not \"lots\".");
        assertThatThrownBy(() -> BotConfig.load(null, Map.of("TELEGRAM_API_URL", "ftp://x")))
                .hasMessageContaining("must be an http or https URL");
        assertThatThrownBy(() -> BotConfig.load(null, Map.of("BOT_ADMINS", "12,abc")))
                .hasMessageContaining("\"abc\" is not a number");
        assertThatThrownBy(() -> BotConfig.load(null, Map.of("TELEGRAM_BOT_TOKEN", "not a token secret123")))
                .hasMessageContaining("does not look like a bot token").hasMessageNotContaining("secret123");
        assertThatThrownBy(() -> BotConfig.load(dir.resolve("missing.properties"), Map.of()))
                .hasMessageContaining("does not exist");
        Run r = run(null, "--config", f.toString(), "inspect");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("The setting search.results must be a whole number, not \"lots\".");
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
        assertThat(t.get("anomalies").toString()).contains("duplicate-turn").contains("orphan").contains("truncated")
                .contains("broken-line-join").contains("duplicate-paragraph");
    }

    @Test
    void searchBatchModePrintsOneJsonLineAQuery() throws Exception {
        Run r = run("中方对乌克兰问题的立场是什么？\nWinter Olympics\n\n*:* AND \"\n", "search", "--json", "--limit", "3");
        assertThat(r.code()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(4);
        JsonNode first = JSON.readTree(lines[0]);
        assertThat(first.get("query").asText()).isEqualTo("中方对乌克兰问题的立场是什么？");
        JsonNode hit = first.get("hits").get(0);
        for (String field : new String[] {"rank", "score", "id", "text", "highlighted", "asker", "question", "turn",
                "paragraph", "paragraphs", "lines", "transcript"}) {
            assertThat(hit.has(field)).as(field).isTrue();
        }
        assertThat(hit.get("highlighted").asText()).contains("<b>");
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
        assertThat(bad.out()).contains("too short");
        Run batch = run("解决复杂问题需要的是冷静和理性\n\n", "verify", "--json");
        String[] lines = batch.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(JSON.readTree(lines[0]).get("verdict").asText()).isEqualTo("EXACT");
        assertThat(JSON.readTree(lines[1]).get("error").asText()).contains("empty");
    }

    @Test
    void evalCommandsPrintTheirTables() throws Exception {
        Path retrieval = Path.of(ConfigAndCliTest.class.getResource("/eval/retrieval-dev.jsonl").toURI());
        Run r = run(null, "eval", "retrieval", retrieval.toString(), "--baseline");
        assertThat(r.out()).contains("hit@1").contains("baseline").contains("english");
        Path quotes = Path.of(ConfigAndCliTest.class.getResource("/eval/quotes-dev.jsonl").toURI());
        assertThat(run(null, "eval", "quotes", quotes.toString()).out()).contains("right: 15 of 15");
    }

    @Test
    void badArgumentsAndMissingFoldersAreOneSentence() {
        Run r = run(null, "--transcripts", "/no/such/folder", "search", "x");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("The transcripts folder /no/such/folder does not exist or is not a folder.");
        Run u = run(null, "frobnicate");
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.err()).contains("Unmatched argument").doesNotContain("Exception");
        Run l = run(null, "search", "--limit", "0", "x");
        assertThat(l.code()).isEqualTo(2);
    }

    @Test
    void consoleAnswersScriptedInput() {
        Run r = run("中方对乌克兰问题的立场是什么？\n#2\n/quote 中欧双方对此都应保持高度警惕。\n", "console", "--lang", "en");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("【乌克兰问题】").contains("paragraph 1 of 11").contains("#2 Next ▶")
                .contains("2/4").contains("⚠️ Altered").contains("{+保持+}");
    }
}
