package org.transcriptbot.index.eval;

import java.util.List;
import java.util.Locale;

/**
 * The splice measurement ({@link SpliceEval}): tallies by kind of splice, the splices reported in
 * the untouched files, and the other splices and misread pastes in the copies.
 */
public record SpliceReport(
        List<String> kinds,
        List<SpliceReport.Tally> tallies,
        List<String> untouched,
        List<String> falses) {
    /** Counts for one kind of splice. */
    public static final class Tally {
        int made;
        int found;
        int attributed;
        int misattributed;
        int falseOthers;

        public int made() {
            return made;
        }

        public int misattributed() {
            return misattributed;
        }

        /** The share of the splices made that were found. */
        public double rate() {
            return made == 0 ? 0 : (double) found / made;
        }

        void add(Tally o) {
            made += o.made;
            found += o.found;
            attributed += o.attributed;
            misattributed += o.misattributed;
            falseOthers += o.falseOthers;
        }

        String row(String kind) {
            return String.format(
                    Locale.ROOT,
                    "%-36s %5d %6d %6.3f %10d %8d %7d%n",
                    kind,
                    made,
                    found,
                    rate(),
                    attributed,
                    misattributed,
                    falseOthers);
        }
    }

    /** The tallies of all kinds together. */
    public Tally total() {
        Tally all = new Tally();
        tallies.forEach(all::add);
        return all;
    }

    public String table() {
        StringBuilder sb =
                new StringBuilder(
                        String.format(
                                Locale.ROOT,
                                "%-36s %5s %6s %6s %10s %8s %7s%n",
                                "splices made",
                                "n",
                                "found",
                                "rate",
                                "attributed",
                                "misread",
                                "false"));
        for (int i = 0; i < kinds.size(); i++) {
            sb.append(tallies.get(i).row(kinds.get(i)));
        }
        sb.append(total().row("all"));
        sb.append("splices reported in the untouched files: ")
                .append(untouched.size())
                .append('\n');
        untouched.forEach(u -> sb.append("  ").append(u).append('\n'));
        sb.append("splices reported elsewhere in the copies, and pasted text misread: ")
                .append(falses.size())
                .append('\n');
        falses.forEach(u -> sb.append("  ").append(u).append('\n'));
        return sb.toString();
    }
}
