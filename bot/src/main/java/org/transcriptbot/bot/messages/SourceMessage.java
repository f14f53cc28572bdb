package org.transcriptbot.bot.messages;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.transcriptbot.bot.render.MessageSplitter;
import org.transcriptbot.bot.render.RichText;
import org.transcriptbot.index.model.Anomaly;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.model.TranscriptMeta;

/**
 * What /source shows: each transcript loaded, its origin and size, and the text problems the parser
 * found.
 */
public final class SourceMessage {
    private static final int ANOMALIES_SHOWN = 12;
    private static final int DETAIL_SHOWN = 110;

    private SourceMessage() {}

    public static RichText of(List<Transcript> transcripts, List<String> warnings, Messages m) {
        RichText.Builder b = RichText.builder().bold(m.get("source.title"));
        for (Transcript t : transcripts) {
            b.text("\n\n").bold(m.get("title", t.meta().title())).text("\n");
            b.text(String.join(m.get("separator"), facts(t.meta(), m))).text("\n");
            long questions = t.turns().stream().filter(x -> x.question() != null).count();
            b.text(m.get("source.counts", questions, t.passages().size()));
            anomalies(b, t, m);
        }
        warnings.forEach(w -> b.text("\n⚠️ ").text(w));
        return MessageSplitter.first(b.build());
    }

    private static List<String> facts(TranscriptMeta meta, Messages m) {
        List<String> facts = new ArrayList<>();
        if (meta.date() != null) {
            facts.add(meta.date());
        }
        if (meta.occasion() != null) {
            facts.add(meta.occasion());
        }
        if (meta.source() != null) {
            facts.add(m.get("source.label", meta.source()));
        }
        facts.add(meta.file());
        return facts;
    }

    /**
     * A count of each kind, then the first few that a moderator should look at (joined lines are
     * routine).
     */
    private static void anomalies(RichText.Builder b, Transcript t, Messages m) {
        Map<Anomaly.Kind, Integer> counts = new EnumMap<>(Anomaly.Kind.class);
        t.anomalies().forEach(a -> counts.merge(a.kind(), 1, Integer::sum));
        if (counts.isEmpty()) {
            return;
        }
        b.text("\n").text(m.get("anomalies.title"));
        counts.forEach((k, v) -> b.text("\n• " + kindName(k, m) + " × " + v));
        t.anomalies().stream()
                .filter(a -> a.kind() != Anomaly.Kind.BROKEN_LINE_JOIN)
                .limit(ANOMALIES_SHOWN)
                .forEach(
                        a ->
                                b.text(
                                                m.get(
                                                        "anomaly.item",
                                                        kindName(a.kind(), m),
                                                        Provenance.lines(
                                                                a.firstLine(), a.lastLine(), m)))
                                        .text(UserText.abbreviate(a.detail(), DETAIL_SHOWN)));
    }

    static String kindName(Anomaly.Kind kind, Messages m) {
        return m.get("anomaly." + kind.name());
    }
}
