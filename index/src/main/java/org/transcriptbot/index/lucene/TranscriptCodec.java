package org.transcriptbot.index.lucene;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.transcriptbot.index.model.Anomaly;
import org.transcriptbot.index.model.Aside;
import org.transcriptbot.index.model.Location;
import org.transcriptbot.index.model.Paragraph;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.Speaker;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.model.TranscriptMeta;
import org.transcriptbot.index.model.Turn;
import org.transcriptbot.index.model.TurnKind;

/**
 * A transcript as compact binary, field by field: a warm start reads every transcript of the
 * collection back, and Jackson's JSON binding of these records measured 1.8 s for 1,000 transcripts
 * (63 MB) with a cold JIT, most of a 3 s budget. A change to the model records changes the parser
 * build (ParserBuild), so old entries are not read with a new layout. Equal texts within a
 * transcript (a paragraph and its passage, the question repeated in each passage's location) are
 * read as one string: parsed, they mostly were one, and copies would cost heap at scale.
 */
final class TranscriptCodec {
    private TranscriptCodec() {}

    static void write(DataOutputStream out, Transcript t) throws IOException {
        TranscriptMeta m = t.meta();
        for (String s :
                new String[] {m.id(), m.title(), m.date(), m.occasion(), m.source(), m.file()}) {
            string(out, s);
        }
        out.writeInt(t.passages().size());
        for (Passage p : t.passages()) {
            passage(out, p);
        }
        out.writeInt(t.turns().size());
        for (Turn turn : t.turns()) {
            turn(out, turn);
        }
        out.writeInt(t.anomalies().size());
        for (Anomaly a : t.anomalies()) {
            string(out, a.kind().name());
            out.writeInt(a.firstLine());
            out.writeInt(a.lastLine());
            string(out, a.detail());
        }
        string(out, t.encoding());
        string(out, t.language());
        out.writeInt(t.speakers().size());
        for (Speaker sp : t.speakers()) {
            string(out, sp.name());
            string(out, sp.title());
            string(out, sp.role().name());
        }
        int[] groups = t.nearDuplicateGroups();
        out.writeInt(groups == null ? -1 : groups.length);
        for (int g : groups == null ? new int[0] : groups) {
            out.writeInt(g);
        }
    }

    private static void passage(DataOutputStream out, Passage p) throws IOException {
        string(out, p.id());
        string(out, p.text());
        out.writeBoolean(p.truncated());
        out.writeInt(p.occurrences().size());
        for (Location l : p.occurrences()) {
            location(out, l);
        }
        string(out, p.language());
        out.writeInt(p.asides().size());
        for (Aside a : p.asides()) {
            out.writeInt(a.start());
            out.writeInt(a.end());
        }
    }

    private static void turn(DataOutputStream out, Turn turn) throws IOException {
        out.writeInt(turn.index());
        string(out, turn.kind().name());
        string(out, turn.asker());
        string(out, turn.question());
        string(out, turn.answerer());
        out.writeInt(turn.paragraphs().size());
        for (Paragraph p : turn.paragraphs()) {
            string(out, p.text());
            out.writeInt(p.firstLine());
            out.writeInt(p.lastLine());
        }
        out.writeInt(turn.firstLine());
        out.writeInt(turn.lastLine());
    }

    private static void location(DataOutputStream out, Location l) throws IOException {
        string(out, l.transcriptId());
        out.writeInt(l.turn());
        string(out, l.kind().name());
        string(out, l.asker());
        string(out, l.question());
        string(out, l.answerer());
        out.writeInt(l.paragraph());
        out.writeInt(l.paragraphs());
        out.writeInt(l.firstLine());
        out.writeInt(l.lastLine());
    }

    static Transcript read(DataInputStream in) throws IOException {
        TranscriptMeta meta =
                new TranscriptMeta(
                        string(in), string(in), string(in), string(in), string(in), string(in));
        List<Passage> passages = new ArrayList<>();
        Map<String, String> texts = new HashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            passages.add(passage(in, texts));
        }
        List<Turn> turns = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            turns.add(turn(in, texts));
        }
        List<Anomaly> anomalies = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            anomalies.add(
                    new Anomaly(
                            Anomaly.Kind.valueOf(string(in)),
                            in.readInt(),
                            in.readInt(),
                            string(in)));
        }
        String encoding = string(in);
        String language = string(in);
        List<Speaker> speakers = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            speakers.add(new Speaker(string(in), string(in), Speaker.Role.valueOf(string(in))));
        }
        int[] groups = null;
        int count = in.readInt();
        if (count >= 0) {
            groups = new int[count];
            for (int i = 0; i < count; i++) {
                groups[i] = in.readInt();
            }
        }
        return new Transcript(
                meta, turns, passages, anomalies, encoding, language, speakers, groups);
    }

    private static Turn turn(DataInputStream in, Map<String, String> texts) throws IOException {
        int index = in.readInt();
        TurnKind kind = TurnKind.valueOf(string(in));
        String asker = shared(texts, string(in));
        String question = shared(texts, string(in));
        String answerer = shared(texts, string(in));
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int p = in.readInt(); p > 0; p--) {
            String text = string(in);
            paragraphs.add(new Paragraph(shared(texts, text), in.readInt(), in.readInt()));
        }
        return new Turn(
                index, kind, asker, question, answerer, paragraphs, in.readInt(), in.readInt());
    }

    private static Passage passage(DataInputStream in, Map<String, String> texts)
            throws IOException {
        String id = string(in);
        String text = string(in);
        boolean truncated = in.readBoolean();
        List<Location> occurrences = new ArrayList<>();
        for (int o = in.readInt(); o > 0; o--) {
            occurrences.add(
                    new Location(
                            shared(texts, string(in)),
                            in.readInt(),
                            TurnKind.valueOf(string(in)),
                            shared(texts, string(in)),
                            shared(texts, string(in)),
                            shared(texts, string(in)),
                            in.readInt(),
                            in.readInt(),
                            in.readInt(),
                            in.readInt()));
        }
        String language = string(in);
        List<Aside> asides = new ArrayList<>();
        for (int a = in.readInt(); a > 0; a--) {
            asides.add(new Aside(in.readInt(), in.readInt()));
        }
        return new Passage(id, shared(texts, text), occurrences, truncated, language, asides);
    }

    /**
     * One string object for equal texts of a transcript (passage and paragraph, the question of
     * each location).
     */
    private static String shared(Map<String, String> texts, String s) {
        return s == null ? null : texts.computeIfAbsent(s, k -> k);
    }

    /** A nullable string of any length (DataOutput.writeUTF stops at 64 KB). */
    private static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        byte[] b = in.readNBytes(n);
        if (b.length != n) {
            throw new IOException("truncated");
        }
        return new String(b, StandardCharsets.UTF_8);
    }
}
