package org.transcriptbot.index.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Runs a retrieval question set (JSON lines: id, query, kind, gold: [strings]) through a searcher and reports
 * hit@1, hit@3 and MRR (over the first 10) per kind and overall. A hit is a result whose text contains one of the
 * gold strings (line breaks inside the passage ignored).
 */
public final class RetrievalEval {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One question of the set. */
    public record Question(String id, String query, String kind, List<String> gold) {
    }

    /** The outcome for one question: the rank of the first result containing gold (0 = not in the first 10). */
    public record Outcome(Question question, int rank, String top) {
    }

    /** Scores of one kind (or "all"). */
    public record Score(String kind, int n, double hit1, double hit3, double mrr) {
    }

    /** The whole report. */
    public record Report(List<Outcome> outcomes, List<Score> scores) {
        public Score overall() {
            return scores.get(scores.size() - 1);
        }

        public Score kind(String kind) {
            return scores.stream().filter(s -> s.kind().equals(kind)).findFirst().orElse(null);
        }

        public String table() {
            StringBuilder sb = new StringBuilder(String.format("%-16s %4s %7s %7s %7s%n", "kind", "n", "hit@1", "hit@3", "MRR"));
            for (Score s : scores) {
                sb.append(String.format("%-16s %4d %7.3f %7.3f %7.3f%n", s.kind(), s.n(), s.hit1(), s.hit3(), s.mrr()));
            }
            return sb.toString();
        }

        public String misses() {
            StringBuilder sb = new StringBuilder();
            for (Outcome o : outcomes) {
                if (o.rank() != 1) {
                    sb.append(String.format("%s [%s] rank %s: %s%n    top: %s%n", o.question().id(), o.question().kind(),
                            o.rank() == 0 ? ">10" : String.valueOf(o.rank()), o.question().query(),
                            o.top() == null ? "(none)" : o.top().replace('\n', ' ')));
                }
            }
            return sb.toString();
        }
    }

    private RetrievalEval() {
    }

    public static List<Question> read(Path file) throws IOException {
        List<Question> out = new ArrayList<>();
        int line = 0;
        for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line++;
            if (l.isBlank()) {
                continue;
            }
            JsonNode n;
            try {
                n = JSON.readTree(l);
            } catch (IOException e) {
                throw new IOException(file + " line " + line + " is not valid JSON.", e);
            }
            List<String> gold = new ArrayList<>();
            n.path("gold").forEach(g -> gold.add(g.asText()));
            if (!n.hasNonNull("query") || gold.isEmpty()) {
                throw new IOException(file + " line " + line + " needs \"query\" and a non-empty \"gold\" list.");
            }
            out.add(new Question(n.path("id").asText("q" + line), n.get("query").asText(), n.path("kind").asText("other"), gold));
        }
        return out;
    }

    /** search: (query, limit) -> result texts, best first. */
    public static Report run(List<Question> questions, BiFunction<String, Integer, List<String>> search) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Question q : questions) {
            List<String> texts = search.apply(q.query(), 10);
            int rank = 0;
            for (int i = 0; i < texts.size(); i++) {
                if (containsGold(texts.get(i), q.gold())) {
                    rank = i + 1;
                    break;
                }
            }
            outcomes.add(new Outcome(q, rank, texts.isEmpty() ? null : texts.get(0)));
        }
        Map<String, List<Outcome>> byKind = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            byKind.computeIfAbsent(o.question().kind(), k -> new ArrayList<>()).add(o);
        }
        List<Score> scores = new ArrayList<>();
        byKind.forEach((k, os) -> scores.add(score(k, os)));
        scores.add(score("all", outcomes));
        return new Report(outcomes, scores);
    }

    static boolean containsGold(String text, List<String> gold) {
        String flat = text.replace("\n", "");
        for (String g : gold) {
            if (!g.isEmpty() && flat.contains(g)) {
                return true;
            }
        }
        return false;
    }

    private static Score score(String kind, List<Outcome> os) {
        double h1 = 0;
        double h3 = 0;
        double mrr = 0;
        for (Outcome o : os) {
            if (o.rank() == 1) {
                h1++;
            }
            if (o.rank() >= 1 && o.rank() <= 3) {
                h3++;
            }
            if (o.rank() >= 1) {
                mrr += 1.0 / o.rank();
            }
        }
        int n = os.size();
        return new Score(kind, n, h1 / n, h3 / n, mrr / n);
    }
}
