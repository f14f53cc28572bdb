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
    private final ConcurrentHashMap<Integer, PassageWords> question = new ConcurrentHashMap<>();

    PassageTexts(List<Passage> passages) {
        this.passages = passages;
    }

    /** The passage at ord with the questions it stands under. */
    PassageWords withQuestion(int ord) {
        return cached(
                withQuestion,
                ord,
                p -> PassageWords.of(p.text() + "\n" + PassageDocuments.context(p)));
    }

    /**
     * The questions the passage at ord stands under, without the particle 的 (形成新的冷战 asks about a
     * 新冷战); empty for a passage that answers no question.
     */
    PassageWords question(int ord) {
        return cached(
                question,
                ord,
                p ->
                        PassageWords.of(
                                p.location().question() == null
                                        ? p.text()
                                        : PassageDocuments.context(p).replace("的", "")));
    }

    private PassageWords cached(
            ConcurrentHashMap<Integer, PassageWords> cache,
            int ord,
            java.util.function.Function<Passage, PassageWords> make) {
        PassageWords words = cache.get(ord);
        if (words == null) {
            words = make.apply(passages.get(ord));
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            cache.put(ord, words);
        }
        return words;
    }
}
