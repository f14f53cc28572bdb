package org.transcriptbot.index.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A parsed transcript: its turns, its de-duplicated passages and the anomalies found; the encoding
 * its file was read in ("UTF-8", "GB18030", "UTF-16LE", …), its main language ("zh" or "en"), the
 * speakers named in its labels and header, and which passages nearly repeat each other
 * (nearDuplicateGroups: for each passage, the position of its group's first passage; null where not
 * worked out, e.g. a transcript built by hand).
 */
public record Transcript(
        TranscriptMeta meta,
        List<Turn> turns,
        List<Passage> passages,
        List<Anomaly> anomalies,
        String encoding,
        String language,
        List<Speaker> speakers,
        int[] nearDuplicateGroups) {
    public Transcript {
        turns = List.copyOf(turns);
        passages = List.copyOf(passages);
        anomalies = List.copyOf(anomalies);
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
        if (nearDuplicateGroups != null && nearDuplicateGroups.length != passages.size()) {
            throw new IllegalArgumentException(
                    "one near-duplicate group a passage: "
                            + nearDuplicateGroups.length
                            + " groups, "
                            + passages.size()
                            + " passages");
        }
    }

    public Transcript(
            TranscriptMeta meta,
            List<Turn> turns,
            List<Passage> passages,
            List<Anomaly> anomalies) {
        this(meta, turns, passages, anomalies, "UTF-8", "zh", List.of(), null);
    }

    public String id() {
        return meta.id();
    }

    /** The same transcript with other metadata. */
    public Transcript withMeta(TranscriptMeta other) {
        return new Transcript(
                other,
                turns,
                passages,
                anomalies,
                encoding,
                language,
                speakers,
                nearDuplicateGroups);
    }

    @Override
    public int[] nearDuplicateGroups() {
        return nearDuplicateGroups == null ? null : nearDuplicateGroups.clone();
    }

    /** True when the near-duplicate groups were worked out (by the parser). */
    public boolean hasNearDuplicateGroups() {
        return nearDuplicateGroups != null;
    }

    // the groups are an array: equal transcripts have equal contents, not the same array
    @Override
    public boolean equals(Object o) {
        return o instanceof Transcript t
                && meta.equals(t.meta)
                && turns.equals(t.turns)
                && passages.equals(t.passages)
                && anomalies.equals(t.anomalies)
                && Objects.equals(encoding, t.encoding)
                && Objects.equals(language, t.language)
                && speakers.equals(t.speakers)
                && Arrays.equals(nearDuplicateGroups, t.nearDuplicateGroups);
    }

    @Override
    public int hashCode() {
        return Objects.hash(meta, turns, passages, anomalies, encoding, language, speakers)
                + 31 * Arrays.hashCode(nearDuplicateGroups);
    }

    @Override
    public String toString() {
        return "Transcript[meta=%s, turns=%s, passages=%s, anomalies=%s, encoding=%s, language=%s, speakers=%s, nearDuplicateGroups=%s]"
                .formatted(
                        meta,
                        turns,
                        passages,
                        anomalies,
                        encoding,
                        language,
                        speakers,
                        Arrays.toString(nearDuplicateGroups));
    }
}
