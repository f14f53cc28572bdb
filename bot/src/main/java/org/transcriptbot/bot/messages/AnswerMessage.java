package org.transcriptbot.bot.messages;

import java.util.List;
import org.transcriptbot.bot.render.RichText;
import org.transcriptbot.index.model.Location;
import org.transcriptbot.index.search.SearchHit;
import org.transcriptbot.index.search.SearchResult;

/**
 * The answer to a question: the question echoed, the passage quoted word for word with the
 * answering sentence emphasised, who asked and answered, where it stands, and the other passages in
 * brief. When the transcripts do not answer, it says so plainly, names what they do cover and
 * offers the closest passages only as such.
 */
public final class AnswerMessage {
    /** Characters of the user's question echoed on the first line. */
    public static final int QUESTION_ECHO = 200;

    private static final int OTHER_SHOWN = 36;
    private static final int TOPICS_NAMED = 8;
    private static final int TOPIC_SHOWN = 40;

    private AnswerMessage() {}

    /**
     * Result k (1-based) of an answerable search quoted, with up to others further results in
     * brief.
     */
    public static RichText answer(String question, SearchResult r, int k, int others, Messages m) {
        SearchHit hit = r.hits().get(k - 1);
        RichText.Builder b = echo(question, m);
        b.quote(PassageText.of(hit), false);
        Provenance.full(b, hit.passage(), hit.transcript(), m);
        if (hit.passage().truncated()) {
            b.text("\n").text(m.get("truncated"));
        }
        List<SearchHit> rest =
                r.hits().stream().filter(h -> h != hit).limit(Math.max(0, others)).toList();
        if (!rest.isEmpty()) {
            b.text("\n\n").text(m.get("other.passages"));
            rest.forEach(h -> brief(b, h, m));
        }
        return b.build();
    }

    /**
     * The transcripts do not address the question: said first, then what they cover (the first
     * topics), then the closest passages, marked as not an answer (none when nothing matched at
     * all).
     */
    public static RichText declined(
            String question, SearchResult r, List<TopicList.Topic> topics, Messages m) {
        RichText.Builder b = echo(question, m);
        b.bold(m.get("declined.title")).text("\n").text(m.get("declined.hint"));
        if (!topics.isEmpty()) {
            b.text("\n\n").text(m.get("declined.covers"));
            topics.stream()
                    .limit(TOPICS_NAMED)
                    .forEach(t -> b.text("\n• ").text(TopicList.label(t, TOPIC_SHOWN, m)));
        }
        if (!r.hits().isEmpty()) {
            b.text("\n\n").text(m.get("declined.closest"));
            r.hits().forEach(h -> brief(b, h, m));
        }
        return b.build();
    }

    private static RichText.Builder echo(String question, Messages m) {
        return RichText.builder()
                .text(m.get("answer.echo", UserText.echo(question, QUESTION_ECHO)))
                .text("\n");
    }

    private static void brief(RichText.Builder b, SearchHit h, Messages m) {
        Location o = h.passage().location();
        String text = h.answer() != null ? h.answer().text() : h.passage().text();
        b.text("\n")
                .text(m.get("list.item", h.rank(), UserText.abbreviate(text, OTHER_SHOWN)))
                .text(o.asker() == null ? "" : m.get("list.asker", o.asker()));
    }
}
