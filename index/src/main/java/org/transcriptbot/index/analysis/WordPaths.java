package org.transcriptbot.index.analysis;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.cn.smart.Utility;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SmartCN's segmentation of a sentence ({@link HHMMSegmenter#process}), done here. SmartCN builds
 * the sentence's candidate words (its word graph; here {@link WordLattice}), weighs every pair of
 * adjacent candidates by how often the bigram dictionary saw them together, and takes the lightest
 * path through them. The weighing looked each pair up in SmartCN's crowded table (a quarter of the
 * indexing time); here it uses {@link WordPairFrequencies} and plain arrays instead of a map of
 * lists of pair objects. The arithmetic is SmartCN's (the same smoothed weight, computed in the
 * same order, the first of equally light edges kept), so the words are the same: {@code
 * WordPathsTest} and {@code CachedChineseTokenizerTest} compare them with SmartCN's over every real
 * transcript and altered copies. Were SmartCN's dictionaries out of reach (another Lucene),
 * SmartCN's own {@code process} is used. Thread-safe (as SmartCN's segmenter: no state between
 * sentences).
 */
final class WordPaths {
    private static final Logger LOG = LoggerFactory.getLogger(WordPaths.class);
    private static final double SMOOTH = 0.1;
    private static final double TINY = 1.0 / Utility.MAX_FREQUENCE;
    private static final WordLattice LATTICE = lattice();
    private static final WordPairFrequencies PAIRS = LATTICE != null ? pairs() : null;

    private final HHMMSegmenter segmenter = new HHMMSegmenter();

    /** Whether the fast path is in use (else SmartCN's own process). */
    static boolean fast() {
        return PAIRS != null;
    }

    /** The tokens of the lightest path, with the sentence-start and -end markers, as SmartCN's. */
    List<SegToken> process(String sentence) {
        if (PAIRS == null) {
            return segmenter.process(sentence);
        }
        List<SegToken> path;
        try {
            path = lightestPath(LATTICE.of(sentence));
        } catch (RuntimeException e) { // SmartCN's own failure on this sentence: let it say so
            path = null;
        }
        return path != null ? path : segmenter.process(sentence);
    }

    private static List<SegToken> lightestPath(CandidateWords graph) {
        Edges edges = new Edges(graph.size);
        int maxStart = graph.maxStart();
        for (int key = -1; key < maxStart; key++) {
            if (!graph.starts(key)) {
                continue;
            }
            for (int first = graph.firstAt[key + 1]; first < graph.endAt[key + 1]; first++) {
                int nexts = -1;
                for (int next = graph.ends[first]; next <= maxStart; next++) {
                    if (graph.starts(next)) {
                        nexts = next;
                        break;
                    }
                }
                if (nexts < 0) {
                    break; // as SmartCN: nothing follows the end
                }
                long firstHalf = WordPairFrequencies.firstHalf(graph.chars[first]);
                for (int second = graph.firstAt[nexts + 1];
                        second < graph.endAt[nexts + 1];
                        second++) {
                    int together = PAIRS.frequencyAfter(firstHalf, graph.chars[second]);
                    edges.add(first, second, weight(graph.weights[first], together));
                }
            }
        }
        int[] previous = edges.lightest();
        if (previous == null) {
            return null;
        }
        int count = 0;
        for (int node = previous.length - 1; ; node = previous[node]) {
            count++;
            if (node == 0) {
                break;
            }
        }
        SegToken[] path = new SegToken[count];
        for (int node = previous.length - 1, at = count - 1; ; node = previous[node], at--) {
            SegToken t =
                    new SegToken(
                            graph.chars[node],
                            graph.starts[node],
                            graph.ends[node],
                            graph.types[node],
                            graph.weights[node]);
            t.index = node;
            path[at] = t;
            if (node == 0) {
                break;
            }
        }
        return java.util.Arrays.asList(path);
    }

    /**
     * SmartCN's smoothed weight of a word pair: -log of a mix of the first word's frequency and the
     * pair's, the terms in SmartCN's order (the same double). Most pairs were never seen together;
     * their weight depends on the first word's frequency alone and is remembered.
     */
    static double weight(int oneWordFrequency, int together) {
        if (together == 0) {
            UnseenPair known = UNSEEN[oneWordFrequency & (UNSEEN.length - 1)];
            if (known != null && known.oneWord() == oneWordFrequency) {
                return known.weight();
            }
            double w = computed(oneWordFrequency, 0);
            UNSEEN[oneWordFrequency & (UNSEEN.length - 1)] = new UnseenPair(oneWordFrequency, w);
            return w;
        }
        return computed(oneWordFrequency, together);
    }

    private static double computed(int oneWordFrequency, int together) {
        double oneWord = oneWordFrequency;
        return -Math.log(
                SMOOTH * (1.0 + oneWord) / (Utility.MAX_FREQUENCE + 0.0)
                        + (1.0 - SMOOTH) * ((1.0 - TINY) * together / (1.0 + oneWord) + TINY));
    }

    /**
     * The weight of a pair never seen together, by the first word's frequency (immutable, so the
     * racy cache below is safe: a thread sees an entry whole or not at all).
     */
    private record UnseenPair(int oneWord, double weight) {}

    private static final UnseenPair[] UNSEEN = new UnseenPair[8192];

    /** Weighted edges between token indexes, in the order they were added. */
    private static final class Edges {
        private int[] from = new int[64];
        private int[] to = new int[64];
        private double[] weight = new double[64];
        private int size;
        private final int tokens;

        Edges(int tokens) {
            this.tokens = tokens;
        }

        void add(int a, int b, double w) {
            if (size == from.length) {
                from = Arrays.copyOf(from, size * 2);
                to = Arrays.copyOf(to, size * 2);
                weight = Arrays.copyOf(weight, size * 2);
            }
            from[size] = a;
            to[size] = b;
            weight[size++] = w;
        }

        /**
         * For nodes 1..n (n: how many distinct tokens edges lead to), the node before each on the
         * lightest path from node 0, taking the first edge of the least total weight; null when the
         * nodes edges lead to are not 1..n (SmartCN would fail: its own process decides).
         */
        int[] lightest() {
            int[] count = new int[tokens + 1];
            int distinct = 0;
            for (int e = 0; e < size; e++) {
                if (to[e] < 0 || to[e] >= tokens) {
                    return null;
                }
                distinct += count[to[e]]++ == 0 ? 1 : 0;
            }
            int[] start = new int[tokens + 2];
            for (int t = 0; t <= tokens; t++) {
                start[t + 1] = start[t] + count[t];
            }
            int[] byTarget = new int[size];
            int[] fill = Arrays.copyOf(start, tokens + 1);
            for (int e = 0; e < size; e++) {
                byTarget[fill[to[e]]++] = e; // stable: each target's edges in the order added
            }
            double[] best = new double[distinct + 1];
            int[] previous = new int[distinct + 1];
            for (int node = 1; node <= distinct; node++) {
                if (start[node] == start[node + 1]) {
                    return null;
                }
                double min = Double.MAX_VALUE;
                int via = -1;
                for (int k = start[node]; k < start[node + 1]; k++) {
                    int e = byTarget[k];
                    if (from[e] >= node) {
                        return null;
                    }
                    if (best[from[e]] + weight[e] < min) {
                        min = best[from[e]] + weight[e];
                        via = from[e];
                    }
                }
                if (via < 0) {
                    return null;
                }
                best[node] = min;
                previous[node] = via;
            }
            return previous;
        }
    }

    private static WordLattice lattice() {
        try {
            WordLattice lattice = WordLattice.load();
            if (lattice == null) {
                LOG.warn(
                        "SmartCN's word dictionary is not sorted as expected; its own lookup is used");
            }
            return lattice;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("SmartCN's word dictionary cannot be read ({}); its own segmenter is used", e);
            return null;
        }
    }

    private static WordPairFrequencies pairs() {
        try {
            return WordPairFrequencies.load();
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("SmartCN's bigram dictionary cannot be read ({}); its own is used", e);
            return null;
        }
    }
}
