package org.transcriptbot.bot.messages;

import java.util.ArrayList;
import java.util.List;
import org.transcriptbot.bot.render.RichText;
import org.transcriptbot.index.model.Location;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.TranscriptMeta;
import org.transcriptbot.index.model.TurnKind;

/** Where quoted words stand and whose they are: the lines under every quote the bot shows. */
final class Provenance {
    private static final int QUESTION_SHOWN = 80;

    private Provenance() {}

    /**
     * "王毅 答 · 路透社记者问：“…”", or who spoke and what kind of text it is when no question stands before
     * it.
     */
    static void speakers(RichText.Builder b, Location l, Messages m) {
        if (l.question() == null) {
            b.text(withoutQuestion(l, m));
            return;
        }
        b.text(l.answerer() == null ? "" : m.get("answered.by", l.answerer()) + m.get("separator"));
        b.text(m.get("asked.by", l.asker()))
                .italic("“" + UserText.abbreviate(l.question(), QUESTION_SHOWN) + "”");
    }

    /**
     * What a text with no question before it is: an opening statement, answer text, the lead, a
     * host's words.
     */
    static String withoutQuestion(Location l, Messages m) {
        String speaker = l.answerer() == null ? "" : l.answerer() + m.get("separator");
        if (l.kind() == TurnKind.OPENING) {
            return speaker + m.get("opening");
        }
        if (l.kind() == TurnKind.ORPHAN) {
            return speaker + m.get("orphan");
        }
        if (l.kind() == TurnKind.LEAD) {
            return m.get("lead");
        }
        return l.answerer() != null
                ? l.answerer()
                : m.get("plain.text"); // a host, or text without speakers
    }

    /** "第 2 段，共 5 段 · 第 20–24 行 · 《title》 date". */
    static void place(RichText.Builder b, Location l, TranscriptMeta meta, Messages m) {
        b.text(m.get("paragraph", l.paragraph(), l.paragraphs()))
                .text(m.get("separator"))
                .text(lines(l.firstLine(), l.lastLine(), m))
                .text(m.get("separator"))
                .text(title(meta, m));
    }

    static String lines(int first, int last, Messages m) {
        return first == last ? m.get("line", first) : m.get("lines", first, last);
    }

    static String title(TranscriptMeta meta, Messages m) {
        return meta.date() == null
                ? m.get("title", meta.title())
                : m.get("title.date", meta.title(), meta.date());
    }

    /**
     * The other places a repeated passage stands, on a line of its own (nothing for a passage found
     * once).
     */
    static void alsoAt(RichText.Builder b, Passage p, Messages m) {
        if (p.occurrences().size() < 2) {
            return;
        }
        List<String> places = new ArrayList<>();
        for (Location o : p.occurrences().subList(1, p.occurrences().size())) {
            String who =
                    o.asker() != null ? m.get("asked.by.short", o.asker()) : withoutQuestion(o, m);
            places.add(m.get("also.place", who, lines(o.firstLine(), o.lastLine(), m)));
        }
        b.text("\n").text(m.get("also.appears")).text(String.join(m.get("list.separator"), places));
    }

    /** Both lines: who, then where, then any other places. */
    static void full(RichText.Builder b, Passage p, TranscriptMeta meta, Messages m) {
        speakers(b, p.location(), m);
        b.text("\n");
        place(b, p.location(), meta, m);
        alsoAt(b, p, m);
    }
}
