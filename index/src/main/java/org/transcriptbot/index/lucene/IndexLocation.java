package org.transcriptbot.index.lucene;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where a transcripts folder's on-disk index lives by default: one folder each under a cache
 * folder.
 */
public final class IndexLocation {
    private IndexLocation() {}

    /**
     * cacheRoot/index/NAME-HASH, NAME the transcripts folder's name and HASH a hash of its absolute
     * path (two folders of the same name do not share an index; a folder's files may change, the
     * index follows them).
     */
    public static Path under(Path cacheRoot, Path transcriptsDir) {
        Path abs = transcriptsDir.toAbsolutePath().normalize();
        String name =
                abs.getFileName() == null
                        ? "root"
                        : abs.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        try {
            byte[] d =
                    MessageDigest.getInstance("SHA-256")
                            .digest(abs.toString().getBytes(StandardCharsets.UTF_8));
            return cacheRoot
                    .resolve("index")
                    .resolve(name + "-" + HexFormat.of().formatHex(d, 0, 6));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
