package org.transcriptbot.index.parse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.transcriptbot.index.model.Anomaly;
import org.transcriptbot.index.model.Location;
import org.transcriptbot.index.model.Paragraph;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.Turn;

/**
 * Groups each turn's paragraphs into passages and keeps one copy of every repeated text: a passage
 * whose text equals, or stands inside, another's joins it as a further location (reported as a
 * duplicate paragraph), shown first where its turn fits it best (see {@link TurnFit}).
 */
final class PassageBuilder {
    /** A run of paragraphs of one turn read as one passage. */
    record Group(Turn turn, int from, int to, String text, String key) {
        int firstLine() {
            return turn.paragraphs().get(from).firstLine();
        }

        int lastLine() {
            return turn.paragraphs().get(to - 1).lastLine();
        }

        Location location(String transcriptId) {
            return new Location(
                    transcriptId,
                    turn.index(),
                    turn.kind(),
                    turn.asker(),
                    turn.question(),
                    turn.answerer(),
                    from + 1,
                    turn.paragraphs().size(),
                    firstLine(),
                    lastLine());
        }
    }

    private PassageBuilder() {}

    static List<Passage> build(
            String transcriptId, List<Turn> turns, Keys keys, List<Anomaly> anomalies) {
        List<Group> groups = new ArrayList<>();
        for (Turn t : turns) {
            for (int[] r : ParagraphGroups.of(t.paragraphs())) {
                String text = text(t.paragraphs(), r[0], r[1]);
                groups.add(new Group(t, r[0], r[1], text, keys.of(text)));
            }
        }
        Map<Integer, List<Integer>> members = sameText(groups);
        List<Passage> passages = new ArrayList<>();
        TurnFit fit = new TurnFit(keys);
        for (var e : members.entrySet()) {
            Group root = groups.get(e.getKey());
            List<Group> copies = e.getValue().stream().map(groups::get).toList();
            for (Group g : copies) {
                if (g != root) {
                    anomalies.add(
                            new Anomaly(
                                    Anomaly.Kind.DUPLICATE_PARAGRAPH,
                                    g.firstLine(),
                                    g.lastLine(),
                                    "repeats text of lines "
                                            + root.firstLine()
                                            + "-"
                                            + root.lastLine()
                                            + describe(root.turn())
                                            + (g.turn().index() == root.turn().index()
                                                    ? ""
                                                    : "; here it stands under"
                                                            + describe(g.turn()))));
                }
            }
            List<Location> locations = fit.ordered(root, copies, transcriptId);
            passages.add(
                    new Passage(
                            id(transcriptId, root.key()),
                            root.text(),
                            locations,
                            false,
                            null,
                            StageDirections.find(root.text())));
        }
        return passages;
    }

    /**
     * The text of paragraphs from..to-1, one per line; a single paragraph's own string, not a copy
     * (at 10,000 transcripts a copy of every paragraph's text is about 100 MB of heap).
     */
    private static String text(List<Paragraph> paragraphs, int from, int to) {
        if (to - from == 1) {
            return paragraphs.get(from).text();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(sb.length() > 0 ? "\n" : "").append(paragraphs.get(i).text());
        }
        return sb.toString();
    }

    /**
     * Groups with the same text (or text inside a longer group's), by the first of them, in
     * document order.
     */
    private static Map<Integer, List<Integer>> sameText(List<Group> groups) {
        int n = groups.size();
        int[] parent = new int[n];
        Map<String, Integer> firstByKey = new HashMap<>();
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            String key = groups.get(i).key();
            Integer same = firstByKey.putIfAbsent(key, i);
            if (same != null) {
                parent[i] = same;
                continue;
            }
            int best = -1;
            for (int j = 0; j < n; j++) {
                String other = groups.get(j).key();
                if (j != i
                        && other.length() > key.length()
                        && !key.isEmpty()
                        && other.contains(key)
                        && (best < 0 || other.length() > groups.get(best).key().length())) {
                    best = j;
                }
            }
            parent[i] = best >= 0 ? best : i;
        }
        Map<Integer, List<Integer>> members = new java.util.TreeMap<>();
        for (int i = 0; i < n; i++) {
            members.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(i);
        }
        return new LinkedHashMap<>(members);
    }

    private static int root(int[] parent, int i) {
        int steps = 0;
        while (parent[i] != i && steps++ < parent.length) {
            i = parent[i];
        }
        return i;
    }

    static String describe(Turn t) {
        return switch (t.kind()) {
            case QA, FOLLOWUP, SUPPLEMENTARY -> " (" + t.asker() + "'s question)";
            case OPENING -> " (opening statement)";
            case LEAD -> " (lead)";
            case ORPHAN -> " (text with no question)";
            case HOST -> " (the host)";
            case TEXT -> "";
        };
    }

    static String id(String transcriptId, String key) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(transcriptId.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            byte[] digest = md.digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
