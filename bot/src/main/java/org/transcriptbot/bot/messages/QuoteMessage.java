package org.transcriptbot.bot.messages;

import java.util.ArrayList;
import java.util.List;
import org.transcriptbot.bot.render.MessageSplitter;
import org.transcriptbot.bot.render.RichText;
import org.transcriptbot.index.model.Location;
import org.transcriptbot.index.verify.MeaningChange;
import org.transcriptbot.index.verify.QuoteCheck;
import org.transcriptbot.index.verify.Verdict;

/**
 * The verdict on a quote: icon and sentence first; what was checked and what was set aside; for
 * NEAR the changes of meaning before the character differences; whose words they are ("X 答" / "X
 * 记者问") and where they stand. A NOT_FOUND quote shows the closest passage only as the closest the
 * transcript comes.
 */
public final class QuoteMessage {
    private static final int QUOTE_SHOWN = 300;
    private static final int PART_SHOWN = 60;

    private QuoteMessage() {}

    public static RichText of(QuoteCheck c, Messages m) {
        if (!c.isValid()) {
            return RichText.builder().text(m.get("quote.invalid", c.error())).build();
        }
        RichText.Builder b = RichText.builder().bold(verdictLine(c, m)).text("\n");
        claim(b, c, m);
        if (c.verdict() == Verdict.NOT_FOUND && c.closest() != null) {
            closest(b, c, m);
        } else if (c.verdict() != Verdict.NOT_FOUND && c.passage() != null) {
            match(b, c, m);
        }
        parts(b, c, m);
        return MessageSplitter.first(b.build());
    }

    private static String verdictLine(QuoteCheck c, Messages m) {
        return switch (c.verdict()) {
            case EXACT -> m.get("quote.exact");
            case NEAR -> m.get("quote.near", m.percent(c.similarity()));
            case NOT_FOUND -> m.get("quote.notFound");
        };
    }

    /**
     * The quote as the user sent it, or, when an attribution was set aside, what was checked and
     * what was not.
     */
    private static void claim(RichText.Builder b, QuoteCheck c, Messages m) {
        QuoteCheck.Attribution a = c.attribution();
        if (a == null || a.setAside() == null || a.setAside().isBlank()) {
            b.text("“").text(UserText.echo(c.quote(), QUOTE_SHOWN)).text("”\n");
            return;
        }
        b.text(m.get("quote.checked", UserText.echo(a.claim(), QUOTE_SHOWN)))
                .text("\n")
                .text(m.get("quote.setAside", UserText.echo(a.setAside(), QUOTE_SHOWN)))
                .text("\n");
    }

    private static void match(RichText.Builder b, QuoteCheck c, Messages m) {
        if (c.verdict() == Verdict.NEAR) {
            meaningChanges(b, c, m);
        }
        otherSpeaker(b, c, m);
        if (c.verdict() == Verdict.NEAR) {
            b.text(m.get("quote.original")).text("\n");
        }
        b.quote(segments(c), false);
        if (!c.differences().isEmpty()) {
            List<String> ds = new ArrayList<>();
            c.differences().forEach(d -> ds.add(difference(d, m)));
            b.text(m.get("quote.differences"))
                    .text(String.join(m.get("list.separator"), ds))
                    .text("\n");
        }
        speaker(b, c, m);
        b.text("\n");
        Provenance.place(b, c.passage().location(), c.transcript(), m);
        Provenance.alsoAt(b, c.passage(), m);
    }

    private static void meaningChanges(RichText.Builder b, QuoteCheck c, Messages m) {
        if (!c.meaningChanges().isEmpty()) {
            b.bold(m.get("quote.meaning"));
            c.meaningChanges().forEach(x -> b.text("\n• ").text(meaning(x, m)));
            b.text("\n");
        }
    }

    /** A change of meaning in the reader's language, worded by its kind. */
    static String meaning(MeaningChange x, Messages m) {
        return m.get("meaning." + x.kind().name(), x.transcript(), x.quote());
    }

    private static void otherSpeaker(RichText.Builder b, QuoteCheck c, Messages m) {
        QuoteCheck.Attribution a = c.attribution();
        if (a != null
                && a.claimedSpeaker() != null
                && a.speaker() != null
                && !a.speaker().contains(a.claimedSpeaker())) {
            b.bold(m.get("quote.otherSpeaker", a.claimedSpeaker(), a.speaker())).text("\n");
        }
    }

    private static List<RichText.Node> segments(QuoteCheck c) {
        List<RichText.Node> nodes = new ArrayList<>();
        for (QuoteCheck.Segment s : c.segments()) {
            List<RichText.Node> text = List.of(new RichText.Text(s.text()));
            nodes.add(
                    switch (s.type()) {
                        case SAME -> text.get(0);
                        case DELETED -> new RichText.Styled(RichText.Style.DELETED, text);
                        case INSERTED -> new RichText.Styled(RichText.Style.INSERTED, text);
                    });
        }
        return nodes.isEmpty()
                ? List.of(new RichText.Text(c.match() == null ? "" : c.match()))
                : nodes;
    }

    private static String difference(QuoteCheck.Difference d, Messages m) {
        return switch (d.kind()) {
            case "changed" -> m.get("quote.changed", d.transcript(), d.quote());
            case "added" -> m.get("quote.added", d.quote());
            default -> m.get("quote.dropped", d.transcript());
        };
    }

    /** "王毅 答 · 路透社记者问：“…”" or "路透社 记者问", from the verifier's attribution when it has one. */
    private static void speaker(RichText.Builder b, QuoteCheck c, Messages m) {
        QuoteCheck.Attribution a = c.attribution();
        Location l = c.passage().location();
        if (a == null || a.speaker() == null) {
            Provenance.speakers(b, l, m);
        } else if ("question".equals(a.role())) {
            b.text(m.get("quote.speaker.question", a.speaker()));
        } else {
            b.text(m.get("quote.speaker.answer", a.speaker()));
            if (l.question() != null) {
                b.text(m.get("separator"))
                        .text(m.get("asked.by", l.asker()))
                        .italic("“" + UserText.abbreviate(l.question(), 80) + "”");
            }
        }
    }

    /**
     * NOT_FOUND: the nearest passage, plainly labelled as the closest the transcript comes, never
     * as a match.
     */
    private static void closest(RichText.Builder b, QuoteCheck c, Messages m) {
        QuoteCheck.Closest closest = c.closest();
        b.text(m.get("quote.closest", m.percent(c.similarity()))).text("\n");
        String text = closest.text() != null ? closest.text() : closest.passage().text();
        b.quote(List.of(new RichText.Text(text)), text.length() > 600);
        if (closest.speaker() != null) {
            b.text(m.get("quote.closest.speaker", closest.speaker())).text("\n");
        }
        Provenance.place(b, closest.passage().location(), closest.transcript(), m);
    }

    private static void parts(RichText.Builder b, QuoteCheck c, Messages m) {
        if (c.parts().isEmpty()) {
            return;
        }
        b.text("\n\n").bold(m.get("quote.parts"));
        for (QuoteCheck p : c.parts()) {
            b.text("\n" + icon(p.verdict()) + " ").text(UserText.echo(p.quote(), PART_SHOWN));
            if (p.verdict() == Verdict.NEAR && !p.meaningChanges().isEmpty()) {
                b.italic(m.get("parenthesis", meaning(p.meaningChanges().get(0), m)));
            } else if (p.verdict() == Verdict.NEAR && !p.differences().isEmpty()) {
                b.italic(m.get("parenthesis", difference(p.differences().get(0), m)));
            }
        }
    }

    private static String icon(Verdict v) {
        return switch (v) {
            case EXACT -> "✅";
            case NEAR -> "⚠️";
            case NOT_FOUND -> "❌";
        };
    }
}
