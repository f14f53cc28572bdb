package org.transcriptbot.index.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.transcriptbot.index.model.Anomaly;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.parse.TranscriptException;
import org.transcriptbot.index.parse.TranscriptLines;
import org.transcriptbot.index.parse.TranscriptLoader;

/**
 * Measures the splice detector on splices built in copies of transcripts ({@link SpliceMaker}, a
 * seeded random choice of answers and places): how many are found (a splice reported on the line
 * pasted into), how many are read under the answer they were cut from, how many other splices the
 * copies report, and which splices the untouched files report (each one false unless the file
 * really has one).
 */
public final class SpliceEval {
    /** A transcript file: its name, bytes and sidecar (null when it has none). */
    public record Source(String name, byte[] bytes, byte[] meta) {}

    private static final List<SpliceMaker.Kind> KINDS = List.of(SpliceMaker.Kind.values());

    private SpliceEval() {}

    /** The transcripts (*.txt, with their NAME.meta.json sidecars) of a folder, by name. */
    public static List<Source> read(Path dir) throws IOException {
        List<Source> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".txt")) {
                    Path meta =
                            f.resolveSibling(name.substring(0, name.length() - 4) + ".meta.json");
                    out.add(
                            new Source(
                                    name,
                                    Files.readAllBytes(f),
                                    Files.exists(meta) ? Files.readAllBytes(meta) : null));
                }
            }
        }
        return out;
    }

    public static SpliceReport run(List<Source> sources, int perFile, long seed)
            throws TranscriptException {
        TranscriptLoader loader = new TranscriptLoader();
        List<SpliceReport.Tally> tallies = new ArrayList<>();
        KINDS.forEach(k -> tallies.add(new SpliceReport.Tally()));
        List<String> untouched = new ArrayList<>();
        List<String> falses = new ArrayList<>();
        for (Source s : sources) {
            Transcript clean = loader.parse(s.name(), s.bytes(), s.meta());
            List<Anomaly> cleanSplices = splices(clean);
            cleanSplices.forEach(
                    a ->
                            untouched.add(
                                    s.name()
                                            + " lines "
                                            + a.firstLine()
                                            + "-"
                                            + a.lastLine()
                                            + ": "
                                            + a.detail()));
            List<String> lines = TranscriptLines.of(s.name(), s.bytes());
            Random random = new Random(seed + s.name().hashCode());
            for (int trial = 0; trial < perFile; trial++) {
                Optional<SpliceMaker.Splice> made =
                        SpliceMaker.make(clean, lines, random, KINDS.get(trial % KINDS.size()));
                if (made.isPresent()) {
                    score(loader, s, made.get(), cleanSplices, tallies, falses);
                }
            }
        }
        return new SpliceReport(
                KINDS.stream().map(k -> k.label).toList(), tallies, untouched, falses);
    }

    private static void score(
            TranscriptLoader loader,
            Source s,
            SpliceMaker.Splice splice,
            List<Anomaly> cleanSplices,
            List<SpliceReport.Tally> tallies,
            List<String> falses)
            throws TranscriptException {
        byte[] copy = String.join("\n", splice.lines()).getBytes(StandardCharsets.UTF_8);
        Transcript t = loader.parse(s.name(), copy, s.meta());
        SpliceReport.Tally tally = tallies.get(splice.kind().ordinal());
        tally.made++;
        boolean found = false;
        for (Anomaly a : splices(t)) {
            boolean known =
                    cleanSplices.stream()
                            .anyMatch(
                                    c ->
                                            c.firstLine() == a.firstLine()
                                                    && c.lastLine() == a.lastLine());
            if (a.firstLine() <= splice.intoLine() && a.lastLine() >= splice.intoLine()) {
                found = true;
            } else if (!known) {
                tally.falseOthers++;
                falses.add(
                        s.name()
                                + " (pasted into line "
                                + splice.intoLine()
                                + ") lines "
                                + a.firstLine()
                                + "-"
                                + a.lastLine()
                                + ": "
                                + a.detail());
            }
        }
        if (found) {
            tally.found++;
            List<Integer> readUnder = readUnder(t, splice);
            if (readUnder.contains(splice.fromTurn())) {
                tally.attributed++;
            } else if (readUnder.stream().anyMatch(turn -> turn != splice.intoTurn())) {
                tally.misattributed++;
                falses.add(
                        s.name()
                                + " (text of turn "
                                + splice.fromTurn()
                                + " pasted into turn "
                                + splice.intoTurn()
                                + ", line "
                                + splice.intoLine()
                                + ") read under turn "
                                + readUnder
                                + ": "
                                + splice.pasted());
            }
        }
    }

    /** The turns the middle of the pasted text is read under where it was pasted. */
    private static List<Integer> readUnder(Transcript t, SpliceMaker.Splice splice) {
        String p = splice.pasted();
        String middle =
                p.substring(p.length() / 3, Math.max(p.length() / 3 + 1, 2 * p.length() / 3));
        return t.passages().stream()
                .filter(x -> x.text().contains(middle))
                .flatMap(x -> x.occurrences().stream())
                .filter(
                        l ->
                                l.firstLine() <= splice.intoLine()
                                        && l.lastLine() >= splice.intoLine())
                .map(l -> l.turn())
                .toList();
    }

    private static List<Anomaly> splices(Transcript t) {
        return t.anomalies().stream().filter(a -> a.kind() == Anomaly.Kind.SPLICE).toList();
    }
}
