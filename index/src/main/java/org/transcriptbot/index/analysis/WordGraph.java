package org.transcriptbot.index.analysis;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SmartCN's word graph of a sentence, reached through method handles (constants, so the JIT inlines
 * them); all null when they cannot be reached.
 */
final class WordGraph {
    private static final Logger LOG = LoggerFactory.getLogger(WordGraph.class);

    private static final MethodHandle CREATE;
    private static final MethodHandle MAKE_INDEX;
    private static final MethodHandle MAX_START;
    private static final MethodHandle STARTS;
    private static final MethodHandle STARTING_AT;

    static {
        MethodHandle[] h = handles();
        CREATE = h == null ? null : h[0];
        MAKE_INDEX = h == null ? null : h[1];
        MAX_START = h == null ? null : h[2];
        STARTS = h == null ? null : h[3];
        STARTING_AT = h == null ? null : h[4];
    }

    private WordGraph() {}

    static boolean reached() {
        return CREATE != null;
    }

    private static MethodHandle[] handles() {
        try {
            Class<?> graph = Class.forName("org.apache.lucene.analysis.cn.smart.hhmm.SegGraph");
            MethodHandles.Lookup segmenter =
                    MethodHandles.privateLookupIn(HHMMSegmenter.class, MethodHandles.lookup());
            MethodHandles.Lookup inGraph =
                    MethodHandles.privateLookupIn(graph, MethodHandles.lookup());
            MethodType list = MethodType.methodType(List.class);
            return new MethodHandle[] {
                segmenter
                        .findVirtual(
                                HHMMSegmenter.class,
                                "createSegGraph",
                                MethodType.methodType(graph, String.class))
                        .asType(
                                MethodType.methodType(
                                        Object.class, HHMMSegmenter.class, String.class)),
                inGraph.findVirtual(graph, "makeIndex", list)
                        .asType(MethodType.methodType(List.class, Object.class)),
                inGraph.findVirtual(graph, "getMaxStart", MethodType.methodType(int.class))
                        .asType(MethodType.methodType(int.class, Object.class)),
                inGraph.findVirtual(
                                graph,
                                "isStartExist",
                                MethodType.methodType(boolean.class, int.class))
                        .asType(MethodType.methodType(boolean.class, Object.class, int.class)),
                inGraph.findVirtual(
                                graph, "getStartList", MethodType.methodType(List.class, int.class))
                        .asType(MethodType.methodType(List.class, Object.class, int.class))
            };
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("SmartCN's word graph cannot be reached ({}); its own segmenter is used", e);
            return null;
        }
    }

    static Object of(HHMMSegmenter s, String sentence) throws Throwable {
        return (Object) CREATE.invokeExact(s, sentence);
    }

    @SuppressWarnings("unchecked")
    static List<SegToken> index(Object graph) throws Throwable {
        return (List<SegToken>) (List<?>) MAKE_INDEX.invokeExact(graph);
    }

    static int maxStart(Object graph) throws Throwable {
        return (int) MAX_START.invokeExact(graph);
    }

    static boolean starts(Object graph, int offset) throws Throwable {
        return (boolean) STARTS.invokeExact(graph, offset);
    }

    @SuppressWarnings("unchecked")
    static List<SegToken> startingAt(Object graph, int offset) throws Throwable {
        return (List<SegToken>) (List<?>) STARTING_AT.invokeExact(graph, offset);
    }
}
