package org.transcriptbot.index.search;

/**
 * Decides from the evidence whether the transcripts answer a question. In order: a question whose
 * subject the transcripts never mention (a word before a topic head that no passage has) is
 * declined; one whose topic the best passage mostly covers is answered; one with little of its
 * topic covered is answered only when the dense model sets the best passage clearly apart (a
 * paraphrase in other words), or agrees with a passage holding at least two of the question's
 * words: one word held, mostly a place or a name (北京 of 北京天气怎么样), says where, not what. English
 * questions over Chinese text have no useful dense signal, so their coverage alone decides, at a
 * lower bar (the translation lexicon is small). A question asking a figure or a date ({@link
 * AskedFact}) whose topic is found but whose fact is not (no sentence stating one covers the topic,
 * or the passages lack what it counts) is declined. The confidence is a logistic of the same
 * evidence.
 */
final class Answerability {
    /** How many of the first passages are looked at for the best-covering one. */
    static final int LOOK_AT = 3;

    /** Coverage at which a question is answered without other evidence. */
    static final double COVERED = 0.45;

    /** Coverage under which only a clear dense margin answers a question. */
    static final double BARELY = 0.2;

    /**
     * A dense margin (best passage's score above the fifth's) that marks a paraphrase of the best
     * passage.
     */
    static final double DENSE_APART = 0.06;

    /** The bar for English questions. */
    static final double COVERED_ENGLISH = 0.33;

    /**
     * A question asking a figure or a date is declined when no sentence stating one holds this
     * share of what the passages hold of its topic: the topic is there, the fact is not.
     */
    static final double FACT_SHARE = 0.25;

    /**
     * Below this, the best passages do not hold what a number question counts (运动员 of 多少名运动员参赛):
     * they cannot give its number.
     */
    static final double COUNTED_HELD = 0.5;

    private Answerability() {}

    /** The decision and a confidence figure in [0, 1]. */
    record Verdict(boolean answerable, double confidence) {}

    /**
     * The question asks a figure or a date, its topic is found, but no sentence stating one covers
     * the topic.
     */
    private static boolean factAbsent(Evidence e) {
        boolean noFactSentence =
                !Double.isNaN(e.factCoverage())
                        && e.wordKnown()
                        && e.coverage() >= BARELY
                        && e.factCoverage() < FACT_SHARE * e.coverage();
        return noFactSentence || e.countedCoverage() < COUNTED_HELD;
    }

    static Verdict judge(Evidence e, boolean noHits) {
        if (noHits) {
            return new Verdict(false, 0);
        }
        if (e.topicWeight() <= 0) {
            // only a speaker or occasion named: everything they said answers
            return new Verdict(true, 0.5);
        }
        boolean answerable = answerable(e);
        double margin = Double.isNaN(e.denseMargin()) ? 0 : e.denseMargin();
        double z =
                6 * (e.coverage() - (e.english() ? COVERED_ENGLISH : BARELY))
                        + 40 * margin
                        - (e.subjectAbsent() || factAbsent(e) ? 3 : 0);
        double confidence = 1 / (1 + Math.exp(-z));
        // the figure agrees with the decision: at least one half when answered, below it when
        // declined
        confidence = answerable ? Math.max(0.5, confidence) : Math.min(0.49, confidence);
        return new Verdict(answerable, Math.round(confidence * 100) / 100.0);
    }

    private static boolean answerable(Evidence e) {
        if (e.subjectAbsent() || factAbsent(e)) {
            return false;
        }
        if (e.english()) {
            return e.coverage() >= COVERED_ENGLISH;
        }
        boolean dense = !Double.isNaN(e.denseMargin());
        return e.coverage() >= COVERED
                || (e.coverage() >= BARELY && dense && e.unitsHeld() >= 2)
                || (dense && e.denseMargin() >= DENSE_APART);
    }
}
