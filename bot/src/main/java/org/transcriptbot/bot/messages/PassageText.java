package org.transcriptbot.bot.messages;

import java.util.ArrayList;
import java.util.List;
import org.transcriptbot.bot.render.RichText;
import org.transcriptbot.index.search.SearchHit;

/**
 * A quoted passage as rich text: the sentence that answers the question emphasised (ANSWER), the
 * matched words highlighted (HIGHLIGHT) inside and outside it, the rest plain as context.
 */
final class PassageText {
    private PassageText() {}

    static List<RichText.Node> of(SearchHit hit) {
        String text = hit.passage().text();
        SearchHit.Answer answer = validAnswer(hit.answer(), text.length());
        if (answer == null) {
            return highlighted(text, 0, text.length(), hit.highlights());
        }
        List<RichText.Node> out =
                new ArrayList<>(highlighted(text, 0, answer.start(), hit.highlights()));
        out.add(
                new RichText.Styled(
                        RichText.Style.ANSWER,
                        highlighted(text, answer.start(), answer.end(), hit.highlights())));
        out.addAll(highlighted(text, answer.end(), text.length(), hit.highlights()));
        return out;
    }

    private static SearchHit.Answer validAnswer(SearchHit.Answer a, int length) {
        return a != null && a.start() >= 0 && a.start() < a.end() && a.end() <= length ? a : null;
    }

    /**
     * text[from, to) with the parts of the spans inside it as HIGHLIGHT nodes (overlapping spans
     * skipped).
     */
    private static List<RichText.Node> highlighted(
            String text, int from, int to, List<SearchHit.Span> spans) {
        List<RichText.Node> out = new ArrayList<>();
        int at = from;
        for (SearchHit.Span s : spans) {
            int start = Math.max(s.start(), from);
            int end = Math.min(s.end(), to);
            if (start < at || end <= start) {
                continue;
            }
            if (start > at) {
                out.add(new RichText.Text(text.substring(at, start)));
            }
            out.add(
                    new RichText.Styled(
                            RichText.Style.HIGHLIGHT,
                            List.of(new RichText.Text(text.substring(start, end)))));
            at = end;
        }
        if (at < to) {
            out.add(new RichText.Text(text.substring(at, to)));
        }
        return out;
    }
}
