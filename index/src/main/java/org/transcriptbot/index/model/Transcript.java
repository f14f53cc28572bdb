package org.transcriptbot.index.model;

import java.util.List;

/** A parsed transcript: its turns, its de-duplicated passages and the anomalies found. */
public record Transcript(TranscriptMeta meta, List<Turn> turns, List<Passage> passages, List<Anomaly> anomalies) {
    public Transcript {
        turns = List.copyOf(turns);
        passages = List.copyOf(passages);
        anomalies = List.copyOf(anomalies);
    }

    public String id() {
        return meta.id();
    }
}
