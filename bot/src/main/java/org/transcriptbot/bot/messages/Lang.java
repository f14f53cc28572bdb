package org.transcriptbot.bot.messages;

import java.util.Locale;

/** Interface language: Simplified Chinese or English, from the user's Telegram language_code. */
public enum Lang {
    ZH(Locale.CHINESE),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The language for a Telegram language_code ("zh-hans", "en-US", …), fallback for others and
     * null.
     */
    public static Lang of(String languageCode, Lang fallback) {
        if (languageCode == null || languageCode.isBlank()) {
            return fallback;
        }
        String c = languageCode.toLowerCase(Locale.ROOT);
        for (Lang lang : values()) {
            if (c.startsWith(lang.locale.getLanguage())) {
                return lang;
            }
        }
        return fallback;
    }
}
