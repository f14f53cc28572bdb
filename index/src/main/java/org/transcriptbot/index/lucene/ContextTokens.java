package org.transcriptbot.index.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.transcriptbot.index.analysis.Analyzers;

/**
 * The analysed question context of the passages one indexing thread is adding: every paragraph of
 * an answer carries the same question, so it is analysed once for its first passage and the tokens
 * replayed for the others instead of running SmartCN again for each paragraph. The documents are
 * the same as with the text analysed each time ({@code ContextTokensTest}: terms, frequencies and
 * norms). The replay keeps what indexing reads of a token (its term, position increment and
 * offsets, and the increment and offset at the end): Lucene's CachingTokenFilter, used before, kept
 * and restored every attribute of the chain for every token, a map lookup per attribute. One
 * instance per thread: the streams share their analyzer's per-thread components.
 */
final class ContextTokens {
    private final Analyzer analyzer = Analyzers.indexing();
    private final Map<String, Replay> byField = new HashMap<>();
    private String context;

    /** The tokens of the context for a field, analysed when the context differs from the last. */
    TokenStream stream(String field, String text) {
        if (!text.equals(context)) {
            byField.clear();
            context = text;
        }
        Replay replay = byField.computeIfAbsent(field, f -> analyse(f, text));
        replay.rewind();
        return replay;
    }

    private Replay analyse(String field, String text) {
        Replay out = new Replay();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment =
                    ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.record(
                        term.toString(),
                        increment.getPositionIncrement(),
                        offset.startOffset(),
                        offset.endOffset());
            }
            ts.end();
            out.finish(increment.getPositionIncrement(), offset.startOffset(), offset.endOffset());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Recorded tokens played back: term, position increment and offsets, then the end state. */
    private static final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment =
                addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private String[] terms = new String[16];
        private int[] increments = new int[16];
        private int[] starts = new int[16];
        private int[] ends = new int[16];
        private int count;
        private int endIncrement;
        private int endStart;
        private int endEnd;
        private int next;

        void record(String t, int inc, int start, int end) {
            if (count == terms.length) {
                terms = Arrays.copyOf(terms, count * 2);
                increments = Arrays.copyOf(increments, count * 2);
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            terms[count] = t;
            increments[count] = inc;
            starts[count] = start;
            ends[count++] = end;
        }

        void finish(int inc, int start, int end) {
            endIncrement = inc;
            endStart = start;
            endEnd = end;
        }

        void rewind() {
            next = 0;
        }

        @Override
        public boolean incrementToken() {
            if (next == count) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(terms[next]);
            increment.setPositionIncrement(increments[next]);
            offset.setOffset(starts[next], ends[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            increment.setPositionIncrement(endIncrement);
            offset.setOffset(endStart, endEnd);
        }

        @Override
        public void reset() {
            next = 0;
        }
    }
}
