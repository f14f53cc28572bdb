package org.transcriptbot.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.transcriptbot.bot.app.Wiring;
import org.transcriptbot.bot.config.BotConfig;

/** The console chat, scripted through its standard input. */
class ConsoleChatTest {
    private static String chat(String lang, String... lines) throws Exception {
        BotConfig config = BotConfig.load(null, Map.of());
        StringWriter out = new StringWriter();
        new ConsoleChat(
                        Wiring.conversation(config, Wiring.loadedLibrary(config, null)),
                        new BufferedReader(new StringReader(String.join("\n", lines))),
                        new PrintWriter(out),
                        false,
                        lang)
                .run();
        return out.toString();
    }

    private static String numberOf(String label, String buttonLine) {
        Matcher m = Pattern.compile("#(\\d+) " + Pattern.quote(label)).matcher(buttonLine);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void buttonsKeepTheirNumbersAcrossPages() throws Exception {
        String out = chat("en", "中美关系", "#2", "#2", "#3");
        String[] buttonLines = out.lines().filter(l -> l.startsWith("#")).toArray(String[]::new);
        assertThat(buttonLines).hasSizeGreaterThanOrEqualTo(3);
        assertThat(numberOf("Next ▶", buttonLines[0])).isEqualTo("2");
        assertThat(numberOf("Next ▶", buttonLines[1])).isEqualTo("2");
        assertThat(numberOf("Next ▶", buttonLines[2])).isEqualTo("2");
        assertThat(numberOf("📄 Full answer", buttonLines[0]))
                .isEqualTo(numberOf("📄 Full answer", buttonLines[2]));
        assertThat(buttonLines[2]).contains("3/4");
        assertThat(out).contains("📄 Full answer to");
    }

    @Test
    void aMissingButtonIsSaidPlainlyInTheUsersLanguage() throws Exception {
        assertThat(chat("en", "#9")).contains("(no button #9)");
        assertThat(chat("zh_CN.UTF-8", "#9")).contains("（没有 #9 号按钮）");
    }
}
