package org.transcriptbot.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BotConfigTest {
    private static final String TOKEN = "123456:ABCdefGHIjklMNOpqrSTUvwx";

    @Test
    void defaultsComeFromTheTableAndTheEnvironmentOverridesTheFile(@TempDir Path dir)
            throws Exception {
        BotConfig c = BotConfig.load(null, Map.of());
        assertThat(c.apiUrl().toString()).isEqualTo("https://api.telegram.org");
        assertThat(c.integer(Setting.SEARCH_RESULTS)).isEqualTo(4);
        assertThat(c.token()).isNull();
        Path f = dir.resolve("bot.properties");
        Files.writeString(
                f, "telegram.api.url=http://10.0.0.1:1\nbot.admins=1,2\nsearch.results=3\n");
        BotConfig o =
                BotConfig.load(
                        f,
                        Map.of(
                                "TELEGRAM_API_URL",
                                "http://127.0.0.1:8081",
                                "BOT_ADMINS",
                                "5",
                                "TRANSCRIPT_BOT_SEARCH_RESULTS",
                                "7",
                                "TELEGRAM_BOT_TOKEN",
                                TOKEN));
        assertThat(o.apiUrl().toString()).isEqualTo("http://127.0.0.1:8081");
        assertThat(o.admins()).containsExactly(5L);
        assertThat(o.integer(Setting.SEARCH_RESULTS)).isEqualTo(7);
        assertThat(o.toString()).doesNotContain("ABCdef");
    }

    @Test
    void everyKeyHasItsOwnVariableAndTheLongNameWinsOverTheShortOne() throws Exception {
        assertThat(Setting.SEARCH_RESULTS.env()).isEqualTo("TRANSCRIPT_BOT_SEARCH_RESULTS");
        assertThat(Setting.WEIGHT_QUESTION_BIGRAMS.env())
                .isEqualTo("TRANSCRIPT_BOT_SEARCH_WEIGHT_QUESTION_BIGRAMS");
        assertThat(Setting.TRANSCRIPTS_DIR.envNames())
                .containsExactly("TRANSCRIPT_BOT_TRANSCRIPTS_DIR", "TRANSCRIPTS_DIR");
        BotConfig c =
                BotConfig.load(
                        null,
                        Map.of(
                                "TRANSCRIPTS_DIR",
                                "/short",
                                "TRANSCRIPT_BOT_TRANSCRIPTS_DIR",
                                "/long",
                                "TRANSCRIPT_BOT_SEARCH_SEMANTIC",
                                "false",
                                "TRANSCRIPT_BOT_LIMITS_CHAT_PER_SECOND",
                                "0.5"));
        assertThat(c.path(Setting.TRANSCRIPTS_DIR)).isEqualTo(Path.of("/long"));
        assertThat(c.flag(Setting.SEMANTIC)).isFalse();
        assertThat(c.decimal(Setting.CHAT_PER_SECOND)).isEqualTo(0.5);
        assertThat(c.effective())
                .contains(
                        new BotConfig.Effective(
                                "search.semantic", "false", "env TRANSCRIPT_BOT_SEARCH_SEMANTIC"));
    }

    @Test
    void unknownKeysAndVariablesAreWarningsNamingTheNearestKnownOne(@TempDir Path dir)
            throws Exception {
        Path f = dir.resolve("bot.properties");
        Files.writeString(f, "serch.results=3\n");
        BotConfig c = BotConfig.load(f, Map.of("TRANSCRIPT_BOT_SEARCH_RESULT", "2"));
        assertThat(c.warnings())
                .containsExactly(
                        "Unknown setting serch.results in "
                                + f
                                + " is ignored (the nearest known key is search.results).",
                        "Unknown environment variable TRANSCRIPT_BOT_SEARCH_RESULT is ignored (the nearest known one is"
                                + " TRANSCRIPT_BOT_SEARCH_RESULTS).");
        assertThat(c.integer(Setting.SEARCH_RESULTS)).isEqualTo(4);
    }

    @Test
    void malformedSettingsAreOneClearSentence(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bot.properties");
        Files.writeString(f, "search.results=lots\n");
        assertThatThrownBy(() -> BotConfig.load(f, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("The setting search.results must be a whole number, not \"lots\".");
        assertThatThrownBy(
                        () -> BotConfig.load(null, Map.of("TRANSCRIPT_BOT_SEARCH_RESULTS", "11")))
                .hasMessage("The setting search.results must be between 1 and 10, not 11.");
        assertThatThrownBy(() -> BotConfig.load(null, Map.of("TELEGRAM_API_URL", "ftp://x")))
                .hasMessageContaining("must be an http or https URL");
        assertThatThrownBy(() -> BotConfig.load(null, Map.of("BOT_ADMINS", "12,abc")))
                .hasMessageContaining("\"abc\" is not a number");
        assertThatThrownBy(
                        () -> BotConfig.load(null, Map.of("TRANSCRIPT_BOT_LOGGING_FORMAT", "xml")))
                .hasMessage("The setting logging.format must be text or json, not \"xml\".");
        assertThatThrownBy(
                        () ->
                                BotConfig.load(
                                        null,
                                        Map.of("TELEGRAM_BOT_TOKEN", "not a token secret123")))
                .hasMessageContaining("does not look like a bot token")
                .hasMessageNotContaining("secret123");
        assertThatThrownBy(() -> BotConfig.load(dir.resolve("missing.properties"), Map.of()))
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> BotConfig.load(dir, Map.of()))
                .hasMessageContaining("is a folder, not a file");
    }

    @Test
    void theTokenComesFromTheEnvironmentOrAFileNeverFromTheSettings(@TempDir Path dir)
            throws Exception {
        Path secret = dir.resolve("token");
        Files.writeString(secret, TOKEN + "\n");
        BotConfig fromFile =
                BotConfig.load(null, Map.of("TELEGRAM_BOT_TOKEN_FILE", secret.toString()));
        assertThat(fromFile.token()).isEqualTo(TOKEN);
        assertThat(fromFile.effective().get(0))
                .isEqualTo(
                        new BotConfig.Effective("telegram.token", "<redacted>", "file " + secret));
        assertThat(BotConfig.load(null, Map.of("TELEGRAM_BOT_TOKEN", TOKEN)).effective().toString())
                .doesNotContain(TOKEN);
        Path f = dir.resolve("bot.properties");
        Files.writeString(f, "telegram.token=" + TOKEN + "\n");
        assertThatThrownBy(() -> BotConfig.load(f, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("must not be written in")
                .hasMessageNotContaining(TOKEN);
        assertThatThrownBy(
                        () ->
                                BotConfig.load(
                                        null,
                                        Map.of(
                                                "TELEGRAM_BOT_TOKEN_FILE",
                                                dir.resolve("none").toString())))
                .hasMessageContaining("cannot be read");
    }

    @Test
    void nearestIsTheSmallestEditDistance() {
        assertThat(Nearest.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Nearest.distance("", "abc")).isEqualTo(3);
        assertThat(Nearest.key("handler.thread")).isEqualTo("handler.threads");
        assertThat(Nearest.key("limits.group.per.minut")).isEqualTo("limits.group.per.minute");
    }
}
