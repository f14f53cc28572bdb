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
     * How well a text holds this unit: 1 when a form is there whole, 0.8 when a Chinese compound's
     * two-character words are all there apart, else the share of a Chinese form's pairs.
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
            best = Math.max(best, pairShare(form, text.key()) * PARTIAL);
            if (wordsApart(form, text.key())) {
                best = Math.max(best, APART);
            }
        }
        return best;
    }

    /**
     * A compound the lexicon keeps whole (紧急援助) whose two-character words all stand in the text,
     * apart (紧急人道主义现汇援助): nearly as good as the compound itself.
     */
    private static final double APART = 0.8;

    private static boolean wordsApart(String form, String key) {
        if (form.length() < 4 || form.length() % 2 != 0) {
            return false;
        }
        for (int i = 0; i < form.length(); i += 2) {
            if (!key.contains(form.substring(i, i + 2))) {
                return false;
            }
        }
        return true;
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
