package org.transcriptbot.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.transcriptbot.index.lucene.PassageDocuments;
import org.transcriptbot.index.lucene.PassageIndex;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.TranscriptMeta;

/**
 * Turns a ranking into the hits shown: one passage of each near-duplicate group, the evidence about
 * the first ones, and each quoted hit's highlights and answering sentence.
 */
final class HitList {
    private final PassageIndex index;
    private final List<Passage> passages;
    private final Map<String, TranscriptMeta> metaById;
    private final int[] nearGroup;
    private final Highlights highlights;
    private final PassageTexts passageTexts;

    HitList(
            PassageIndex index,
            List<Passage> passages,
            Map<String, TranscriptMeta> metaById,
            Highlights highlights) {
        this.index = index;
        this.passages = passages;
        this.metaById = metaById;
        this.nearGroup = index.nearGroups(); // stored per transcript in the index, not recomputed
        this.highlights = highlights;
        this.passageTexts = new PassageTexts(passages);
    }

    /** The ranked passages, one of each near-duplicate group, at most n. */
    List<Reranking.Candidate> distinct(TopDocs top, int n) {
        List<Reranking.Candidate> kept = new ArrayList<>();
        Set<Integer> groups = new HashSet<>();
        for (ScoreDoc sd : top.scoreDocs) {
            if (kept.size() >= n) {
                break;
            }
            int ord = index.ord(sd.doc);
            if (groups.add(nearGroup[ord])) {
                kept.add(new Reranking.Candidate(ord, sd.score));
            }
        }
        return kept;
    }

    /**
     * The ranked passages in the order shown, and in the ranking's order the evidence is judged on
     * (so a reordering for the reader never changes whether a question is answered).
     */
    record Order(List<Reranking.Candidate> shown, List<Reranking.Candidate> ranked) {}

    /**
     * One passage of each near-duplicate group, ordered by who speaks (Reranking); to be shown, the
     * first few reordered by their coverage of the question's topic (CoverageRerank) before that.
     */
    Order ordered(TopDocs ranking, int n, QuestionTopic.Topic topic, QueryPlanner.Plan plan) {
        List<TopicUnit> units = topic.units();
        List<Reranking.Candidate> distinct = distinct(ranking, n);
        IntToDoubleFunction covered = ord -> coverage(units, ord);
        return new Order(
                Reranking.apply(
                        CoverageRerank.apply(distinct, ord -> rerankCoverage(units, ord)),
                        passages,
                        plan.speakers(),
                        covered),
                Reranking.apply(distinct, passages, plan.speakers(), covered));
    }

    /** The evidence about the first passages. */
    Evidence evidence(
            QuestionTopic.Topic topic,
            List<Reranking.Candidate> ranks,
            HybridRanking.Ranking ranked,
            QueryPlanner.Plan plan) {
        List<PassageWords> top =
                ranks.stream()
                        .limit(Answerability.LOOK_AT)
                        .map(c -> passageTexts.withQuestion(c.ord()))
                        .toList();
        List<String> texts =
                ranks.stream()
                        .limit(Answerability.LOOK_AT)
                        .map(c -> passages.get(c.ord()).text())
                        .toList();
        List<String> questions =
                ranks.stream()
                        .limit(Answerability.LOOK_AT)
                        .map(c -> PassageDocuments.context(passages.get(c.ord())))
                        .toList();
        int topDoc = ranks.isEmpty() ? -1 : index.doc(ranks.get(0).ord());
        return Evidence.of(topic, top, texts, questions, topDoc, ranked, plan.cleaned());
    }

    /** The weighted share of the topic units a passage's text holds, in [0, 1]. */
    double coverage(List<TopicUnit> units, int ord) {
        return Evidence.coverage(
                units,
                PassageWords.of(passages.get(ord).text()),
                units.stream().mapToDouble(TopicUnit::weight).sum());
    }

    /**
     * The weighted share of the topic units a passage holds with its question (at least what its
     * question alone holds), and again that its question alone holds (weighed by
     * CoverageRerank.QUESTION): a passage under a question about the topic answers it, one that
     * only mentions the topic in passing does not.
     */
    private double rerankCoverage(List<TopicUnit> units, int ord) {
        double weight = units.stream().mapToDouble(TopicUnit::weight).sum();
        double asked = Evidence.coverage(units, passageTexts.question(ord), weight);
        return Math.max(Evidence.coverage(units, passageTexts.withQuestion(ord), weight), asked)
                + CoverageRerank.QUESTION * asked;
    }

    /** The hits, the first {@code highlight} with their highlights and answering sentence. */
    List<SearchHit> hits(
            List<Reranking.Candidate> ranks,
            QueryPlanner.Plan plan,
            List<TopicUnit> units,
            String question,
            int highlight)
            throws IOException {
        int[] docs =
                ranks.stream()
                        .limit(Math.max(0, highlight))
                        .mapToInt(c -> index.doc(c.ord()))
                        .toArray();
        List<List<SearchHit.Span>> marks = highlights.spans(plan, docs);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < ranks.size(); i++) {
            Passage p = passages.get(ranks.get(i).ord());
            boolean shown = i < marks.size();
            hits.add(
                    new SearchHit(
                            i + 1,
                            ranks.get(i).score(),
                            p,
                            metaById.get(p.transcriptId()),
                            shown ? marks.get(i) : List.of(),
                            shown ? AnswerSentence.find(p.text(), units, question) : null));
        }
        return hits;
    }
}
