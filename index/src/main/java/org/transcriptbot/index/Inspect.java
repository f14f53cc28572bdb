package org.transcriptbot.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.transcriptbot.index.model.Anomaly;
import org.transcriptbot.index.model.Paragraph;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.model.Turn;

/**
 * The parsed structure and the anomalies found, as JSON (the shape the README documents for inspect
 * --json) or as readable text.
 */
public final class Inspect {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Inspect() {}

    public static ObjectNode json(List<Transcript> transcripts) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode ts = root.putArray("transcripts");
        transcripts.forEach(t -> transcript(ts.addObject(), t));
        return root;
    }

    private static void transcript(ObjectNode tn, Transcript t) {
        tn.put("id", t.id());
        tn.put("title", t.meta().title());
        tn.put("date", t.meta().date());
        tn.put("occasion", t.meta().occasion());
        tn.put("source", t.meta().source());
        tn.put("file", t.meta().file());
        tn.put("encoding", t.encoding());
        tn.put("language", t.language());
        ArrayNode speakers = tn.putArray("speakers");
        t.speakers()
                .forEach(
                        sp ->
                                speakers.addObject()
                                        .put("name", sp.name())
                                        .put("title", sp.title())
                                        .put("role", sp.role().name().toLowerCase()));
        ArrayNode turns = tn.putArray("turns");
        t.turns().forEach(turn -> turn(turns.addObject(), turn));
        ArrayNode passages = tn.putArray("passages");
        t.passages().forEach(p -> passage(passages.addObject(), p));
        ArrayNode an = tn.putArray("anomalies");
        for (Anomaly a : t.anomalies()) {
            ObjectNode o = an.addObject();
            o.put("kind", a.kind().label());
            o.putArray("lines").add(a.firstLine()).add(a.lastLine());
            o.put("detail", a.detail());
        }
    }

    private static void turn(ObjectNode o, Turn turn) {
        o.put("index", turn.index());
        o.put("kind", turn.kind().name().toLowerCase());
        o.put("asker", turn.asker());
        o.put("question", turn.question());
        o.put("answerer", turn.answerer());
        ArrayNode ps = o.putArray("paragraphs");
        ArrayNode pl = o.putArray("paragraphLines");
        for (Paragraph p : turn.paragraphs()) {
            ps.add(p.text());
            pl.addArray().add(p.firstLine()).add(p.lastLine());
        }
        o.putArray("lines").add(turn.firstLine()).add(turn.lastLine());
    }

    private static void passage(ObjectNode o, Passage p) {
        o.put("id", p.id());
        o.put("text", p.text());
        o.put("turn", p.location().turn());
        o.put("paragraph", p.location().paragraph());
        o.put("paragraphs", p.location().paragraphs());
        o.putArray("lines").add(p.location().firstLine()).add(p.location().lastLine());
        if (p.truncated()) {
            o.put("truncated", true);
        }
        if (!p.asides().isEmpty()) {
            ArrayNode asides = o.putArray("asides");
            p.asides().forEach(a -> asides.add(p.text().substring(a.start(), a.end())));
        }
        if (p.occurrences().size() > 1) {
            ArrayNode also = o.putArray("alsoAt");
            p.occurrences().stream()
                    .skip(1)
                    .forEach(
                            l ->
                                    also.addObject()
                                            .put("turn", l.turn())
                                            .put("asker", l.asker())
                                            .set(
                                                    "lines",
                                                    JSON.createArrayNode()
                                                            .add(l.firstLine())
                                                            .add(l.lastLine())));
        }
    }

    public static String text(List<Transcript> transcripts) {
        StringBuilder sb = new StringBuilder();
        for (Transcript t : transcripts) {
            header(sb, t);
            for (Turn turn : t.turns()) {
                turnLine(sb, turn);
            }
            sb.append("\nAnomalies:\n");
            for (Anomaly a : t.anomalies()) {
                sb.append(
                        String.format(
                                "  %-20s lines %d-%d  %s%n",
                                a.kind().label(), a.firstLine(), a.lastLine(), a.detail()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void header(StringBuilder sb, Transcript t) {
        sb.append("== ")
                .append(t.meta().title())
                .append(" (")
                .append(nz(t.meta().date()))
                .append(", ")
                .append(t.meta().file())
                .append(")\n");
        if (t.meta().occasion() != null || t.meta().source() != null) {
            sb.append("   ")
                    .append(nz(t.meta().occasion()))
                    .append(" · ")
                    .append(nz(t.meta().source()))
                    .append('\n');
        }
        sb.append("   read as ")
                .append(t.encoding())
                .append(", language ")
                .append(t.language())
                .append('\n');
        sb.append(t.turns().size())
                .append(" turns, ")
                .append(t.passages().size())
                .append(" passages, ")
                .append(t.anomalies().size())
                .append(" anomalies\n\n");
    }

    private static void turnLine(StringBuilder sb, Turn turn) {
        sb.append(
                String.format(
                        "#%d %-13s lines %d-%d",
                        turn.index(),
                        turn.kind().name().toLowerCase(),
                        turn.firstLine(),
                        turn.lastLine()));
        if (turn.asker() != null) {
            sb.append("  ").append(turn.asker()).append("：").append(abbrev(turn.question(), 40));
        }
        if (turn.answerer() != null) {
            sb.append("  → ").append(turn.answerer());
        }
        sb.append("  (").append(turn.paragraphs().size()).append(" paragraphs)\n");
    }

    private static String nz(String s) {
        return s == null ? "?" : s;
    }

    static String abbrev(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n) + "…";
    }
}
