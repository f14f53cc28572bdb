package org.transcriptbot.bot.messages;

import java.util.ArrayList;
import java.util.List;
import org.transcriptbot.bot.render.RichText;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.model.Turn;

/**
 * The questions asked in the loaded transcripts, follow-ups included (a repeated question once):
 * what /topics lists.
 */
public final class TopicList {
    /** At most this many topics are listed in one message (and get a button). */
    public static final int SHOWN = 60;

    private static final int QUESTION_SHOWN = 60;

    /** One question and the transcript it was asked in. */
    public record Topic(Transcript transcript, Turn turn) {}

    private TopicList() {}

    public static List<Topic> of(List<Transcript> transcripts) {
        List<Topic> out = new ArrayList<>();
        for (Transcript t : transcripts) {
            for (Turn turn : t.turns()) {
                if (turn.question() != null && turn.asker() != null && !isRepeat(t, turn)) {
                    out.add(new Topic(t, turn));
                }
            }
        }
        return out;
    }

    private static boolean isRepeat(Transcript t, Turn turn) {
        for (Turn other : t.turns()) {
            if (other.index() >= turn.index()) {
                return false;
            }
            if (turn.question().equals(other.question())) {
                return true;
            }
        }
        return false;
    }

    /** "asker：question", shortened to n characters. */
    public static String label(Topic topic, int n, Messages m) {
        return UserText.abbreviate(
                m.get("speaker.line", topic.turn().asker()) + topic.turn().question(), n);
    }

    /**
     * The numbered list (the first SHOWN topics), grouped under their transcript's title when there
     * are several.
     */
    public static RichText message(List<Topic> topics, Messages m) {
        RichText.Builder b = RichText.builder().bold(m.get("topics.title"));
        boolean several = topics.stream().map(Topic::transcript).distinct().count() > 1;
        Transcript current = null;
        List<Topic> shown = topics.subList(0, Math.min(SHOWN, topics.size()));
        for (int i = 0; i < shown.size(); i++) {
            Topic topic = shown.get(i);
            if (several && topic.transcript() != current) {
                current = topic.transcript();
                b.text("\n").bold(Provenance.title(current.meta(), m));
            }
            b.text("\n")
                    .text(m.get("topics.item", i + 1))
                    .bold(topic.turn().asker())
                    .text(
                            m.get("speaker.line", "")
                                    + UserText.abbreviate(topic.turn().question(), QUESTION_SHOWN));
        }
        return b.text("\n\n").text(m.get("topics.hint")).build();
    }
}
