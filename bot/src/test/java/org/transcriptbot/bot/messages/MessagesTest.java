package org.transcriptbot.bot.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The interface text: complete in both languages, each in its own punctuation. */
class MessagesTest {
    private static final Pattern CHINESE_PUNCTUATION = Pattern.compile("[，。：；！？（）《》「」、【】]");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    /**
     * Latin words in Chinese text: only commands (/quote), handles (@{0}) and names (Telegram,
     * transcript-bot, Ctrl-D).
     */
    private static final Pattern LATIN_WORD = Pattern.compile("(?<![/@A-Za-z])[A-Za-z]{2,}");

    private static ResourceBundle bundle(Lang lang) {
        return ResourceBundle.getBundle(
                Messages.BUNDLE,
                lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        Set<String> zh = new TreeSet<>(bundle(Lang.ZH).keySet());
        Set<String> en = new TreeSet<>(bundle(Lang.EN).keySet());
        assertThat(zh).isEqualTo(en).isNotEmpty();
    }

    @Test
    void englishTextHasEnglishPunctuationAndNoChinese() {
        ResourceBundle en = bundle(Lang.EN);
        for (String key : en.keySet()) {
            String v = en.getString(key);
            assertThat(CHINESE_PUNCTUATION.matcher(v).find()).as(key + "=" + v).isFalse();
            assertThat(HAN.matcher(v).find()).as(key + "=" + v).isFalse();
            assertThat(v)
                    .as(key + ": a straight apostrophe is MessageFormat quoting")
                    .doesNotContain("'");
        }
    }

    @Test
    void chineseTextHasNoEnglishLeftovers() {
        ResourceBundle zh = bundle(Lang.ZH);
        for (String key : zh.keySet()) {
            String v =
                    zh.getString(key)
                            .replace("Telegram", "")
                            .replace("transcript-bot", "")
                            .replace("Ctrl-D", "");
            assertThat(LATIN_WORD.matcher(v).find()).as(key + "=" + v).isFalse();
            assertThat(v).as(key).doesNotContain("'");
        }
    }

    @Test
    void placeholdersAreFilledAndNumbersWrittenPlainly() {
        assertThat(Messages.of(Lang.ZH).get("lines", 1200, 1234)).isEqualTo("第 1200–1234 行");
        assertThat(Messages.of(Lang.EN).get("command.unknown", "/x"))
                .isEqualTo("I don’t know the command /x. Send /help to see what I can do.");
        assertThat(Messages.of(Lang.EN).list("example")).hasSize(3);
        assertThat(Messages.of(Lang.EN).lang().locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void theCommandMenuComesFromTheSameText() {
        assertThat(CommandMenuText.of(Lang.ZH))
                .extracting(CommandMenuText.Entry::command)
                .containsExactlyElementsOf(CommandMenuText.COMMANDS);
        assertThat(CommandMenuText.of(Lang.EN).get(0).description()).startsWith("Ask");
    }

    @Test
    void echoedUserTextLosesControlCharacters() {
        assertThat(UserText.clean("a\u0000b\u001bc\u202Ed\u0085e\nf")).isEqualTo("abcde f");
        assertThat(UserText.echo("x".repeat(10), 5)).isEqualTo("xxxxx…");
        assertThat(UserText.abbreviate("ab😀", 3)).isEqualTo("ab…");
    }
}
