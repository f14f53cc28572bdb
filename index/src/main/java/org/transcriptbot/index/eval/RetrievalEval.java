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
 * Runs a retrieval question set (JSON lines: id, query, kind, gold: [strings], note) through a
 * searcher and reports hit@1, hit@3 and MRR (over the first 10) per kind and overall. A hit is a
 * result whose text contains one of the gold strings (line breaks inside the passage ignored). A
 * question with an empty gold list is one the transcripts do not answer: for those the report gives
 * the share the search declines (adjacent ones, whose topic is there but not the fact, apart), and
 * for the others the share it wrongly declines.
 */
public final class RetrievalEval {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One question of the set; no gold: the transcripts do not answer it. */
    public record Question(String id, String query, String kind, List<String> gold, String note) {
        public boolean unanswerable() {
            return gold.isEmpty();
        }

        /**
         * An unanswerable question whose topic the transcripts discuss (the fact asked for is
         * absent).
         */
        public boolean adjacent() {
            return unanswerable() && (kind.equals("adjacent") || note.startsWith("adjacent"));
        }
    }

    /**
     * What a search gave for one question: the passage texts, best first, and whether it declined
     * to answer.
     */
    public record Ranked(List<String> texts, boolean declined) {}

    /**
     * The outcome for one question: the rank of the first result containing gold (0 = not in the
     * first 10), the first text, and whether the search declined the question.
     */
    public record Outcome(Question question, int rank, String top, boolean declined) {}

    /** Scores of one kind (or "all"). */
    public record Score(String kind, int n, double hit1, double hit3, double mrr) {}

    /** The whole report (scores over the answerable questions). */
    public record Report(List<Outcome> outcomes, List<Score> scores) {
        public Score overall() {
            return scores.get(scores.size() - 1);
        }

        public Score kind(String kind) {
            return scores.stream().filter(s -> s.kind().equals(kind)).findFirst().orElse(null);
        }

        /** The scores per kind, then the declined shares. */
        public String table() {
            return RetrievalReportText.table(this);
        }

        /**
         * The declined shares: unanswerable (off-topic, adjacent apart) and answerable questions.
         */
        public String honesty() {
            return RetrievalReportText.honesty(outcomes);
        }

        /** Every wrongly declined or answered question, and every answerable one not at rank 1. */
        public String misses() {
            return RetrievalReportText.misses(outcomes);
        }
    }

    private RetrievalEval() {}

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
            if (!n.hasNonNull("query") || !n.path("gold").isArray()) {
                throw new IOException(
                        file
                                + " line "
                                + line
                                + " needs \"query\" and a \"gold\" list (empty: unanswerable).");
            }
            out.add(
                    new Question(
                            n.path("id").asText("q" + line),
                            n.get("query").asText(),
                            n.path("kind").asText("other"),
                            gold,
                            n.path("note").asText("")));
        }
        return out;
    }

    /** search: (query, limit) -> result texts, best first (a search that never declines). */
    public static Report run(
            List<Question> questions, BiFunction<String, Integer, List<String>> search) {
        return runRanked(questions, (q, n) -> new Ranked(search.apply(q, n), false));
    }

    /**
     * search: (query, limit) -> result texts, best first, and whether the search declined the
     * question.
     */
    public static Report runRanked(
            List<Question> questions, BiFunction<String, Integer, Ranked> search) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Question q : questions) {
            Ranked ranked = search.apply(q.query(), 10);
            List<String> texts = ranked.texts();
            int rank = 0;
            for (int i = 0; i < texts.size(); i++) {
                if (containsGold(texts.get(i), q.gold())) {
                    rank = i + 1;
                    break;
                }
            }
            outcomes.add(
                    new Outcome(q, rank, texts.isEmpty() ? null : texts.get(0), ranked.declined()));
        }
        Map<String, List<Outcome>> byKind = new LinkedHashMap<>();
        List<Outcome> answerable =
                outcomes.stream().filter(o -> !o.question().unanswerable()).toList();
        for (Outcome o : answerable) {
            byKind.computeIfAbsent(o.question().kind(), k -> new ArrayList<>()).add(o);
        }
        List<Score> scores = new ArrayList<>();
        byKind.forEach((k, os) -> scores.add(score(k, os)));
        scores.add(score("all", answerable));
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
        int n = Math.max(1, os.size());
        return new Score(kind, os.size(), h1 / n, h3 / n, mrr / n);
    }
}
