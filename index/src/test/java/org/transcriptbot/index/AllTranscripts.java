package org.transcriptbot.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.transcriptbot.index.eval.SpliceEval.Source;

/**
 * Every transcript the repository holds (the bundled one, the layout dev sets' and the layouts of
 * the parse tests), as raw bytes with their sidecar: the untouched files splices are built in.
 */
public final class AllTranscripts {
    private AllTranscripts() {}

    public static List<Source> all() {
        List<Source> out = new ArrayList<>();
        Path root = Fixtures.projectRoot();
        try {
            out.add(
                    new Source(
                            "2022-03-07-wang-yi-press-conference.txt",
                            Fixtures.rawText().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                            null));
            for (String dir :
                    List.of(
                            "eval/layouts/transcripts",
                            "eval/layouts-own/transcripts",
                            "index/src/test/resources/layouts")) {
                try (Stream<Path> files = Files.list(root.resolve(dir))) {
                    for (Path f : files.sorted().toList()) {
                        String name = f.getFileName().toString();
                        if (name.endsWith(".txt")) {
                            Path meta = f.resolveSibling(name.replace(".txt", ".meta.json"));
                            out.add(
                                    new Source(
                                            dir + "/" + name,
                                            Files.readAllBytes(f),
                                            Files.exists(meta) ? Files.readAllBytes(meta) : null));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
