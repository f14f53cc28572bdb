package org.transcriptbot.index.lucene;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.Transcript;

/**
 * The version of one transcript's documents (schema version, its passages' ids, texts and context):
 * an on-disk index keeps the documents of a transcript whose version is unchanged and replaces the
 * others. Two CRCs of different polynomials (64 bits, hardware-assisted: a warm start versions
 * every passage of the collection, and a cryptographic hash cost seconds at 10,000 transcripts)
 * detect edits; they are no defence against forgery, which a local transcripts folder does not
 * need.
 */
final class IndexFingerprint {
    /** Commit user data: the schema the index was written with (another schema: rebuilt whole). */
    static final String SCHEMA_KEY = "transcript-bot.schema";

    /** Bump when the schema or analysis changes, so on-disk indexes are rebuilt. */
    static final String SCHEMA_VERSION = "8";

    private IndexFingerprint() {}

    /** "transcriptId@crc-crc-count" of the transcript's documents. */
    static String version(Transcript t) {
        CRC32 a = new CRC32();
        CRC32C b = new CRC32C();
        for (Passage p : t.passages()) {
            for (String part : new String[] {p.id(), p.text(), PassageDocuments.context(p)}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                a.update(bytes);
                b.update(bytes);
                a.update(0);
                b.update(0);
            }
        }
        return t.id()
                + "@"
                + SCHEMA_VERSION
                + "-"
                + Long.toHexString(a.getValue())
                + "-"
                + Long.toHexString(b.getValue())
                + "-"
                + t.passages().size();
    }

    /**
     * "key@hash" of each transcript; the key is its id (id#2, id#3... if the same id comes again).
     */
    static List<String> versions(List<Transcript> transcripts) {
        List<String> hashes = transcripts.parallelStream().map(IndexFingerprint::version).toList();
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < transcripts.size(); i++) {
            int n = seen.merge(transcripts.get(i).id(), 1, Integer::sum);
            out.add(n == 1 ? hashes.get(i) : hashes.get(i).replaceFirst("@", "#" + n + "@"));
        }
        return out;
    }
}
