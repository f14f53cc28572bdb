package org.transcriptbot.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.transcriptbot.index.model.Location;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.search.SearchHit;
import org.transcriptbot.index.search.SearchResult;
import org.transcriptbot.index.verify.MeaningChange;
import org.transcriptbot.index.verify.QuoteCheck;

/** The JSON shapes of search --json and verify --json results (one object a line in batch mode). */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    public static ObjectNode search(SearchResult r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("query", r.query());
        o.put("answerable", r.answerable());
        o.put("confidence", r.confidence());
        ArrayNode hits = o.putArray("hits");
        for (SearchHit h : r.hits()) {
            ObjectNode n = hits.addObject();
            Passage p = h.passage();
            Location l = p.location();
            n.put("rank", h.rank());
            n.put("score", Math.round(h.score() * 1000) / 1000.0);
            n.put("id", p.id());
            n.put("text", p.text());
            n.put(
                    "highlighted",
                    h.highlighted("【", "】")); // neutral markers: the index knows no HTML
            n.put("asker", l.asker());
            n.put("question", l.question());
            n.put("answerer", l.answerer());
            n.put("kind", l.kind().name().toLowerCase());
            n.put("turn", l.turn());
            n.put("paragraph", l.paragraph());
            n.put("paragraphs", l.paragraphs());
            n.putArray("lines").add(l.firstLine()).add(l.lastLine());
            n.put("transcript", p.transcriptId());
            n.put("title", h.transcript().title());
            n.put("date", h.transcript().date());
            if (p.truncated()) {
                n.put("truncated", true);
            }
            if (h.answer() != null) {
                n.putObject("answer")
                        .put("text", h.answer().text())
                        .put("start", h.answer().start())
                        .put("end", h.answer().end());
            }
            alsoAt(n, p);
        }
        return o;
    }

    private static void alsoAt(ObjectNode n, Passage p) {
        if (p.occurrences().size() > 1) {
            ArrayNode also = n.putArray("alsoAt");
            p.occurrences().stream()
                    .skip(1)
                    .forEach(
                            l -> {
                                ObjectNode a = also.addObject();
                                a.put("turn", l.turn());
                                a.put("asker", l.asker());
                                a.put("question", l.question());
                                a.putArray("lines").add(l.firstLine()).add(l.lastLine());
                            });
        }
    }

    public static ObjectNode verify(QuoteCheck c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("quote", c.quote());
        if (!c.isValid()) {
            o.put("error", c.error());
            return o;
        }
        o.put("verdict", c.verdict().name());
        o.put("similarity", Math.round(c.similarity() * 1000) / 1000.0);
        o.put("match", c.match());
        attribution(o, c);
        ArrayNode changes = o.putArray("meaningChanges");
        for (MeaningChange m : c.meaningChanges()) {
            changes.addObject()
                    .put("kind", m.kind().name().toLowerCase())
                    .put("transcript", m.transcript())
                    .put("quote", m.quote())
                    .put("text", m.text());
        }
        ArrayNode diffs = o.putArray("differences");
        for (QuoteCheck.Difference d : c.differences()) {
            diffs.addObject()
                    .put("kind", d.kind())
                    .put("transcript", d.transcript())
                    .put("quote", d.quote());
        }
        if (c.passage() != null) {
            Location l = c.passage().location();
            o.put("asker", l.asker());
            o.put("question", l.question());
            o.put("answerer", l.answerer());
            o.put("turn", l.turn());
            o.putArray("lines").add(l.firstLine()).add(l.lastLine());
            o.put("transcript", c.passage().transcriptId());
            o.put("title", c.transcript().title());
            o.put("passage", c.passage().id());
            alsoAt(o, c.passage());
        } else {
            o.putNull("asker");
            o.putArray("lines");
            o.putNull("transcript");
            closest(o, c.closest());
        }
        if (!c.parts().isEmpty()) {
            ArrayNode parts = o.putArray("parts");
            for (QuoteCheck p : c.parts()) {
                parts.add(verify(p));
            }
        }
        return o;
    }

    /**
     * Who said the words (speaker, role), the claim checked, what was set aside and whom the quote
     * names.
     */
    private static void attribution(ObjectNode o, QuoteCheck c) {
        QuoteCheck.Attribution a = c.attribution();
        o.put("speaker", c.speaker());
        o.put("role", a == null ? null : a.role());
        o.put("claim", a == null ? null : a.claim());
        o.put("setAside", a == null ? null : a.setAside());
        o.put("claimedSpeaker", a == null ? null : a.claimedSpeaker());
    }

    /** For NOT_FOUND: the closest the transcript comes (never a match). */
    private static void closest(ObjectNode o, QuoteCheck.Closest closest) {
        if (closest == null) {
            o.putNull("closest");
            return;
        }
        Location l = closest.passage().location();
        ObjectNode n = o.putObject("closest");
        n.put("text", closest.text());
        n.put("speaker", closest.speaker());
        n.put("transcript", closest.passage().transcriptId());
        n.put("turn", l.turn());
        n.putArray("lines").add(l.firstLine()).add(l.lastLine());
    }
}
