package org.transcriptbot.index.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.model.Anomaly;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.text.Chinese;

/**
 * The indexed near-duplicate search finds exactly what comparing every pair of passages finds: the
 * pairs reported, and the groups (the parser's, kept in the transcript, the same as those worked
 * out afresh for a transcript without them).
 */
class NearDuplicatesTest {
    private static List<String> allPairs(List<Passage> passages) {
        List<Set<String>> grams = new ArrayList<>();
        for (Passage p : passages) {
            String key = Chinese.key(p.text()).text();
            Set<String> set = new HashSet<>();
            for (int i = 0; i + 2 <= key.length(); i++) {
                set.add(key.substring(i, i + 2));
            }
            grams.add(set);
        }
        List<String> found = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            for (int j = i + 1; j < passages.size(); j++) {
                Set<String> a = grams.get(i);
                Set<String> b = grams.get(j);
                if (a.size() < 20
                        || b.size() < 20
                        || Math.min(a.size(), b.size()) * 10 < Math.max(a.size(), b.size()) * 8) {
                    continue;
                }
                long common = a.stream().filter(b::contains).count();
                if (2.0 * common / (a.size() + b.size()) >= 0.8) {
                    found.add(
                            passages.get(j).location().firstLine()
                                    + " ~ "
                                    + passages.get(i).location().firstLine());
                }
            }
        }
        return found;
    }

    /** Groups by comparing every pair, in all-pairs order (each joins its first near repeat's). */
    private static int[] allPairGroups(List<Passage> passages) {
        List<Set<String>> grams = new ArrayList<>();
        for (Passage p : passages) {
            grams.add(org.transcriptbot.index.analysis.CharPairs.of(p.text()));
        }
        int[] group = new int[passages.size()];
        for (int i = 0; i < group.length; i++) {
            group[i] = i;
        }
        for (int i = 0; i < group.length; i++) {
            for (int j = i + 1; j < group.length; j++) {
                Set<String> a = grams.get(i);
                Set<String> b = grams.get(j);
                if (!a.isEmpty()
                        && !b.isEmpty()
                        && Math.min(a.size(), b.size()) * 10 >= Math.max(a.size(), b.size()) * 6
                        && org.transcriptbot.index.analysis.CharPairs.dice(a, b) >= 0.8f) {
                    group[j] = group[i];
                }
            }
        }
        return group;
    }

    private static List<String> indexed(List<Passage> passages) {
        List<Anomaly> anomalies = new ArrayList<>();
        NearDuplicates.report(passages, new Keys(), anomalies);
        return anomalies.stream()
                .map(
                        a ->
                                a.firstLine()
                                        + " ~ "
                                        + a.detail()
                                                .replaceAll(
                                                        "^nearly repeats lines (\\d+)-.*", "$1"))
                .toList();
    }

    @Test
    void sameResultAsAllPairsOnTheBundledTranscript() {
        List<Passage> passages = Fixtures.transcript().passages();
        assertThat(indexed(passages)).isNotEmpty().containsExactlyElementsOf(allPairs(passages));
    }

    @Test
    void sameResultAsAllPairsOnManyVariedPassages() throws Exception {
        StringBuilder text = new StringBuilder("甲报记者：问题？\n\n王毅：");
        String base = Fixtures.transcript().passages().get(5).text().replace("\n", "");
        java.util.Random r = new java.util.Random(7);
        for (int i = 0; i < 60; i++) {
            StringBuilder v = new StringBuilder(base);
            for (int k = 0; k < r.nextInt(40); k++) {
                v.setCharAt(r.nextInt(v.length()), (char) (0x4E00 + r.nextInt(2000)));
            }
            text.append(v).append("。\n\n");
        }
        Transcript t =
                new TranscriptLoader()
                        .parse("v.txt", text.toString().getBytes(StandardCharsets.UTF_8), null);
        assertThat(indexed(t.passages())).containsExactlyElementsOf(allPairs(t.passages()));
        assertGroups(t);
    }

    @Test
    void theParsersGroupsAreThoseOfEveryPairOnTheBundledTranscript() {
        assertGroups(Fixtures.transcript());
    }

    private static void assertGroups(Transcript t) {
        int[] expected = allPairGroups(t.passages());
        assertThat(t.hasNearDuplicateGroups()).isTrue();
        assertThat(t.nearDuplicateGroups()).containsExactly(expected);
        assertThat(NearDuplicates.groups(t.passages())).containsExactly(expected);
        // the oracle does group something here, so the comparison can fail
        int grouped = 0;
        for (int i = 0; i < expected.length; i++) {
            grouped += expected[i] != i ? 1 : 0;
        }
        assertThat(grouped).isPositive();
    }
}
