package org.transcriptbot.index.semantic;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedding model and ONNX Runtime's native libraries, unpacked once into the cache folder
 * instead of at every start. From the jar, every start inflated the 24 MB model into the heap and
 * ONNX Runtime copied its 16 MB library into a new temporary folder (one left behind by every
 * killed process); loading both from unpacked files measured 160 ms instead of 550 ms in a fresh
 * JVM (docs/scale.md). A file is named by the CRC and size the jar's directory gives for its entry
 * (read without inflating it), written to a temporary name with its CRC checked while copying and
 * moved into place, and its CRC checked again at every start before it is used; another jar's entry
 * gets another name. Anything unusual (no cache folder, not from a jar, a folder that cannot be
 * written, a library that cannot be loaded from there, properties an operator set) leaves the
 * default way.
 */
final class Unpacked {
    private static final Logger LOG = LoggerFactory.getLogger(Unpacked.class);

    /** ONNX Runtime's libraries, in the order it loads them. */
    private static final String[] LIBRARIES = {"onnxruntime", "onnxruntime4j_jni"};

    private static boolean librariesTried;

    private Unpacked() {}

    /**
     * The unpacked copy of a class-path resource in cacheDir/unpacked (made now if missing); null:
     * read it from the class path.
     */
    static Path file(Path cacheDir, Class<?> owner, String resource) {
        if (cacheDir == null) {
            return null;
        }
        try {
            URL url = owner.getResource(resource);
            URLConnection connection = url == null ? null : url.openConnection();
            if (!(connection instanceof JarURLConnection jar)) {
                return null;
            }
            connection.setUseCaches(false);
            JarEntry entry = jar.getJarEntry();
            if (entry.getCrc() < 0 || entry.getSize() < 0) {
                return null;
            }
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            Path folder =
                    cacheDir.resolve("unpacked")
                            .resolve(
                                    Long.toHexString(entry.getCrc())
                                            + "-"
                                            + Long.toHexString(entry.getSize()));
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)
                    && Files.size(file) == entry.getSize()
                    && crc(file) == entry.getCrc()) {
                return file;
            }
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, name, ".part");
            try (InputStream in = jar.getInputStream();
                    CheckedInputStream checked = new CheckedInputStream(in, new CRC32())) {
                Files.copy(checked, tmp, StandardCopyOption.REPLACE_EXISTING);
                if (checked.getChecksum().getValue() != entry.getCrc()) {
                    throw new IOException("the copy of " + resource + " differs from the jar's");
                }
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return file;
        } catch (IOException | RuntimeException e) {
            LOG.info("{} is read from the jar ({})", resource, e.toString());
            return null;
        }
    }

    /**
     * The CRC-32 of a file (20-40 ms for the model and the libraries together: a copy damaged on
     * disk is unpacked again instead of crashing the JVM as a library or failing as a model).
     */
    private static long crc(Path file) throws IOException {
        CRC32 crc = new CRC32();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 20];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                crc.update(buffer, 0, n);
            }
        }
        return crc.getValue();
    }

    /**
     * Points ONNX Runtime at its libraries unpacked in the cache folder, before its first use: each
     * is loaded from there first (a folder where libraries cannot be loaded, e.g. mounted noexec,
     * then leaves ONNX Runtime its own way); ONNX Runtime's loading of the same file is then a
     * no-op. Once per JVM; nothing when an operator set ONNX Runtime's own properties.
     */
    static synchronized void onnxRuntimeLibraries(Path cacheDir) {
        if (librariesTried) {
            return;
        }
        librariesTried = true; // the first session of the JVM decides, before ONNX Runtime loads
        if (cacheDir == null) {
            return;
        }
        if (System.getProperty("onnxruntime.native.path") != null) {
            return;
        }
        String platform = platform();
        if (platform == null) {
            return;
        }
        Path[] files = new Path[LIBRARIES.length];
        for (int i = 0; i < LIBRARIES.length; i++) {
            if (System.getProperty(property(LIBRARIES[i])) != null) {
                return;
            }
            files[i] =
                    file(
                            cacheDir,
                            Unpacked.class,
                            "/ai/onnxruntime/native/"
                                    + platform
                                    + "/"
                                    + System.mapLibraryName(LIBRARIES[i]));
            if (files[i] == null) {
                return;
            }
        }
        try {
            for (int i = 0; i < LIBRARIES.length; i++) {
                System.load(files[i].toAbsolutePath().toString());
                System.setProperty(property(LIBRARIES[i]), files[i].toAbsolutePath().toString());
            }
        } catch (UnsatisfiedLinkError | SecurityException e) {
            LOG.info("ONNX Runtime unpacks its own libraries ({})", e.toString());
            for (String library : LIBRARIES) {
                System.clearProperty(property(library));
            }
        }
    }

    private static String property(String library) {
        return "onnxruntime.native." + library + ".path";
    }

    /** ONNX Runtime's name of this platform's folder (null: not one the jar carries). */
    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!os.contains("linux")) {
            return null;
        }
        if (arch.equals("amd64") || arch.equals("x86_64")) {
            return "linux-x64";
        }
        return arch.equals("aarch64") ? "linux-aarch64" : null;
    }
}
