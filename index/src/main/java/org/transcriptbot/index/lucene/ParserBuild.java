package org.transcriptbot.index.lucene;

import java.util.List;
import org.transcriptbot.index.parse.TranscriptParser;
import org.transcriptbot.index.text.CodeHash;

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
        return CodeHash.of(TranscriptParser.class, PACKAGES);
    }
}
