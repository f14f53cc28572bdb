package org.transcriptbot.index.search;

import java.util.List;

/**
 * One thing a question asks about: a word or term of its topic (a synonym's or a number's words
 * count as one), the forms it may take in a transcript (Chinese key forms, or English stems), its
 * weight (how rare it is), how many passages hold it, and whether it is characters SmartCN left
 * single, joined again (a name it does not know, or pieces of a colloquial phrase).
 */
record TopicUnit(
        String text,
        int start,
        List<String> hanForms,
        List<List<String>> latinForms,
        double weight,
        int docFreq,
        boolean joined) {
    TopicUnit {
        hanForms = List.copyOf(hanForms);
        latinForms = List.copyOf(latinForms);
    }

    /** A word of the question as SmartCN or the lexicon read it. */
    TopicUnit(
            String text,
            int start,
            List<String> hanForms,
            List<List<String>> latinForms,
            double weight,
            int docFreq) {
        this(text, start, hanForms, latinForms, weight, docFreq, false);
    }

    /**
     * How well a text holds this unit: 1 when a form is there whole, else the share of a Chinese
     * form's pairs.
     */
    double coverage(PassageWords text) {
        for (List<String> stems : latinForms) {
            if (!stems.isEmpty() && text.stems().containsAll(stems)) {
                return 1;
            }
        }
        double best = 0;
        for (String form : hanForms) {
            if (text.key().contains(form)) {
                return 1;
            }
            best = Math.max(best, pairShare(form, text.key()));
        }
        return best * PARTIAL;
    }

    /** A part of a long word is weaker evidence than the word (冰雪盛会 vs 盛会). */
    private static final double PARTIAL = 0.6;

    private static double pairShare(String form, String key) {
        int pairs = form.length() - 1;
        if (pairs < 2) {
            return 0;
        }
        int in = 0;
        for (int i = 0; i < pairs; i++) {
            if (key.contains(form.substring(i, i + 2))) {
                in++;
            }
        }
        return (double) in / pairs;
    }
}
