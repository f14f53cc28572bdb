package org.transcriptbot.bot.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.transcriptbot.bot.telegram.Redaction;

class LogFormatTest {
    private static final String TOKEN = "987654321:AAHfakeTokenForTheLogFormatTest_x";

    @Test
    void jsonLinesCarryTimeLevelLoggerAndMessageWithoutTheToken() throws Exception {
        LoggerContext context = (LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
        LogFormat.Json encoder = new LogFormat.Json();
        encoder.setContext(context);
        encoder.start();
        LoggingEvent event =
                new LoggingEvent(
                        "x",
                        context.getLogger("org.transcriptbot.Demo"),
                        Level.WARN,
                        "calling https://api.telegram.org/bot{}/getMe failed",
                        null,
                        new Object[] {TOKEN});
        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);
        assertThat(line).doesNotContain(TOKEN).endsWith("\n");
        assertThat(line.strip()).doesNotContain("\n");
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.get("level").asText()).isEqualTo("WARN");
        assertThat(json.get("loggerName").asText()).isEqualTo("org.transcriptbot.Demo");
        assertThat(json.get("formattedMessage").asText())
                .isEqualTo("calling https://api.telegram.org/bot<token>/getMe failed");
        assertThat(json.get("timestamp").asLong()).isPositive();
    }

    @Test
    void textLinesStartWithDateAndTimeAndUseTheRedactingLayout() throws Exception {
        String xml =
                Files.readString(Path.of("..", "config", "logback.xml"), StandardCharsets.UTF_8);
        assertThat(xml)
                .contains("<pattern>%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level %logger")
                .contains("<layout class=\"" + Redaction.class.getName() + "\">")
                .contains("<appender name=\"" + LogFormat.APPENDER + "\"");
    }
}
