package org.transcriptbot.index.model;

import java.util.List;

/**
 * A unit of reading: one paragraph or a few short related ones. The id is derived from the text only, so the
 * same text has the same id across runs. occurrences lists every place the text stands (the first is where it
 * is shown from); a passage from a repeated section has more than one.
 */
public record Passage(String id, String text, List<Location> occurrences, boolean truncated) {
    public Passage {
        occurrences = List.copyOf(occurrences);
    }

    public Location location() {
        return occurrences.get(0);
    }

    public String transcriptId() {
        return location().transcriptId();
    }
}
