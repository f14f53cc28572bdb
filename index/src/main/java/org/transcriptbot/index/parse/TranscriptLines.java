package org.transcriptbot.index.parse;

import java.util.List;

/**
 * A transcript file's lines as the parser reads them (its encoding detected), for tools that edit a
 * copy.
 */
public final class TranscriptLines {
    private TranscriptLines() {}

    public static List<String> of(String file, byte[] bytes) throws TranscriptException {
        return SourceText.decode(file, bytes).lines();
    }
}
