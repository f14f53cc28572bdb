package org.transcriptbot.index.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.parse.TranscriptException;
import org.transcriptbot.index.parse.TranscriptLoader;

/**
 * The bundled transcript and the layouts dev set's transcripts, loaded together from a folder of
 * copies.
 */
final class AllTranscripts {
    private static final String BUNDLED =
            "/org/transcriptbot/index/transcripts/2022-03-07-wang-yi-press-conference.txt";
    private static List<Transcript> transcripts;
    private static QuoteVerifier verifier;

    private AllTranscripts() {}

    static synchronized List<Transcript> transcripts() {
        if (transcripts == null) {
            try {
                Path dir = Files.createTempDirectory("all-transcripts");
                Path layouts =
                        Path.of(
                                AllTranscripts.class
                                        .getResource("/eval/layouts/transcripts")
                                        .toURI());
                try (Stream<Path> files = Files.list(layouts)) {
                    for (Path f : files.toList()) {
                        Files.copy(
                                f,
                                dir.resolve(f.getFileName().toString()),
                                StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                try (InputStream in = AllTranscripts.class.getResourceAsStream(BUNDLED)) {
                    Files.copy(in, dir.resolve(Path.of(BUNDLED).getFileName().toString()));
                }
                transcripts = new TranscriptLoader().loadDirectory(dir).transcripts();
                try (Stream<Path> copies = Files.list(dir)) {
                    for (Path f : copies.toList()) {
                        Files.delete(f);
                    }
                }
                Files.delete(dir);
            } catch (IOException | java.net.URISyntaxException | TranscriptException e) {
                throw new IllegalStateException(e);
            }
        }
        return transcripts;
    }

    static synchronized QuoteVerifier verifier() {
        if (verifier == null) {
            verifier = new QuoteVerifier(transcripts());
        }
        return verifier;
    }
}
