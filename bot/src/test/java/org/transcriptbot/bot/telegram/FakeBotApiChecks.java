package org.transcriptbot.bot.telegram;

/** Telegram's HTML checks of the fake server, for unit tests. */
public final class FakeBotApiChecks {
    private FakeBotApiChecks() {
    }

    /** null if Telegram would accept the HTML text, else its error. */
    public static String html(String text) {
        return FakeBotApi.checkText(text, "HTML");
    }
}
