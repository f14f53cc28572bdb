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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.transcriptbot.index.model.Anomaly;
import org.transcriptbot.index.model.Location;
import org.transcriptbot.index.model.Paragraph;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.model.TranscriptMeta;
import org.transcriptbot.index.model.Turn;
import org.transcriptbot.index.model.TurnKind;
import org.transcriptbot.index.text.Chinese;

/**
 * Turns a press-conference transcript, mess included, into turns and de-duplicated passages:
 * <ol>
 *   <li>lines are decoded strictly as UTF-8 and cleaned (BOM, CRLF, full-width and stray spaces);</li>
 *   <li>fragments that do not end a sentence are joined with the next one (lines broken mid-sentence);</li>
 *   <li>"某某记者：" starts a question, "王毅：" (a short name label) an answer, text before the first speaker is the lead;</li>
 *   <li>paragraphs are grouped into passages sized for a chat (a list with its introduction, short paragraphs
 *       with their neighbour), and a passage whose text stands elsewhere keeps one copy with every location;</li>
 *   <li>a repeated question marks a re-pasted section: text after its repeated part has no question of its own
 *       and becomes an orphan turn; a last paragraph that stops mid-sentence is reported as truncated.</li>
 * </ol>
 */
public final class TranscriptParser {
    /** Label before a full-width or ASCII colon: a reporter, a moderator or a speaker's name. */
    private static final Pattern LABEL = Pattern.compile("^([^，,。！？!?：:；;、\\s][^，,。！？!?：:；;、]{0,29})[：:](.*)$");
    private static final Pattern NAME = Pattern.compile("^[\\p{IsHan}·]{2,6}$|^[A-Z][A-Za-z.\\- ]{1,30}$");
    private static final Pattern NOT_A_NAME = Pattern.compile("^(第|一是|二是|三是|四是|五是|六是|其一|其二|首先|其次|最后|总之|例如|比如|注|备注|附|问|答|原文|全文|来源|编辑|责任编辑).*|.*(说|表示|指出|强调|认为|称|道|问|答|如下|是)$");
    private static final Pattern LIST_ITEM = Pattern.compile(
            "^(第?[一二三四五六七八九十]{1,3}(是|、|，|：|\\.)|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,2}[.、．)）]|[①②③④⑤⑥⑦⑧⑨⑩]).*");
    private static final int SHORT = 60;
    private static final int MAX_GROUP = 500;
    private static final int MAX_LIST_GROUP = 800;
    private static final int LONG_PARAGRAPH = 700;

    private enum LabelKind { ASKER, MODERATOR, SPEAKER }

    private record Fragment(String text, int line, LabelKind kind, String label) {
    }

    private record Para(String text, int first, int last, LabelKind kind, String label) {
    }

    public Transcript parse(TranscriptMeta meta, byte[] bytes) throws TranscriptException {
        String file = meta.file() == null ? meta.id() : meta.file();
        List<String> lines = SourceText.lines(file, bytes);
        List<Anomaly> anomalies = new ArrayList<>();

        List<Fragment> fragments = fragments(lines);
        if (fragments.isEmpty()) {
            throw new TranscriptException(file + " has no text.");
        }
        boolean hasSpeakers = fragments.stream().anyMatch(f -> f.kind() != null);
        List<Para> paras = join(fragments, anomalies, hasSpeakers);
        List<Turn> turns = hasSpeakers ? turns(paras, anomalies) : plainTurns(paras, file, anomalies);
        turns = splitRepeatedSections(turns, anomalies);
        List<Passage> passages = passages(meta.id(), turns, anomalies);
        passages = markTruncation(paras, passages, anomalies);
        nearDuplicates(passages, anomalies);
        anomalies.sort((a, b) -> a.firstLine() != b.firstLine() ? Integer.compare(a.firstLine(), b.firstLine())
                : a.kind().compareTo(b.kind()));
        return new Transcript(meta, turns, passages, anomalies);
    }

    private static List<Fragment> fragments(List<String> lines) {
        List<Fragment> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = SourceText.clean(lines.get(i));
            if (text.isEmpty()) {
                continue;
            }
            Matcher m = LABEL.matcher(text);
            LabelKind kind = null;
            String label = null;
            if (m.matches()) {
                String l = m.group(1).strip();
                if (l.endsWith("记者") || l.endsWith("記者")) {
                    kind = LabelKind.ASKER;
                    label = l.substring(0, l.length() - 2).strip();
                    if (label.isEmpty()) {
                        label = "记者";
                    }
                } else if (l.endsWith("主持人")) {
                    kind = LabelKind.MODERATOR;
                    label = l;
                } else if (NAME.matcher(l).matches() && !NOT_A_NAME.matcher(l).matches() && !m.group(2).isBlank()
                        || NAME.matcher(l).matches() && !NOT_A_NAME.matcher(l).matches() && l.length() <= 4) {
                    kind = LabelKind.SPEAKER;
                    label = l;
                }
                if (kind != null) {
                    text = m.group(2).strip();
                }
            }
            out.add(new Fragment(text, i + 1, kind, label));
        }
        return out;
    }

    /** Joins fragments broken mid-sentence; the lead (before the first speaker) is kept line by line. */
    private static List<Para> join(List<Fragment> fragments, List<Anomaly> anomalies, boolean hasSpeakers) {
        List<Para> out = new ArrayList<>();
        boolean inLead = hasSpeakers;
        int i = 0;
        while (i < fragments.size()) {
            Fragment f = fragments.get(i);
            if (f.kind() != null) {
                inLead = false;
            }
            StringBuilder text = new StringBuilder(f.text());
            int last = f.line();
            int j = i + 1;
            if (!inLead) {
                int joined = 0;
                String firstTail = null;
                while (j < fragments.size() && fragments.get(j).kind() == null && !Chinese.endsSentence(text.toString())) {
                    Fragment next = fragments.get(j);
                    if (text.length() > 0) {
                        joined++;
                        if (firstTail == null) {
                            firstTail = "\"…" + tail(text, 8) + "\" + \"" + head(next.text(), 8) + "…\"";
                        }
                    }
                    text.append(joiner(text, next.text())).append(next.text());
                    last = next.line();
                    j++;
                }
                if (joined > 0) {
                    anomalies.add(new Anomaly(Anomaly.Kind.BROKEN_LINE_JOIN, f.line(), last,
                            (joined + 1) + " fragments broken mid-sentence joined into one paragraph (first break: "
                                    + firstTail + ")"));
                }
            }
            out.add(new Para(text.toString(), f.line(), last, f.kind(), f.label()));
            i = j;
        }
        return out;
    }

    /** A space between two Latin words broken across lines, nothing between Chinese fragments. */
    private static String joiner(CharSequence left, String right) {
        if (left.length() == 0 || right.isEmpty()) {
            return "";
        }
        char a = left.charAt(left.length() - 1);
        char b = right.charAt(0);
        return a < 0x2E80 && b < 0x2E80 && Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b) ? " " : "";
    }

    private static String tail(CharSequence s, int n) {
        return s.subSequence(Math.max(0, s.length() - n), s.length()).toString();
    }

    private static String head(String s, int n) {
        return s.substring(0, Math.min(n, s.length()));
    }

    private static final class TurnBuilder {
        final TurnKind kind;
        final String asker;
        String question;
        String answerer;
        final List<Paragraph> paragraphs = new ArrayList<>();
        final int first;
        int last;
        boolean answered;

        TurnBuilder(TurnKind kind, String asker, String question, String answerer, int first) {
            this.kind = kind;
            this.asker = asker;
            this.question = question;
            this.answerer = answerer;
            this.first = first;
            this.last = first;
        }

        void add(Para p, String text) {
            if (!text.isEmpty()) {
                paragraphs.add(new Paragraph(text, p.first(), p.last()));
            }
            last = Math.max(last, p.last());
        }

        Turn build(int index) {
            return new Turn(index, kind, asker, question, answerer, paragraphs, first, last);
        }
    }

    private static List<Turn> turns(List<Para> paras, List<Anomaly> anomalies) {
        List<TurnBuilder> builders = new ArrayList<>();
        TurnBuilder current = null;
        for (Para p : paras) {
            if (p.kind() == null) {
                if (current == null) {
                    current = new TurnBuilder(TurnKind.LEAD, null, null, null, p.first());
                    builders.add(current);
                }
                if (current.kind == TurnKind.QA && !current.answered) {
                    current.question = current.question + p.text();
                    current.last = p.last();
                } else {
                    current.add(p, p.text());
                }
                continue;
            }
            switch (p.kind()) {
                case ASKER -> {
                    closeQuestion(current, anomalies);
                    current = new TurnBuilder(TurnKind.QA, p.label(), p.text(), null, p.first());
                    current.last = p.last();
                    builders.add(current);
                }
                case MODERATOR -> {
                    closeQuestion(current, anomalies);
                    current = new TurnBuilder(TurnKind.LEAD, null, null, p.label(), p.first());
                    builders.add(current);
                    current.add(p, p.text());
                }
                case SPEAKER -> {
                    if (current != null && current.kind == TurnKind.QA && !current.answered) {
                        current.answered = true;
                        current.answerer = p.label();
                    } else {
                        boolean anyQuestion = builders.stream().anyMatch(b -> b.kind == TurnKind.QA);
                        TurnKind kind = anyQuestion ? TurnKind.ORPHAN : TurnKind.OPENING;
                        current = new TurnBuilder(kind, null, null, p.label(), p.first());
                        current.answered = true;
                        builders.add(current);
                        if (kind == TurnKind.ORPHAN) {
                            anomalies.add(new Anomaly(Anomaly.Kind.ORPHAN, p.first(), p.last(),
                                    p.label() + " speaks again with no question before this answer"));
                        }
                    }
                    current.add(p, p.text());
                }
                default -> throw new IllegalStateException();
            }
        }
        closeQuestion(current, anomalies);
        List<Turn> turns = new ArrayList<>();
        for (TurnBuilder b : builders) {
            if (b.kind == TurnKind.QA || !b.paragraphs.isEmpty()) {
                turns.add(b.build(turns.size()));
            }
        }
        return turns;
    }

    private static void closeQuestion(TurnBuilder current, List<Anomaly> anomalies) {
        if (current != null && current.kind == TurnKind.QA && current.paragraphs.isEmpty()) {
            anomalies.add(new Anomaly(Anomaly.Kind.QUESTION_WITHOUT_ANSWER, current.first, current.last,
                    "the question of " + current.asker + " has no answer in the text"));
        }
    }

    private static List<Turn> plainTurns(List<Para> paras, String file, List<Anomaly> anomalies) {
        anomalies.add(new Anomaly(Anomaly.Kind.NO_TURNS, paras.get(0).first(), paras.get(paras.size() - 1).last(),
                file + " has no recognisable speaker turns (\"某某记者：\" / \"王毅：\"); indexed as plain paragraphs"));
        List<Paragraph> ps = new ArrayList<>();
        for (Para p : paras) {
            ps.add(new Paragraph(p.text(), p.first(), p.last()));
        }
        return List.of(new Turn(0, TurnKind.TEXT, null, null, null, ps, ps.get(0).firstLine(),
                ps.get(ps.size() - 1).lastLine()));
    }

    /**
     * A question asked a second time marks a re-pasted section: the paragraphs after its repeated part stand
     * under no question of their own, so they become an orphan turn instead of being credited to that question.
     */
    private static List<Turn> splitRepeatedSections(List<Turn> turns, List<Anomaly> anomalies) {
        List<String> allKeys = new ArrayList<>();
        for (Turn t : turns) {
            for (Paragraph p : t.paragraphs()) {
                allKeys.add(Chinese.key(p.text()).text());
            }
        }
        Map<String, Turn> questions = new HashMap<>();
        List<Turn> out = new ArrayList<>();
        int k = 0;
        for (Turn t : turns) {
            List<String> keys = allKeys.subList(k, k + t.paragraphs().size());
            List<String> before = allKeys.subList(0, k);
            k += t.paragraphs().size();
            if (t.kind() != TurnKind.QA) {
                out.add(t);
                continue;
            }
            String qkey = Chinese.key(t.question()).text();
            Turn earlier = questions.putIfAbsent(qkey, t);
            if (earlier == null) {
                out.add(t);
                continue;
            }
            int lastRepeated = -1;
            for (int i = 0; i < keys.size(); i++) {
                if (containedIn(keys.get(i), before)) {
                    lastRepeated = i;
                }
            }
            int repeatEnd = lastRepeated < 0 ? t.lastLine() : t.paragraphs().get(lastRepeated).lastLine();
            anomalies.add(new Anomaly(Anomaly.Kind.DUPLICATE_TURN, t.firstLine(), repeatEnd,
                    "the question of " + t.asker() + " and " + (lastRepeated + 1) + " answer paragraph(s) repeat lines "
                            + earlier.firstLine() + "-" + earlier.lastLine()));
            if (lastRepeated < 0 || lastRepeated == keys.size() - 1) {
                out.add(t);
                continue;
            }
            List<Paragraph> repeated = t.paragraphs().subList(0, lastRepeated + 1);
            List<Paragraph> rest = t.paragraphs().subList(lastRepeated + 1, t.paragraphs().size());
            out.add(new Turn(0, t.kind(), t.asker(), t.question(), t.answerer(), repeated, t.firstLine(),
                    repeated.get(repeated.size() - 1).lastLine()));
            Paragraph first = rest.get(0);
            out.add(new Turn(0, TurnKind.ORPHAN, null, null, t.answerer(), rest, first.firstLine(),
                    rest.get(rest.size() - 1).lastLine()));
            anomalies.add(new Anomaly(Anomaly.Kind.ORPHAN, first.firstLine(), rest.get(rest.size() - 1).lastLine(),
                    rest.size() + " paragraph(s) after the repeated section of " + t.asker()
                            + "'s question have no question of their own"));
        }
        List<Turn> renumbered = new ArrayList<>();
        for (Turn t : out) {
            renumbered.add(new Turn(renumbered.size(), t.kind(), t.asker(), t.question(), t.answerer(),
                    t.paragraphs(), t.firstLine(), t.lastLine()));
        }
        return renumbered;
    }

    private static boolean containedIn(String key, List<String> others) {
        if (key.isEmpty()) {
            return false;
        }
        for (String o : others) {
            if (o.contains(key)) {
                return true;
            }
        }
        return false;
    }

    private record Group(Turn turn, int from, int to, String text, String key) {
        int firstLine() {
            return turn.paragraphs().get(from).firstLine();
        }

        int lastLine() {
            return turn.paragraphs().get(to - 1).lastLine();
        }

        Location location(String transcriptId) {
            return new Location(transcriptId, turn.index(), turn.kind(), turn.asker(), turn.question(),
                    turn.answerer(), from + 1, turn.paragraphs().size(), firstLine(), lastLine());
        }
    }

    /** Groups each turn's paragraphs into passages and keeps one copy of every repeated text. */
    private static List<Passage> passages(String transcriptId, List<Turn> turns, List<Anomaly> anomalies) {
        List<Group> groups = new ArrayList<>();
        for (Turn t : turns) {
            for (int[] r : group(t.paragraphs())) {
                StringBuilder sb = new StringBuilder();
                for (int i = r[0]; i < r[1]; i++) {
                    if (sb.length() > 0) {
                        sb.append('\n');
                    }
                    sb.append(t.paragraphs().get(i).text());
                }
                String text = sb.toString();
                groups.add(new Group(t, r[0], r[1], text, Chinese.key(text).text()));
            }
        }
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
                if (j != i && other.length() > key.length() && !key.isEmpty() && other.contains(key)
                        && (best < 0 || other.length() > groups.get(best).key().length())) {
                    best = j;
                }
            }
            if (best >= 0) {
                parent[i] = best;
            }
        }
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            int root = root(parent, i);
            members.computeIfAbsent(root, r -> new ArrayList<>()).add(i);
        }
        List<Passage> passages = new ArrayList<>();
        members.entrySet().stream()
                .sorted((a, b) -> Integer.compare(a.getKey(), b.getKey()))
                .forEach(e -> {
                    Group root = groups.get(e.getKey());
                    List<Location> locations = new ArrayList<>();
                    locations.add(root.location(transcriptId));
                    for (int m : e.getValue()) {
                        if (m == e.getKey()) {
                            continue;
                        }
                        Group g = groups.get(m);
                        locations.add(g.location(transcriptId));
                        anomalies.add(new Anomaly(Anomaly.Kind.DUPLICATE_PARAGRAPH, g.firstLine(), g.lastLine(),
                                "repeats text of lines " + root.firstLine() + "-" + root.lastLine()
                                        + describeTurn(root.turn()) + (g.turn().index() == root.turn().index() ? ""
                                        : "; here it stands under" + describeTurn(g.turn()))));
                    }
                    locations.sort((a, b) -> Integer.compare(a.firstLine(), b.firstLine()));
                    if (locations.size() > 1) {
                        // shown first: the place whose turn fits the text best — the rest of that answer and its
                        // question share the most character pairs with it — so a paragraph re-pasted under another
                        // reporter's question keeps its own context first; ties keep document order
                        java.util.Set<String> textPairs = pairs(root.key());
                        Location best = locations.get(0);
                        double bestScore = -1;
                        for (Location l : locations) {
                            Group g = null;
                            for (int m : e.getValue()) {
                                if (groups.get(m).firstLine() == l.firstLine()) {
                                    g = groups.get(m);
                                }
                            }
                            double f = g == null ? 0 : fit(textPairs, g);
                            if (f > bestScore + 1e-9) {
                                best = l;
                                bestScore = f;
                            }
                        }
                        locations.remove(best);
                        locations.add(0, best);
                    }
                    passages.add(new Passage(id(transcriptId, root.key()), root.text(), locations, false));
                });
        return passages;
    }

    private static java.util.Set<String> pairs(String key) {
        java.util.Set<String> set = new java.util.HashSet<>();
        for (int i = 0; i + 2 <= key.length(); i++) {
            set.add(key.substring(i, i + 2));
        }
        return set;
    }

    /**
     * How well a passage fits where it stands: the share of its character pairs found in the rest of that turn's
     * answer, plus the share of the question's pairs found in the passage.
     */
    private static double fit(java.util.Set<String> textPairs, Group g) {
        if (textPairs.isEmpty()) {
            return 0;
        }
        StringBuilder rest = new StringBuilder();
        List<Paragraph> ps = g.turn().paragraphs();
        for (int i = 0; i < ps.size(); i++) {
            if (i < g.from() || i >= g.to()) {
                rest.append(ps.get(i).text());
            }
        }
        java.util.Set<String> context = pairs(Chinese.key(rest).text());
        int in = 0;
        for (String p : textPairs) {
            if (context.contains(p)) {
                in++;
            }
        }
        double score = (double) in / textPairs.size();
        if (g.turn().question() != null) {
            java.util.Set<String> q = pairs(Chinese.key(g.turn().question()).text());
            int qin = 0;
            for (String p : q) {
                if (textPairs.contains(p)) {
                    qin++;
                }
            }
            score += q.isEmpty() ? 0 : (double) qin / q.size();
        }
        return score;
    }

    private static String describeTurn(Turn t) {
        return switch (t.kind()) {
            case QA -> " (" + t.asker() + "'s question)";
            case OPENING -> " (opening statement)";
            case LEAD -> " (lead)";
            case ORPHAN -> " (text with no question)";
            case TEXT -> "";
        };
    }

    private static int root(int[] parent, int i) {
        int steps = 0;
        while (parent[i] != i && steps++ < parent.length) {
            i = parent[i];
        }
        return i;
    }

    /** Ranges [from, to) of paragraphs read together. */
    static List<int[]> group(List<Paragraph> ps) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < ps.size()) {
            int len = length(ps.get(i));
            int j = i + 1;
            String text = ps.get(i).text();
            if (text.endsWith("：") || text.endsWith(":")) {
                while (j < ps.size() && LIST_ITEM.matcher(ps.get(j).text()).matches()
                        && len + length(ps.get(j)) <= MAX_LIST_GROUP) {
                    len += length(ps.get(j));
                    j++;
                }
            } else if (LIST_ITEM.matcher(text).matches() && len < SHORT) {
                while (j < ps.size() && LIST_ITEM.matcher(ps.get(j).text()).matches() && length(ps.get(j)) < SHORT * 2
                        && len + length(ps.get(j)) <= MAX_LIST_GROUP) {
                    len += length(ps.get(j));
                    j++;
                }
            } else {
                while (j < ps.size() && len < SHORT && len + length(ps.get(j)) <= MAX_GROUP) {
                    len += length(ps.get(j));
                    j++;
                }
            }
            if (len < SHORT / 2 && j == ps.size() && !out.isEmpty()) {
                int[] prev = out.get(out.size() - 1);
                int prevLen = 0;
                for (int k = prev[0]; k < prev[1]; k++) {
                    prevLen += length(ps.get(k));
                }
                if (prevLen + len <= MAX_LIST_GROUP) {
                    prev[1] = j;
                    i = j;
                    continue;
                }
            }
            out.add(new int[] {i, j});
            i = j;
        }
        return out;
    }

    private static int length(Paragraph p) {
        return p.text().length();
    }

    /** The file's last paragraph stops mid-sentence (or inside a quotation): report it and mark its passage. */
    private static List<Passage> markTruncation(List<Para> paras, List<Passage> passages, List<Anomaly> anomalies) {
        Para last = paras.get(paras.size() - 1);
        String text = last.text();
        long open = text.chars().filter(c -> c == '“').count();
        long close = text.chars().filter(c -> c == '”').count();
        if (Chinese.endsSentence(text) && open <= close) {
            return passages;
        }
        anomalies.add(new Anomaly(Anomaly.Kind.TRUNCATED, last.first(), last.last(),
                "the text ends mid-sentence: \"…" + tail(text, 16) + "\""));
        List<Passage> out = new ArrayList<>();
        for (Passage p : passages) {
            boolean hit = p.occurrences().stream().anyMatch(l -> l.lastLine() >= last.last() && l.firstLine() <= last.last());
            out.add(hit ? new Passage(p.id(), p.text(), p.occurrences(), true) : p);
        }
        return out;
    }

    /** Passages that differ in a few characters only (e.g. "中俄是…" and "中欧是…"): worth a moderator's look. */
    private static void nearDuplicates(List<Passage> passages, List<Anomaly> anomalies) {
        List<java.util.Set<String>> grams = new ArrayList<>();
        for (Passage p : passages) {
            String key = Chinese.key(p.text()).text();
            java.util.Set<String> set = new java.util.HashSet<>();
            for (int i = 0; i + 2 <= key.length(); i++) {
                set.add(key.substring(i, i + 2));
            }
            grams.add(set);
        }
        for (int i = 0; i < passages.size(); i++) {
            if (grams.get(i).size() < 20) {
                continue;
            }
            for (int j = i + 1; j < passages.size(); j++) {
                java.util.Set<String> a = grams.get(i);
                java.util.Set<String> b = grams.get(j);
                if (b.size() < 20 || Math.min(a.size(), b.size()) * 10 < Math.max(a.size(), b.size()) * 8) {
                    continue;
                }
                int common = 0;
                for (String g : a) {
                    if (b.contains(g)) {
                        common++;
                    }
                }
                double dice = 2.0 * common / (a.size() + b.size());
                if (dice >= 0.8) {
                    Location la = passages.get(i).location();
                    Location lb = passages.get(j).location();
                    anomalies.add(new Anomaly(Anomaly.Kind.NEAR_DUPLICATE, lb.firstLine(), lb.lastLine(),
                            String.format("nearly repeats lines %d-%d (%.0f%% of character pairs shared) but differs in wording",
                                    la.firstLine(), la.lastLine(), dice * 100)));
                }
            }
        }
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
