package org.transcriptbot.index.parse;

import java.util.Arrays;
import java.util.List;
import org.transcriptbot.index.parse.LineReader.Fragment;

/**
 * Finds text pasted into the wrong place. Where a sentence broken across lines goes on with words
 * that stand, verbatim, at another place of the file while the join itself stands nowhere else, one
 * of the two places is a splice: the one whose speaker's turn (the text from its label to the next,
 * repeated text left out) shares fewer character pairs with those words. There the words are not
 * joined to the sentence they interrupt; as their own paragraph they are matched to the text they
 * belong to (a repeated passage is shown at the place it fits best). A repeated section (the join
 * repeated too) is not a splice.
 */
final class SpliceDetector {
    /** Shortest pasted text (key characters) taken as a splice: shorter runs recur in any text. */
    private static final int MIN_PASTED = 12;

    /** Key characters either side of the join that must not stand together anywhere else. */
    private static final int JOIN_CONTEXT = 4;

    private final List<Fragment> fragments;
    private final Keys keys;
    private final String fileKey;
    private final int[] starts;

    SpliceDetector(List<Fragment> fragments, Keys keys) {
        this.fragments = fragments;
        this.keys = keys;
        StringBuilder sb = new StringBuilder();
        starts = new int[fragments.size()];
        for (int i = 0; i < fragments.size(); i++) {
            starts[i] = sb.length();
            sb.append(keys.of(fragments.get(i).text()));
        }
        this.fileKey = sb.toString();
    }

    /**
     * True when fragment j (up to a sentence end) is another place's text pasted after {@code
     * before}.
     */
    boolean isSplice(CharSequence before, int j) {
        StringBuilder pasted = new StringBuilder();
        int end = j;
        while (end < fragments.size()
                && fragments.get(end).label() == null
                && !LineJoiner.endsSentence(pasted)) {
            pasted.append(fragments.get(end++).text());
        }
        String pastedKey = keys.of(pasted.toString());
        String beforeKey = keys.of(before.toString());
        if (pastedKey.length() < MIN_PASTED || beforeKey.length() < JOIN_CONTEXT) {
            return false;
        }
        int elsewhere = otherOccurrence(pastedKey, starts[j]);
        String join =
                beforeKey.substring(beforeKey.length() - JOIN_CONTEXT)
                        + pastedKey.substring(0, JOIN_CONTEXT);
        int at = fileKey.indexOf(join);
        boolean joinRepeats = at >= 0 && fileKey.indexOf(join, at + 1) >= 0;
        if (elsewhere < 0 || joinRepeats) {
            return false;
        }
        int there = Arrays.binarySearch(starts, elsewhere);
        there = there >= 0 ? there : -there - 2;
        int[] pairs = Bigrams.of(pastedKey);
        return fit(pairs, j) < fit(pairs, there);
    }

    private int otherOccurrence(String key, int own) {
        for (int at = fileKey.indexOf(key); at >= 0; at = fileKey.indexOf(key, at + 1)) {
            if (at != own) {
                return at;
            }
        }
        return -1;
    }

    /**
     * The share of pairs found in the text of fragment i's speaker turn that stands nowhere else in
     * the file.
     */
    private double fit(int[] pairs, int i) {
        int from = i;
        while (from > 0 && fragments.get(from).label() == null) {
            from--;
        }
        StringBuilder own = new StringBuilder();
        for (int k = from;
                k < fragments.size() && (k == from || fragments.get(k).label() == null);
                k++) {
            String key = keys.of(fragments.get(k).text());
            int first = fileKey.indexOf(key);
            if (!key.isEmpty() && fileKey.indexOf(key, first + 1) < 0) {
                own.append(key);
            }
        }
        return Bigrams.share(pairs, Bigrams.of(own.toString()));
    }
}
