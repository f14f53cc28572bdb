package org.transcriptbot.index.analysis;

import java.util.HashSet;
import java.util.Set;
import org.transcriptbot.index.text.Chinese;

/**
 * Sets of adjacent character pairs of a text's key form (folded, punctuation-free): a cheap measure
 * of how much wording two texts share, independent of how a tokenizer segments them.
 */
public final class CharPairs {
    private CharPairs() {}

    public static Set<String> of(String text) {
        String key = Chinese.key(text).text();
        Set<String> set = new HashSet<>();
        for (int i = 0; i + 2 <= key.length(); i++) {
            set.add(key.substring(i, i + 2));
        }
        return set;
    }

    /** Dice coefficient of two pair sets (0 when either is empty). */
    public static float dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int common = 0;
        for (String g : small) {
            if (large.contains(g)) {
                common++;
            }
        }
        return 2f * common / (a.size() + b.size());
    }

    /** Share of the question's character pairs that the passage contains. */
    public static double coverage(String question, String passage) {
        Set<String> q = of(question);
        if (q.isEmpty()) {
            return 0;
        }
        Set<String> p = of(passage);
        int in = 0;
        for (String g : q) {
            if (p.contains(g)) {
                in++;
            }
        }
        return (double) in / q.size();
    }
}
