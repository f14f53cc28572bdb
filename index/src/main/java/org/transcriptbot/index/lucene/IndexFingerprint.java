package org.transcriptbot.index.lucene;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.transcriptbot.index.model.Passage;

/**
 * What an on-disk index was built from (schema version, passages and their context, the embedding model), stored
 * in the commit's user data: an index whose fingerprint matches is reused instead of rebuilt.
 */
final class IndexFingerprint {
    static final String KEY = "transcript-bot.fingerprint";
    /** Bump when the schema or analysis changes, so on-disk indexes are rebuilt. */
    private static final String SCHEMA_VERSION = "4";

    private IndexFingerprint() {
    }

    /** The fingerprint of these passages; suffix names what else went in (the embedding model), or is empty. */
    static String of(List<Passage> passages, String suffix) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(SCHEMA_VERSION.getBytes(StandardCharsets.UTF_8));
            for (Passage p : passages) {
                md.update(p.id().getBytes(StandardCharsets.UTF_8));
                md.update(PassageDocuments.context(p).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest()) + suffix;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fingerprint stored in the directory's index, or null when there is no readable index. */
    static String stored(Directory dir) {
        try {
            if (!DirectoryReader.indexExists(dir)) {
                return null;
            }
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                return r.getIndexCommit().getUserData().get(KEY);
            }
        } catch (IOException e) {
            return null;
        }
    }
}
