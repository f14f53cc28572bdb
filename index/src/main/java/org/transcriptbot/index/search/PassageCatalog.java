package org.transcriptbot.index.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.model.TranscriptMeta;

/**
 * The loaded transcripts' passages in one list (a passage's position in it is its ord), found by
 * id, and each transcript's metadata by transcript id.
 */
final class PassageCatalog {
    private final List<Transcript> transcripts;
    private final List<Passage> passages;
    private final Map<String, Integer> ordById;
    private final Map<String, TranscriptMeta> metaById;

    PassageCatalog(List<Transcript> transcripts) {
        this.transcripts = List.copyOf(transcripts);
        List<Passage> all = new ArrayList<>();
        Map<String, TranscriptMeta> metas = new LinkedHashMap<>();
        for (Transcript t : transcripts) {
            metas.put(t.id(), t.meta());
            all.addAll(t.passages());
        }
        this.passages = List.copyOf(all);
        this.metaById = Map.copyOf(metas);
        Map<String, Integer> ords = new HashMap<>(passages.size() * 4 / 3 + 1);
        for (int i = 0; i < passages.size(); i++) {
            ords.putIfAbsent(passages.get(i).id(), i);
        }
        // not Map.copyOf: building its immutable table took 0.3 s of a warm start at 10,000
        this.ordById = Collections.unmodifiableMap(ords);
    }

    List<Transcript> transcripts() {
        return transcripts;
    }

    List<Passage> passages() {
        return passages;
    }

    Map<String, TranscriptMeta> metaById() {
        return metaById;
    }

    /** The passage with this id, null when there is none. */
    Passage passage(String id) {
        Integer ord = ordById.get(id);
        return ord == null ? null : passages.get(ord);
    }
}
