package org.transcriptbot.bot.telegram;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.regex.Pattern;

/**
 * Keeps the bot token out of every log line: a logback layout that replaces the configured token,
 * and anything shaped like a bot token, before the line is written (exceptions and library messages
 * included).
 */
public final class Redaction extends PatternLayout {
    private static final Pattern TOKEN_SHAPE = Pattern.compile("\\d{5,20}:[A-Za-z0-9_-]{20,100}");
    private static volatile String secret;

    /** Registers the token to redact. */
    public static void secret(String token) {
        secret = token;
    }

    public static String redact(String s) {
        if (s == null) {
            return null;
        }
        String t = secret;
        String out = t == null || t.isEmpty() ? s : s.replace(t, "<token>");
        return TOKEN_SHAPE.matcher(out).replaceAll("<token>");
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        return redact(super.doLayout(event));
    }
}
