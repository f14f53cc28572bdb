package org.transcriptbot.bot.messages;

/** Text a user sent, made safe to show back: control characters removed, shortened for an echo. */
public final class UserText {
    private UserText() {}

    /**
     * The text without control characters (C0, DEL, C1) and without the bidirectional controls that
     * could reverse what follows them on screen; line breaks and tabs become spaces.
     */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints()
                .forEach(
                        c -> {
                            if (c == '\n' || c == '\r' || c == '\t') {
                                sb.append(' ');
                            } else if (!Character.isISOControl(c) && !isBidiControl(c)) {
                                sb.appendCodePoint(c);
                            }
                        });
        return sb.toString();
    }

    private static boolean isBidiControl(int c) {
        return c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069
                || c == 0x200E
                || c == 0x200F;
    }

    /** The user's text cleaned and cut to at most n characters (with "…" when cut). */
    public static String echo(String s, int n) {
        return abbreviate(clean(s), n);
    }

    /**
     * Text on one line, cut to at most n characters (with "…" when cut), never inside a surrogate
     * pair.
     */
    public static String abbreviate(String s, int n) {
        if (s == null) {
            return "";
        }
        String flat = s.replace('\n', ' ').strip();
        if (flat.length() <= n) {
            return flat;
        }
        int end = Character.isHighSurrogate(flat.charAt(n - 1)) ? n - 1 : n;
        return flat.substring(0, end) + "…";
    }
}
