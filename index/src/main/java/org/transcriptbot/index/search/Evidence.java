package org.transcriptbot.index.search;

import java.util.List;
import org.apache.lucene.search.TopDocs;

/**
 * What speaks for a question being answered by the passages found: how much of the question's topic
 * (weighted by rarity) the best of the first passages holds with its question, how far the dense
 * model sets the best passage apart from the rest, and whether the question's subject is something
 * the transcripts never mention.
 *
 * @param coverage weighted share of the topic units the best-covering of the first passages holds,
 *     in [0, 1]
 * @param topicWeight the summed weight of the topic units (0: the question names no topic, only a
 *     speaker)
 * @param denseMargin the dense score of the first passage above the dense list's fifth, NaN without
 *     a dense side
 * @param subjectAbsent the word before a topic head ("中韩" in 中韩关系) occurs in no passage
 * @param english the question is mostly in Latin letters (the Chinese dense model says little about
 *     it)
 * @param factCoverage for a question asking a figure, a sum, a date, a name or persons ({@link
 *     FactDemand}): the best coverage of its topic by one sentence of the first passages that
 *     states such a fact; NaN for other questions
 * @param countedCoverage for a number question naming what it counts (多少名运动员): how well the best of
 *     the first passages holds that word; NaN for other questions
 * @param unitsHeld how many of the topic units the best-covering passage holds (a place or a name
 *     alone, 北京 of 北京天气怎么样, is no evidence that the passage speaks of what is asked)
 * @param wordKnown some word of the question's topic occurs in some passage (else the question's
 *     words, perhaps a colloquial question cut into pieces, are no guide to what it asks)
 */
record Evidence(
        double coverage,
        double topicWeight,
        double denseMargin,
        boolean subjectAbsent,
        boolean english,
        double factCoverage,
        double countedCoverage,
        int unitsHeld,
        boolean wordKnown) {
    /** A topic unit counts as held by a passage from this coverage on. */
    private static final double HELD = 0.5;

    private static final int MARGIN_TO = 5;

    static Evidence of(
            QuestionTopic.Topic topic,
            List<PassageWords> top,
            List<String> topTexts,
            List<String> topQuestions,
            int topDoc,
            HybridRanking.Ranking ranking,
            String question) {
        List<TopicUnit> units = topic.units();
        double weight = units.stream().mapToDouble(TopicUnit::weight).sum();
        PassageWords bestPassage = null;
        double best = 0;
        for (PassageWords p : top) {
            double c = acrossScripts(units, p);
            if (bestPassage == null || c > best) {
                best = c;
                bestPassage = p;
            }
        }
        TopDocs dense = ranking.dense();
        double margin =
                dense == null || dense.scoreDocs.length < MARGIN_TO || topDoc < 0
                        ? Double.NaN
                        : scoreOf(dense, topDoc) - dense.scoreDocs[MARGIN_TO - 1].score;
        FactDemand asked = FactDemand.of(question, units);
        double fact =
                asked.specific()
                        ? factCoverage(units, topTexts, topQuestions, weight, asked)
                        : Double.NaN;
        return new Evidence(
                best,
                weight,
                margin,
                topic.subjectAbsent()
                        || (asked.subjectUnknown(units) && best < Answerability.COVERED),
                latin(question),
                fact,
                countedCoverage(units, top, AskedObject.counted(question)),
                held(units, bestPassage),
                units.stream().anyMatch(u -> u.docFreq() > 0));
    }

    private static int held(List<TopicUnit> units, PassageWords passage) {
        return passage == null
                ? 0
                : (int) units.stream().filter(u -> u.coverage(passage) >= HELD).count();
    }

    /**
     * How well the best of the first passages holds a topic unit of the counted words (any of them:
     * 外国官方代表 is held when 官方代表 is).
     */
    private static double countedCoverage(
            List<TopicUnit> units, List<PassageWords> top, String counted) {
        if (counted == null) {
            return Double.NaN;
        }
        String words = counted.toLowerCase(java.util.Locale.ROOT);
        double best = Double.NaN;
        for (TopicUnit u : units) {
            if (words.contains(u.text().toLowerCase(java.util.Locale.ROOT))) {
                double held = top.stream().mapToDouble(u::coverage).max().orElse(0);
                best = Double.isNaN(best) ? held : Math.max(best, held);
            }
        }
        return best;
    }

    /**
     * The best coverage of the topic by one sentence that states the fact asked for, in a passage
     * that speaks of the time asked about; any sentence of a passage whose reporter's question asks
     * for such a fact ({@link FactDemand#answeredBy}).
     */
    private static double factCoverage(
            List<TopicUnit> units,
            List<String> texts,
            List<String> questions,
            double weight,
            FactDemand asked) {
        double best = 0;
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (!asked.timeSpokenOf(text)) {
                continue;
            }
            boolean answers = asked.answeredBy(questions.get(i));
            for (AnswerSentence.Range r : AnswerSentence.sentences(text)) {
                String sentence = text.substring(r.start(), r.end());
                if (answers || asked.statedIn(sentence)) {
                    best = Math.max(best, coverage(units, PassageWords.of(sentence), weight));
                }
            }
        }
        return best;
    }

    /**
     * The coverage of the topic by a passage in the other script than some of the question's words:
     * a Chinese word no passage has and the lexicon does not translate, judged on an English
     * passage, counts for {@link QuestionTopic#UNTRANSLATED} of its weight, as an English word in
     * lower case no passage has already does on any passage (what the passage holds of the
     * translated words decides).
     */
    static double acrossScripts(List<TopicUnit> units, PassageWords text) {
        if (!latin(text.key())) {
            return coverage(units, text, units.stream().mapToDouble(TopicUnit::weight).sum());
        }
        double weight = 0;
        double covered = 0;
        for (TopicUnit u : units) {
            double w =
                    u.docFreq() == 0 && u.latinForms().isEmpty()
                            ? u.weight() * QuestionTopic.UNTRANSLATED
                            : u.weight();
            weight += w;
            covered += w * u.coverage(text);
        }
        return weight <= 0 ? 0 : covered / weight;
    }

    /** Mostly Latin letters. */
    private static boolean latin(String text) {
        long latin = text.codePoints().filter(c -> c < 0x2E80 && Character.isLetter(c)).count();
        return latin * 2 > text.codePoints().filter(Character::isLetter).count();
    }

    static double coverage(List<TopicUnit> units, PassageWords text, double weight) {
        if (weight <= 0) {
            return 0;
        }
        double covered = 0;
        for (TopicUnit u : units) {
            covered += u.weight() * u.coverage(text);
        }
        return covered / weight;
    }

    /** The dense score of a doc; below the dense list it is at most the list's last. */
    private static double scoreOf(TopDocs docs, int doc) {
        for (var sd : docs.scoreDocs) {
            if (sd.doc == doc) {
                return sd.score;
            }
        }
        return docs.scoreDocs.length == 0 ? 0 : docs.scoreDocs[docs.scoreDocs.length - 1].score;
    }
}
