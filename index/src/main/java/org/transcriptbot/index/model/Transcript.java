package org.transcriptbot.index.model;

import java.util.List;

/**
 * A parsed transcript: its turns, its de-duplicated passages and the anomalies found; the encoding
 * its file was read in ("UTF-8", "GB18030", "UTF-16LE", …), its main language ("zh" or "en") and
 * the speakers named in its labels and header.
 */
public record Transcript(
        TranscriptMeta meta,
        List<Turn> turns,
        List<Passage> passages,
        List<Anomaly> anomalies,
        String encoding,
        String language,
        List<Speaker> speakers) {
    public Transcript {
        turns = List.copyOf(turns);
        passages = List.copyOf(passages);
        anomalies = List.copyOf(anomalies);
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
    }

    public Transcript(
            TranscriptMeta meta,
            List<Turn> turns,
            List<Passage> passages,
            List<Anomaly> anomalies) {
        this(meta, turns, passages, anomalies, "UTF-8", "zh", List.of());
    }

    public String id() {
        return meta.id();
    }

    /** The same transcript with other metadata. */
    public Transcript withMeta(TranscriptMeta other) {
        return new Transcript(other, turns, passages, anomalies, encoding, language, speakers);
    }
}
