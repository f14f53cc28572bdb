package org.transcriptbot.index.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.parse.Bigrams;
import org.transcriptbot.index.parse.SharedPairs;
import org.transcriptbot.index.text.Chinese;

/**
 * Passages whose wording is nearly the same share a group: a result list shows one of each group.
 */
final class NearDuplicates {
    private static final float NEAR_DUPLICATE = 0.8f;

    private NearDuplicates() {}

    /**
     * The group of each passage (the position of its first member). Groups passages that share most
     * of their character pairs (Dice >= 0.8); pairs are only compared within one transcript,
     * through postings of their character pairs (SharedPairs), and between passages of similar
     * length.
     */
    static int[] groups(List<Passage> passages) {
        int n = passages.size();
        int[] group = new int[n];
        Map<String, List<Integer>> byTranscript = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            group[i] = i;
            byTranscript
                    .computeIfAbsent(passages.get(i).transcriptId(), k -> new ArrayList<>())
                    .add(i);
        }
        for (List<Integer> members : byTranscript.values()) {
            groupWithin(passages, members, group);
        }
        return group;
    }

    private static void groupWithin(List<Passage> passages, List<Integer> members, int[] group) {
        // character-pair sets of one transcript at a time: a large collection never holds them all
        int[][] pairs = new int[members.size()][];
        for (int x = 0; x < members.size(); x++) {
            pairs[x] = pairCodes(passages.get(members.get(x)).text());
        }
        // only passages sharing a pair are met, in the order of an all-pairs loop (x, then y)
        SharedPairs.forEach(
                pairs,
                0,
                (x, y, shared) -> {
                    int a = pairs[x].length;
                    int b = pairs[y].length;
                    if (Math.min(a, b) * 10 >= Math.max(a, b) * 6
                            && 2f * shared / (a + b) >= NEAR_DUPLICATE) {
                        group[members.get(y)] = group[members.get(x)];
                    }
                });
    }

    /**
     * CharPairs' set of a text as sorted distinct codes (the two UTF-16 units of a pair in one
     * int): the same sets, compared by merging two int arrays instead of hashing strings, which was
     * a tenth of the indexing time.
     */
    static int[] pairCodes(String text) {
        return Bigrams.of(Chinese.key(text).text());
    }

    /** Dice coefficient of two code sets, as CharPairs.dice computes it for their sets. */
    static float dice(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        return 2f * Bigrams.shared(a, b) / (a.length + b.length);
    }
}
