package org.transcriptbot.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.junit.jupiter.api.Test;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.analysis.Analyzers;
import org.transcriptbot.index.lucene.Fields;
import org.transcriptbot.index.lucene.PassageIndex;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.parse.NearDuplicates;

/**
 * The pair field holds pairs only; what its single characters were for is the characters field's:
 * how many passages hold a character (a one-character topic unit's rarity), and a question's lone
 * character matching it inside words (real transcript, real Lucene).
 */
class SingleCharactersTest {
    @Test
    void everyCharacterCountsThePassagesHoldingIt() throws Exception {
        Transcript t = Fixtures.transcript();
        try (PassageIndex index =
                PassageIndex.open(
                        List.of(t),
                        null,
                        x ->
                                x.hasNearDuplicateGroups()
                                        ? x.nearDuplicateGroups()
                                        : NearDuplicates.groups(x.passages()))) {
            TermQueries terms = new TermQueries(index::searcher);
            // each passage's Han characters as the analysis folds them (Traditional to
            // Simplified), a character at a time
            Map<Character, Set<String>> folded = new HashMap<>();
            Map<String, Integer> holding = new HashMap<>();
            for (Passage p : t.passages()) {
                Set<String> held = new HashSet<>();
                for (char c : p.text().toCharArray()) {
                    if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                        held.addAll(
                                folded.computeIfAbsent(
                                        c,
                                        k ->
                                                QueryPlanner.terms(
                                                        Analyzers.bigrams(false),
                                                        String.valueOf(k),
                                                        2)));
                    }
                }
                held.forEach(h -> holding.merge(h, 1, Integer::sum));
            }
            assertThat(holding).hasSizeGreaterThan(500);
            int insideWordsOnly = 0;
            for (Map.Entry<String, Integer> e : holding.entrySet()) {
                assertThat(terms.docFreq(new Term(Fields.TEXT_CHARS, e.getKey())))
                        .as(e.getKey())
                        .isEqualTo(e.getValue());
                if (terms.docFreq(new Term(Fields.TEXT_BIGRAMS, e.getKey())) == 0) {
                    insideWordsOnly++;
                }
            }
            // most characters never stand alone, so the pair field alone would not count them
            assertThat(insideWordsOnly).isGreaterThan(holding.size() / 2);
        }
    }

    @Test
    void aQuestionsLoneCharacterFindsItInsideWords() {
        TranscriptIndex index =
                TranscriptIndex.build(List.of(Fixtures.transcript()), Fixtures.synonyms());
        List<SearchHit> hits = index.search("乌", 5, 0, TranscriptIndex.Mode.LEXICAL).hits();
        assertThat(hits).isNotEmpty();
        assertThat(hits).allSatisfy(h -> assertThat(h.passage().text()).contains("乌"));
        // the character never stands alone in the transcript: each hit holds it inside a word
        assertThat(hits)
                .allSatisfy(
                        h ->
                                assertThat(h.passage().text())
                                        .doesNotContainPattern("(^|\\P{IsHan})乌(\\P{IsHan}|$)"));
    }
}
