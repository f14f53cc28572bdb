package org.transcriptbot.index.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.transcriptbot.index.analysis.CharPairs;
import org.transcriptbot.index.model.Passage;

/**
 * Passages whose wording is nearly the same share a group: a result list shows one of each group.
 */
final class NearDuplicates {
    private static final float NEAR_DUPLICATE = 0.8f;

    private NearDuplicates() {}

    /**
     * The group of each passage (the position of its first member). Groups passages that share most
     * of their character pairs (Dice >= 0.8); pairs are only compared within one transcript and
     * between passages of similar length, so the cost stays near-linear in practice.
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
        Map<Integer, Set<String>> grams = new HashMap<>();
        for (int i : members) {
            grams.put(i, CharPairs.of(passages.get(i).text()));
        }
        for (int x = 0; x < members.size(); x++) {
            int i = members.get(x);
            for (int y = x + 1; y < members.size(); y++) {
                int j = members.get(y);
                int a = grams.get(i).size();
                int b = grams.get(j).size();
                if (Math.min(a, b) * 10 < Math.max(a, b) * 6) {
                    continue;
                }
                if (CharPairs.dice(grams.get(i), grams.get(j)) >= NEAR_DUPLICATE) {
                    group[j] = group[i];
                }
            }
        }
    }
}
