package org.transcriptbot.index.semantic;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passage vectors kept on disk, keyed by a hash of the passage text and the model name, so a
 * restart or a reload embeds only passages it has not seen. One file a model; written to a temporary file and
 * moved into place, so an interrupted write never leaves a half file. A file that cannot be read (corrupt,
 * truncated, another format) is set aside with a warning and rebuilt.
 */
public final class VectorCache {
    private static final Logger LOG = LoggerFactory.getLogger(VectorCache.class);
    private static final int MAGIC = 0x54425632; // "TBV2": keys are text hashes

    private final Path file;
    private final String model;
    private final Map<String, float[]> vectors = new HashMap<>();
    private boolean dirty;

    private VectorCache(Path file, String model) {
        this.file = file;
        this.model = model;
    }

    /** The cache for a model in a folder (null folder: memory only). */
    public static VectorCache open(Path dir, String model) {
        VectorCache c = new VectorCache(dir == null ? null : dir.resolve("vectors-" + model.replaceAll("[^A-Za-z0-9._-]", "_") + ".bin"), model);
        c.read();
        return c;
    }

    private void read() {
        if (file == null || !Files.isRegularFile(file)) {
            return;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC || !model.equals(in.readUTF())) {
                throw new IOException("not a vector cache of " + model);
            }
            int dims = in.readInt();
            int n = in.readInt();
            if (dims <= 0 || dims > 8192 || n < 0) {
                throw new IOException("bad header");
            }
            for (int i = 0; i < n; i++) {
                String id = in.readUTF();
                float[] v = new float[dims];
                for (int d = 0; d < dims; d++) {
                    v[d] = in.readFloat();
                }
                vectors.put(id, v);
            }
        } catch (IOException | RuntimeException e) {
            vectors.clear();
            LOG.warn("The vector cache {} could not be read ({}); it will be rebuilt", file, e.getMessage());
            try {
                Files.move(file, file.resolveSibling(file.getFileName() + ".corrupt"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.warn("The unreadable vector cache {} could not be set aside: {}", file, moveFailed.getMessage());
            }
        }
    }

    public synchronized float[] get(String id) {
        return vectors.get(id);
    }

    public synchronized void put(String id, float[] vector) {
        vectors.put(id, vector);
        dirty = true;
    }

    public synchronized int size() {
        return vectors.size();
    }

    /** Writes the cache if it changed (no-op for a memory-only cache). */
    public synchronized void save() {
        if (file == null || !dirty || vectors.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            int dims = vectors.values().iterator().next().length;
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeInt(MAGIC);
                out.writeUTF(model);
                out.writeInt(dims);
                out.writeInt(vectors.size());
                for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                    out.writeUTF(e.getKey());
                    for (float f : e.getValue()) {
                        out.writeFloat(f);
                    }
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            dirty = false;
        } catch (IOException e) {
            LOG.warn("The vector cache {} could not be written: {}", file, e.getMessage());
        }
    }
}
