package org.transcriptbot.bot.conversation;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.transcriptbot.bot.messages.Lang;

/**
 * What a button asks for, and its callback_data codec: "kind:field:field", at most 64 bytes.
 * Transcripts and passages are referenced by stable ids and keys (derived from their text), never
 * by list position, so a button pressed after a /reload finds the same text or says it has expired;
 * it never shows something else.
 */
public sealed interface Callback {
    int MAX_BYTES = 64;

    /** The callback_data for this button. */
    String encode();

    /** Result rank (1-based) of the question remembered under questionToken. */
    record Page(String questionToken, int rank) implements Callback {
        public String encode() {
            return checked("p", questionToken, String.valueOf(rank));
        }
    }

    /** The whole answer around a passage. */
    record FullAnswer(String passageId) implements Callback {
        public String encode() {
            return checked("f", passageId);
        }
    }

    /** The question a passage answers, as a short notice. */
    record AskedQuestion(String passageId) implements Callback {
        public String encode() {
            return checked("q", passageId);
        }
    }

    /**
     * Turn turnIndex of the transcript with key transcriptKey, valid while its question has key
     * questionKey.
     */
    record TopicTurn(String transcriptKey, int turnIndex, String questionKey) implements Callback {
        public String encode() {
            return checked("t", transcriptKey, String.valueOf(turnIndex), questionKey);
        }

        /**
         * A short key of a transcript id or a question: stable across runs (String.hashCode is
         * specified).
         */
        public static String key(String s) {
            return Integer.toHexString(s.hashCode());
        }
    }

    /** Example question index (0-based) of the welcome message in lang. */
    record Example(Lang lang, int index) implements Callback {
        public String encode() {
            return checked("e", lang.name().toLowerCase(Locale.ROOT), String.valueOf(index));
        }
    }

    /** The list of topics. */
    record Topics() implements Callback {
        public String encode() {
            return "topics";
        }
    }

    /** A label-only button (the "2/4" between previous and next). */
    record Nothing() implements Callback {
        public String encode() {
            return "noop";
        }
    }

    /**
     * The callback data read back; null for data this version does not write (older buttons,
     * tampering).
     */
    static Callback decode(String data) {
        String[] f = data == null ? new String[0] : data.split(":", -1);
        try {
            return switch (f.length == 0 ? "" : f[0]) {
                case "p" -> f.length == 3 ? new Page(f[1], Integer.parseInt(f[2])) : null;
                case "f" -> f.length == 2 ? new FullAnswer(f[1]) : null;
                case "q" -> f.length == 2 ? new AskedQuestion(f[1]) : null;
                case "t" ->
                        f.length == 4 ? new TopicTurn(f[1], Integer.parseInt(f[2]), f[3]) : null;
                case "e" ->
                        f.length == 3
                                ? new Example(
                                        Lang.valueOf(f[1].toUpperCase(Locale.ROOT)),
                                        Integer.parseInt(f[2]))
                                : null;
                case "topics" -> f.length == 1 ? new Topics() : null;
                case "noop" -> f.length == 1 ? new Nothing() : null;
                default -> null;
            };
        } catch (IllegalArgumentException e) {
            return null; // a number or language that does not parse
        }
    }

    /**
     * Joins the fields; a field with the separator or data over 64 bytes is a bug, not a user
     * error.
     */
    private static String checked(String kind, String... fields) {
        StringBuilder sb = new StringBuilder(kind);
        for (String field : fields) {
            if (field == null || field.isEmpty() || field.indexOf(':') >= 0) {
                throw new IllegalArgumentException("Bad callback field: " + field);
            }
            sb.append(':').append(field);
        }
        if (sb.toString().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("Callback data over " + MAX_BYTES + " bytes: " + sb);
        }
        return sb.toString();
    }
}
