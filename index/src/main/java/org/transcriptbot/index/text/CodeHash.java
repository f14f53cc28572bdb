package org.transcriptbot.index.text;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Identifies a build of some packages: a hash of their compiled classes (names, sizes and CRCs from
 * a jar's directory, or the class files' bytes in a classes folder), for results stored on disk
 * that such code produced (parse results, the synonym map): another build never reuses them. Where
 * the classes cannot be found, the id is random (nothing stored is reused).
 */
public final class CodeHash {
    private CodeHash() {}

    /** The hash of the packages (paths like "org/transcriptbot/index/parse/") beside anchor. */
    public static String of(Class<?> anchor, List<String> packages) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            Path where =
                    Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(where)) {
                hashFolder(md, where, packages);
            } else {
                hashJar(md, where, packages);
            }
            return HexFormat.of().formatHex(md.digest(), 0, 12);
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            return "unknown-" + UUID.randomUUID();
        }
    }

    private static void hashFolder(MessageDigest md, Path root, List<String> packages)
            throws IOException {
        for (String pkg : packages) {
            Path dir = root.resolve(pkg);
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                    md.update(root.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                    try (InputStream in = Files.newInputStream(p)) {
                        md.update(in.readAllBytes());
                    }
                }
            }
        }
    }

    private static void hashJar(MessageDigest md, Path jar, List<String> packages)
            throws IOException {
        try (JarFile f = new JarFile(jar.toFile())) {
            f.stream()
                    .filter(e -> packages.stream().anyMatch(e.getName()::startsWith))
                    .sorted(Comparator.comparing(JarEntry::getName))
                    .forEach(
                            e ->
                                    md.update(
                                            (e.getName() + ":" + e.getSize() + ":" + e.getCrc())
                                                    .getBytes(StandardCharsets.UTF_8)));
        }
    }
}
