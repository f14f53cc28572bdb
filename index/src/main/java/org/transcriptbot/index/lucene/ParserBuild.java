package org.transcriptbot.index.lucene;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.transcriptbot.index.parse.TranscriptParser;

/**
 * Identifies the parser's build: a hash of the compiled classes of the parse, model and text
 * packages (names, sizes and CRCs from a jar's directory, or the class files' bytes in a classes
 * folder). Stored parse results of another build are not used, so a changed parser never serves
 * stale structure. Where the classes cannot be found, the id is random (nothing stored is reused).
 */
final class ParserBuild {
    private static final List<String> PACKAGES =
            List.of(
                    "org/transcriptbot/index/parse/",
                    "org/transcriptbot/index/model/",
                    "org/transcriptbot/index/text/");
    private static volatile String id;

    private ParserBuild() {}

    static String id() {
        if (id == null) {
            id = compute();
        }
        return id;
    }

    private static String compute() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            Path where =
                    Path.of(
                            TranscriptParser.class
                                    .getProtectionDomain()
                                    .getCodeSource()
                                    .getLocation()
                                    .toURI());
            if (Files.isDirectory(where)) {
                hashFolder(md, where);
            } else {
                hashJar(md, where);
            }
            return HexFormat.of().formatHex(md.digest(), 0, 12);
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            return "unknown-" + UUID.randomUUID();
        }
    }

    private static void hashFolder(MessageDigest md, Path root) throws IOException {
        for (String pkg : PACKAGES) {
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

    private static void hashJar(MessageDigest md, Path jar) throws IOException {
        try (JarFile f = new JarFile(jar.toFile())) {
            f.stream()
                    .filter(e -> PACKAGES.stream().anyMatch(e.getName()::startsWith))
                    .sorted(java.util.Comparator.comparing(java.util.jar.JarEntry::getName))
                    .forEach(
                            e ->
                                    md.update(
                                            (e.getName() + ":" + e.getSize() + ":" + e.getCrc())
                                                    .getBytes(StandardCharsets.UTF_8)));
        }
    }
}
