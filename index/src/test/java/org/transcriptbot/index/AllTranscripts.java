package org.transcriptbot.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.transcriptbot.index.eval.SpliceEval;
import org.transcriptbot.index.eval.SpliceEval.Source;

/**
 * Every transcript the repository holds (the bundled one, the layout dev sets' and the layouts of
 * the parse tests), as raw bytes with their sidecar: the untouched files splices are built in.
 */
public final class AllTranscripts {
    private AllTranscripts() {}

    public static List<Source> all() {
        List<Source> out = new ArrayList<>();
        out.add(
                new Source(
                        "2022-03-07-wang-yi-press-conference.txt",
                        Fixtures.rawText().getBytes(StandardCharsets.UTF_8),
                        null));
        try {
            for (String dir :
                    List.of(
                            "eval/layouts/transcripts",
                            "eval/layouts-own/transcripts",
                            "index/src/test/resources/layouts")) {
                for (Source s : SpliceEval.read(Fixtures.projectRoot().resolve(dir))) {
                    out.add(new Source(dir + "/" + s.name(), s.bytes(), s.meta()));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
