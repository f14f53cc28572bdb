package org.transcriptbot.index.search;

import java.util.List;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.TranscriptMeta;

/**
 * One ranked passage: its score, the transcript it comes from and the highlighted spans (start
 * inclusive, end exclusive char offsets into passage.text()).
 */
public record SearchHit(
        int rank,
        float score,
        Passage passage,
        TranscriptMeta transcript,
        List<Span> highlights,
        Answer answer) {
    public SearchHit {
        highlights = List.copyOf(highlights);
    }

    public SearchHit(
            int rank,
            float score,
            Passage passage,
            TranscriptMeta transcript,
            List<Span> highlights) {
        this(rank, score, passage, transcript, highlights, null);
    }

    /**
     * The sentence (or two) of the passage that answers the question: its text and its char offsets
     * into passage.text() (start inclusive, end exclusive). Null when no sentence stands out.
     */
    public record Answer(String text, int start, int end) {}

    /** A highlighted range of the passage text. */
    public record Span(int start, int end) {}

    /** The passage text with highlighted spans wrapped in the given markers (no escaping). */
    public String highlighted(String open, String close) {
        return mark(passage.text(), highlights, open, close, s -> s);
    }

    /**
     * Wraps the spans of text in markers, passing every piece of text through escape (e.g. HTML
     * escaping).
     */
    public static String mark(
            String text,
            List<Span> spans,
            String open,
            String close,
            java.util.function.UnaryOperator<String> escape) {
        StringBuilder sb =
                new StringBuilder(text.length() + spans.size() * (open.length() + close.length()));
        int at = 0;
        for (Span s : spans) {
            if (s.start() < at || s.end() > text.length()) {
                continue;
            }
            sb.append(escape.apply(text.substring(at, s.start())))
                    .append(open)
                    .append(escape.apply(text.substring(s.start(), s.end())))
                    .append(close);
            at = s.end();
        }
        sb.append(escape.apply(text.substring(at)));
        return sb.toString();
    }
}
