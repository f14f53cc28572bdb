package org.transcriptbot.index.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.model.TranscriptMeta;

/**
 * A transcript's optional sidecar NAME.meta.json ({"title", "date", "occasion", "source"}), and the
 * metadata a transcript ends up with: the sidecar wins, then the transcript's own header (read by
 * the parser), then the file name (a leading yyyy-mm-dd date; the name as title).
 */
record Sidecar(String title, String date, String occasion, String source) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
    static final Sidecar NONE = new Sidecar(null, null, null, null);

    /** The sidecar of a file from its bytes (null: none). */
    static Sidecar read(String fileName, byte[] meta) throws TranscriptException {
        if (meta == null) {
            return NONE;
        }
        try {
            JsonNode node = JSON.readTree(meta);
            return new Sidecar(
                    text(node, "title"),
                    text(node, "date"),
                    text(node, "occasion"),
                    text(node, "source"));
        } catch (IOException e) {
            throw new TranscriptException(
                    "The metadata of "
                            + fileName
                            + " ("
                            + TranscriptLoader.baseName(fileName)
                            + ".meta.json) is not valid JSON.",
                    e);
        }
    }

    /** True when the bytes are a JSON object (a broken sidecar is ignored, with a warning). */
    static boolean isJson(byte[] bytes) {
        try {
            return JSON.readTree(bytes).isObject();
        } catch (IOException e) {
            return false;
        }
    }

    TranscriptMeta meta(String id, String fileName) {
        return new TranscriptMeta(id, title, date, occasion, source, fileName);
    }

    /** The parsed transcript with a title and date taken from the file name when it has none. */
    Transcript completed(Transcript t, String id, String fileName) {
        if (t.meta().date() != null && t.meta().title() != null) {
            return t;
        }
        Matcher m = DATE.matcher(fileName);
        return t.withMeta(
                new TranscriptMeta(
                        id,
                        t.meta().title() == null ? id : t.meta().title(),
                        t.meta().date() != null ? t.meta().date() : m.find() ? m.group(1) : null,
                        occasion,
                        source,
                        fileName));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
    }
}
