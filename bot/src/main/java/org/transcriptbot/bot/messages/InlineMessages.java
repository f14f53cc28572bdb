package org.transcriptbot.bot.messages;

import java.util.List;
import org.transcriptbot.bot.render.RichText;
import org.transcriptbot.index.model.Location;
import org.transcriptbot.index.search.SearchHit;

/**
 * The texts of inline results ("@bot question" in any chat): description lines and the messages
 * they insert.
 */
public final class InlineMessages {
    private static final int COLLAPSE_OVER = 600;
    private static final int DESCRIPTION_SHOWN = 60;
    private static final int TITLE_SHOWN = 40;

    private InlineMessages() {}

    public static String title(SearchHit hit) {
        return UserText.abbreviate(hit.passage().text(), TITLE_SHOWN);
    }

    /**
     * The line under the title: the answering sentence when the search found one; otherwise who
     * asked; for a question the transcripts do not address, a plain "closest passage, not an
     * answer".
     */
    public static String description(SearchHit hit, boolean answerable, Messages m) {
        if (!answerable) {
            return m.get("inline.closest");
        }
        if (hit.answer() != null) {
            return UserText.abbreviate(hit.answer().text(), DESCRIPTION_SHOWN);
        }
        Location l = hit.passage().location();
        return l.asker() != null
                ? m.get("asked.by", l.asker())
                        + UserText.abbreviate(l.question(), DESCRIPTION_SHOWN)
                : Provenance.withoutQuestion(l, m);
    }

    /**
     * The message a result inserts: the passage (answering sentence emphasised), whose words and
     * where.
     */
    public static RichText quote(SearchHit hit, boolean answerable, Messages m) {
        RichText.Builder b = RichText.builder();
        if (!answerable) {
            b.text(m.get("inline.declined")).text("\n");
        }
        b.quote(PassageText.of(hit), hit.passage().text().length() > COLLAPSE_OVER);
        Provenance.speakers(b, hit.passage().location(), m);
        b.text("\n");
        Provenance.place(b, hit.passage().location(), hit.transcript(), m);
        return b.build();
    }

    public static String topicTitle(TopicList.Topic topic, Messages m) {
        return TopicList.label(topic, DESCRIPTION_SHOWN, m);
    }

    public static String topicDescription(TopicList.Topic topic, Messages m) {
        return m.get("inline.topics") + m.get("separator") + topic.transcript().meta().title();
    }

    /**
     * The message a topic inserts: the question, the first paragraph of its answer, the transcript.
     */
    public static RichText topic(TopicList.Topic topic, Messages m) {
        var turn = topic.turn();
        String first = turn.paragraphs().isEmpty() ? "" : turn.paragraphs().get(0).text();
        String speaker = turn.answerer() == null ? "" : m.get("speaker.line", turn.answerer());
        return RichText.builder()
                .text(m.get("asked.by", turn.asker()))
                .italic(turn.question())
                .text("\n")
                .quote(List.of(new RichText.Text(speaker + first)), first.length() > COLLAPSE_OVER)
                .text(Provenance.title(topic.transcript().meta(), m))
                .build();
    }
}
