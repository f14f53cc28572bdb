package org.transcriptbot.index.eval;

import java.util.List;
import java.util.function.Predicate;
import org.transcriptbot.index.eval.RetrievalEval.Outcome;

/** The text of a retrieval report: the score table, the declined shares and the misses. */
final class RetrievalReportText {
    private RetrievalReportText() {}

    static String table(RetrievalEval.Report report) {
        StringBuilder sb =
                new StringBuilder(
                        String.format(
                                "%-16s %4s %7s %7s %7s%n", "kind", "n", "hit@1", "hit@3", "MRR"));
        for (RetrievalEval.Score s : report.scores()) {
            sb.append(
                    String.format(
                            "%-16s %4d %7.3f %7.3f %7.3f%n",
                            s.kind(), s.n(), s.hit1(), s.hit3(), s.mrr()));
        }
        return sb.append(honesty(report.outcomes())).toString();
    }

    /** Off-topic (adjacent apart), adjacent and answerable questions: how many were declined. */
    static String honesty(List<Outcome> outcomes) {
        StringBuilder sb = new StringBuilder();
        share(
                sb,
                outcomes,
                "unanswerable declined",
                o -> o.question().unanswerable() && !o.question().adjacent());
        share(sb, outcomes, "adjacent declined", o -> o.question().adjacent());
        share(sb, outcomes, "answerable declined", o -> !o.question().unanswerable());
        return sb.toString();
    }

    private static void share(
            StringBuilder sb, List<Outcome> outcomes, String what, Predicate<Outcome> which) {
        long n = outcomes.stream().filter(which).count();
        long declined = outcomes.stream().filter(which).filter(Outcome::declined).count();
        if (n > 0) {
            sb.append(
                    String.format(
                            "%-22s %d of %d (%.3f)%n", what, declined, n, (double) declined / n));
        }
    }

    /**
     * A line for every wrongly declined or wrongly answered question and every answerable one not
     * first, each with the first passage.
     */
    static String misses(List<Outcome> outcomes) {
        StringBuilder sb = new StringBuilder();
        for (Outcome o : outcomes) {
            if (o.question().unanswerable() != o.declined()) {
                miss(sb, o, o.declined() ? "declined" : "answered");
            }
            if (!o.question().unanswerable() && o.rank() != 1) {
                miss(sb, o, "rank " + (o.rank() == 0 ? ">10" : String.valueOf(o.rank())));
            }
        }
        return sb.toString();
    }

    private static void miss(StringBuilder sb, Outcome o, String what) {
        sb.append(
                String.format(
                        "%s [%s] %s: %s%n    top: %s%n",
                        o.question().id(),
                        o.question().kind(),
                        what,
                        o.question().query(),
                        o.top() == null ? "(none)" : o.top().replace('\n', ' ')));
    }
}
