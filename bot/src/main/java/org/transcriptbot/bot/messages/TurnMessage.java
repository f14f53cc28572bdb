package org.transcriptbot.bot.messages;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.transcriptbot.bot.render.MessageSplitter;
import org.transcriptbot.bot.render.RichText;
import org.transcriptbot.index.model.Location;
import org.transcriptbot.index.model.Paragraph;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.model.Turn;

/** The whole answer of one turn, question first: one message, or numbered parts when it is long. */
public final class TurnMessage {
    private static final int COLLAPSE_OVER = 600;

    private TurnMessage() {}

    public static List<RichText> of(Transcript t, Turn turn, Messages m) {
        RichText.Builder b = RichText.builder();
        b.bold(
                        "📄 "
                                + (turn.asker() != null
                                        ? m.get("full.title.asker", turn.asker())
                                        : m.get("full.title")))
                .text("\n");
        if (turn.question() != null) {
            b.text(m.get("full.question")).italic(turn.question()).text("\n");
        } else {
            Provenance.speakers(
                    b,
                    new Location(
                            t.id(),
                            turn.index(),
                            turn.kind(),
                            null,
                            null,
                            turn.answerer(),
                            1,
                            turn.paragraphs().size(),
                            turn.firstLine(),
                            turn.lastLine()),
                    m);
            b.text("\n");
        }
        String body =
                turn.paragraphs().stream().map(Paragraph::text).collect(Collectors.joining("\n\n"));
        b.text(turn.answerer() == null ? "" : m.get("speaker.line", turn.answerer()) + "\n");
        b.quote(List.of(new RichText.Text(body)), body.length() > COLLAPSE_OVER);
        b.text(Provenance.lines(turn.firstLine(), turn.lastLine(), m))
                .text(m.get("separator"))
                .text(Provenance.title(t.meta(), m));
        return numbered(MessageSplitter.split(b.build()), m);
    }

    private static List<RichText> numbered(List<RichText> parts, Messages m) {
        if (parts.size() == 1) {
            return parts;
        }
        List<RichText> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            out.add(
                    RichText.builder()
                            .append(parts.get(i))
                            .text(m.get("part", i + 1, parts.size()))
                            .build());
        }
        return out;
    }
}
