package org.transcriptbot.bot.core;

/** Interface language: Simplified Chinese or English, from the user's Telegram language_code. */
public enum Lang {
    ZH, EN;

    public static Lang of(String languageCode, Lang fallback) {
        if (languageCode == null || languageCode.isBlank()) {
            return fallback;
        }
        String c = languageCode.toLowerCase();
        if (c.startsWith("zh")) {
            return ZH;
        }
        if (c.startsWith("en")) {
            return EN;
        }
        return fallback;
    }
}
