package org.transcriptbot.index.search;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.transcriptbot.index.lucene.PassageDocuments;
import org.transcriptbot.index.model.Passage;

/**
 * The passages as topic units are looked up in them (text plus the questions they answer), made
 * when first needed and kept (bounded: cleared past MAX_ENTRIES, as a large collection is only ever
 * partly asked about).
 */
final class PassageTexts {
    private static final int MAX_ENTRIES = 20_000;

    private final List<Passage> passages;
    private final ConcurrentHashMap<Integer, PassageWords> withQuestion = new ConcurrentHashMap<>();

    PassageTexts(List<Passage> passages) {
        this.passages = passages;
    }

    /** The passage at ord with the questions it stands under. */
    PassageWords withQuestion(int ord) {
        PassageWords words = withQuestion.get(ord);
        if (words == null) {
            Passage p = passages.get(ord);
            words = PassageWords.of(p.text() + "\n" + PassageDocuments.context(p));
            if (withQuestion.size() >= MAX_ENTRIES) {
                withQuestion.clear();
            }
            withQuestion.put(ord, words);
        }
        return words;
    }
}
