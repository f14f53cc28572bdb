package org.transcriptbot.index.verify;

import java.util.ArrayList;
import java.util.List;
import org.transcriptbot.index.text.Chinese;

/**
 * The transcript's real wording for a span found in key form, with what the quote changed: the text
 * as it stands (punctuation the key form dropped put back), segments to render it with deletions
 * and insertions marked, and the differences as (transcript, quote) pairs.
 */
record Wording(
        String match, List<QuoteCheck.Segment> segments, List<QuoteCheck.Difference> differences) {

    /** The wording of an exact occurrence of length key characters at a corpus position. */
    static Wording exact(SpokenCorpus corpus, int at, int length) {
        String text = corpus.unit(corpus.unitAt(at)).passage().text();
        String match = text.substring(corpus.sourceAt(at), corpus.sourceAt(at + length - 1) + 1);
        return new Wording(
                match,
                List.of(new QuoteCheck.Segment(QuoteCheck.Segment.Type.SAME, match)),
                List.of());
    }

    /**
     * The wording of an approximate span: every alignment step turned back into source characters.
     */
    static Wording aligned(
            SpokenCorpus corpus, SpanFinder.Nearest near, String quote, Chinese.Key quoteKey) {
        String text = corpus.unit(near.unit()).passage().text();
        int[] sources = corpus.sources(near.unit());
        int start = corpus.start(near.unit());
        Builder b = new Builder(text);
        for (Alignment.Step st : near.alignment().steps()) {
            String quoteChar =
                    st.patternIndex() >= 0 ? quoteSource(quote, quoteKey, st.patternIndex()) : "";
            if (st.textIndex() < 0) {
                b.inserted(quoteChar);
            } else if (st.op() == Alignment.Op.EQUAL) {
                b.same(sources[st.textIndex() - start]);
            } else {
                b.changed(sources[st.textIndex() - start], quoteChar);
            }
        }
        return b.build();
    }

    private static String quoteSource(String quote, Chinese.Key key, int patternIndex) {
        int i = key.srcIndex()[patternIndex];
        return quote.substring(i, i + Character.charCount(quote.codePointAt(i)));
    }

    /** Collects segments and differences step by step. */
    private static final class Builder {
        private final String text;
        private final List<QuoteCheck.Segment> segments = new ArrayList<>();
        private final List<QuoteCheck.Difference> diffs = new ArrayList<>();
        private final StringBuilder deleted = new StringBuilder();
        private final StringBuilder inserted = new StringBuilder();
        private int firstSrc = -1;
        private int lastSrc = -1;

        Builder(String text) {
            this.text = text;
        }

        void same(int src) {
            flush();
            add(QuoteCheck.Segment.Type.SAME, gapTo(src) + text.charAt(src));
            advance(src);
        }

        /** A transcript character the quote dropped (quoteChar empty) or replaced by quoteChar. */
        void changed(int src, String quoteChar) {
            add(QuoteCheck.Segment.Type.SAME, gapTo(src));
            add(QuoteCheck.Segment.Type.DELETED, String.valueOf(text.charAt(src)));
            deleted.append(text.charAt(src));
            inserted(quoteChar);
            advance(src);
        }

        void inserted(String quoteChar) {
            add(QuoteCheck.Segment.Type.INSERTED, quoteChar);
            inserted.append(quoteChar);
        }

        private void advance(int src) {
            if (firstSrc < 0) {
                firstSrc = src;
            }
            lastSrc = src;
        }

        /**
         * Transcript text strictly between the last character placed and src (punctuation the key
         * dropped).
         */
        private String gapTo(int src) {
            return lastSrc < 0 || src <= lastSrc + 1 ? "" : text.substring(lastSrc + 1, src);
        }

        private void flush() {
            if (deleted.length() > 0 || inserted.length() > 0) {
                diffs.add(new QuoteCheck.Difference(deleted.toString(), inserted.toString()));
                deleted.setLength(0);
                inserted.setLength(0);
            }
        }

        private void add(QuoteCheck.Segment.Type type, String s) {
            if (s.isEmpty()) {
                return;
            }
            int last = segments.size() - 1;
            if (last >= 0 && segments.get(last).type() == type) {
                segments.set(last, new QuoteCheck.Segment(type, segments.get(last).text() + s));
            } else {
                segments.add(new QuoteCheck.Segment(type, s));
            }
        }

        Wording build() {
            flush();
            String match = firstSrc < 0 ? "" : text.substring(firstSrc, lastSrc + 1);
            return new Wording(match, segments, diffs);
        }
    }
}
