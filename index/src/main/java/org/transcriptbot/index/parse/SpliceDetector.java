package org.transcriptbot.index.parse;

import java.util.List;
import org.transcriptbot.index.parse.LineReader.Fragment;

/**
 * Finds text pasted into the wrong place: where a sentence broken across lines goes on with words that stand,
 * verbatim, elsewhere in the file (the rest of a sentence of another answer), while the join itself stands
 * nowhere else, the line break is a splice, not a repair. The pasted words are then not joined to the sentence
 * they interrupt; as their own paragraph they are matched to the text they belong to (a repeated passage is
 * shown at the place it fits). A repeated section (the join repeated too) is not a splice.
 */
final class SpliceDetector {
    /** Shortest pasted text (key characters) taken as a splice: shorter runs recur in any text. */
    private static final int MIN_PASTED = 12;
    /** Key characters either side of the join that must not stand together anywhere else. */
    private static final int JOIN_CONTEXT = 4;

    private final Keys keys;
    private final String fileKey;

    SpliceDetector(List<Fragment> fragments, Keys keys) {
        this.keys = keys;
        StringBuilder sb = new StringBuilder();
        fragments.forEach(f -> sb.append(keys.of(f.text())));
        this.fileKey = sb.toString();
    }

    /**
     * True when fragment j (with the fragments after it up to a sentence end) is text of another place pasted
     * after {@code before}, a sentence that does not end.
     */
    boolean isSplice(CharSequence before, List<Fragment> fragments, int j) {
        StringBuilder pasted = new StringBuilder();
        for (int k = j; k < fragments.size() && fragments.get(k).label() == null; k++) {
            pasted.append(fragments.get(k).text());
            if (LineJoiner.endsSentence(pasted)) {
                break;
            }
        }
        String pastedKey = keys.of(pasted.toString());
        String beforeKey = keys.of(before.toString());
        if (pastedKey.length() < MIN_PASTED || beforeKey.length() < JOIN_CONTEXT) {
            return false;
        }
        int first = fileKey.indexOf(pastedKey);
        boolean standsElsewhere = first >= 0 && fileKey.indexOf(pastedKey, first + 1) >= 0;
        String join = beforeKey.substring(beforeKey.length() - JOIN_CONTEXT) + pastedKey.substring(0, JOIN_CONTEXT);
        int at = fileKey.indexOf(join);
        boolean joinRepeats = at >= 0 && fileKey.indexOf(join, at + 1) >= 0;
        return standsElsewhere && !joinRepeats;
    }
}
