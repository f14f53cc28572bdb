package org.transcriptbot.index.lucene;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.Transcript;

/**
 * The version of one transcript's documents (schema version, its passages' ids, texts and context): an on-disk
 * index keeps the documents of a transcript whose version is unchanged and replaces the others.
 */
final class IndexFingerprint {
    /** Commit user data: the schema the index was written with (another schema: rebuilt whole). */
    static final String SCHEMA_KEY = "transcript-bot.schema";
    /** Bump when the schema or analysis changes, so on-disk indexes are rebuilt. */
    static final String SCHEMA_VERSION = "4";

    private IndexFingerprint() {
    }

    /** "transcriptId@hash" of the transcript's documents. */
    static String version(Transcript t) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(SCHEMA_VERSION.getBytes(StandardCharsets.UTF_8));
            for (Passage p : t.passages()) {
                md.update(p.id().getBytes(StandardCharsets.UTF_8));
                md.update(p.text().getBytes(StandardCharsets.UTF_8));
                md.update(PassageDocuments.context(p).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return t.id() + "@" + HexFormat.of().formatHex(md.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
