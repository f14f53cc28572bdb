package org.transcriptbot.bot.telegram;

/** Telegram's HTML checks for unit tests (kept for the tests that use this name; see TelegramHtmlRules). */
public final class FakeBotApiChecks {
    private FakeBotApiChecks() {
    }

    /** null if Telegram would accept the HTML text, else its error. */
    public static String html(String text) {
        return TelegramHtmlRules.text(text, "HTML");
    }
}
