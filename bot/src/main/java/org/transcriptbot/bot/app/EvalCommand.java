package org.transcriptbot.bot.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.transcriptbot.bot.conversation.LiveLibrary;
import org.transcriptbot.index.Library;
import org.transcriptbot.index.eval.BaselineSearcher;
import org.transcriptbot.index.eval.LayoutsEval;
import org.transcriptbot.index.eval.QuoteEval;
import org.transcriptbot.index.eval.RetrievalEval;
import org.transcriptbot.index.eval.SpliceEval;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.search.TranscriptIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description =
                "Scores a question set: 'eval retrieval FILE' (hit@1, hit@3, MRR per kind) or "
                        + "'eval quotes FILE' (confusion table of verdicts) or "
                        + "'eval layouts DIR' (a layout set: structure, questions, quotes) or "
                        + "'eval splices DIR' (splices built in copies of a folder's transcripts:"
                        + " found, read where they belong, false ones).")
public class EvalCommand implements Callable<Integer> {
    /** Splices built in copies of each transcript by 'eval splices', and their random seed. */
    private static final int SPLICES_PER_FILE = 30;

    private static final long SEED = 7;

    @Mixin CommandContext context;

    @Parameters(
            index = "0",
            paramLabel = "SET",
            description = "retrieval, quotes, layouts or splices")
    String set;

    @Parameters(index = "1", paramLabel = "FILE", description = "JSON lines question set")
    Path file;

    @Option(
            names = "--baseline",
            description = "Also score the naive baseline (SmartCN BM25 over raw lines).")
    boolean baseline;

    @Option(names = "--misses", description = "List the questions not answered first.")
    boolean misses;

    @Override
    public Integer call() throws Exception {
        checkSet();
        if ("splices".equals(set)) {
            return splices();
        }
        // closed before the process exits, as every command's library (see BatchCommand)
        try (LiveLibrary live = context.common().library()) {
            Library lib = live.await();
            lib.awaitVectors(); // score the hybrid ranking, not the lexical one answering meanwhile
            PrintWriter out = context.out();
            switch (set) {
                case "retrieval" -> retrieval(lib, out);
                case "quotes" ->
                        out.print(
                                QuoteEval.run(readSet(() -> QuoteEval.read(file)), lib::verify)
                                        .table());
                default ->
                        out.print(
                                LayoutsEval.run(file, ts -> withVectors(layoutLibrary(ts, lib)))
                                        .table());
            }
            out.flush();
            return Exits.OK;
        }
    }

    /** Splices built in copies of the folder's transcripts: found, read where they belong. */
    private int splices() throws Exception {
        List<SpliceEval.Source> sources = SpliceEval.read(file);
        if (sources.isEmpty()) {
            throw new Exits.InputException("The folder " + file + " has no transcripts (*.txt).");
        }
        context.out().print(SpliceEval.run(sources, SPLICES_PER_FILE, SEED).table());
        context.out().flush();
        return Exits.OK;
    }

    /** One sentence for a set name or file that cannot be scored. */
    private void checkSet() throws Exits.InputException {
        boolean layouts = "layouts".equals(set) || "splices".equals(set);
        if (layouts ? !Files.isDirectory(file) : !Files.isRegularFile(file)) {
            throw new Exits.InputException(
                    "The question set "
                            + file
                            + (Files.exists(file)
                                    ? (layouts ? " is not a folder." : " is a folder, not a file.")
                                    : " does not exist."));
        }
        if (!set.equals("retrieval") && !set.equals("quotes") && !layouts) {
            throw new Exits.InputException(
                    "Unknown set \"" + set + "\": use retrieval, quotes, layouts or splices.");
        }
    }

    /** A table for each ranking the index has, the bot's last; then the baseline if asked. */
    private void retrieval(Library lib, PrintWriter out) throws IOException, Exits.InputException {
        var questions = readSet(() -> RetrievalEval.read(file));
        List<TranscriptIndex.Mode> modes =
                lib.index().semantic()
                        ? List.of(
                                TranscriptIndex.Mode.LEXICAL,
                                TranscriptIndex.Mode.SEMANTIC,
                                TranscriptIndex.Mode.HYBRID)
                        : List.of(TranscriptIndex.Mode.LEXICAL);
        for (TranscriptIndex.Mode mode : modes) {
            var report =
                    RetrievalEval.runRanked(
                            questions, (q, n) -> ranked(lib.index().search(q, n, 0, mode)));
            boolean used = mode == modes.get(modes.size() - 1);
            out.println(
                    "transcript-bot search, "
                            + mode.name().toLowerCase()
                            + (used ? " (what the bot uses)" : "")
                            + " ("
                            + questions.size()
                            + " questions)");
            out.print(report.table());
            if (misses) {
                out.print(report.misses());
            }
            out.println();
        }
        if (baseline) {
            StringBuilder raw = new StringBuilder();
            for (Transcript t : lib.transcripts()) {
                raw.append(rawText(t)).append('\n');
            }
            BaselineSearcher b = new BaselineSearcher(raw.toString());
            out.println("baseline: SmartCN BM25 over raw lines");
            out.print(RetrievalEval.run(questions, b::search).table());
        }
    }

    /** A layout set's transcripts, indexed with the settings of the library in service. */
    private static Library layoutLibrary(List<Transcript> transcripts, Library lib) {
        Library.Options o = lib.options();
        return Library.of(
                transcripts,
                List.of(),
                new Library.Options(null, o.synonyms(), o.weights(), null, o.semantic()));
    }

    private interface SetReader<T> {
        T read() throws IOException;
    }

    /**
     * A question set; one that is not UTF-8 text gets the conversion hint, not the decoder's "Input
     * length = 1".
     */
    private <T> T readSet(SetReader<T> reader) throws IOException, Exits.InputException {
        try {
            return reader.read();
        } catch (CharacterCodingException e) {
            throw new Exits.InputException(
                    "The question set "
                            + file
                            + " is not UTF-8 text: convert it (e.g. iconv"
                            + " -f GBK -t UTF-8 FILE > NEW).");
        }
    }

    /**
     * The library once its vectors are in: a layout set is scored with the hybrid ranking the bot
     * answers with.
     */
    private static Library withVectors(Library lib) {
        try {
            lib.awaitVectors();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return lib;
    }

    private static RetrievalEval.Ranked ranked(org.transcriptbot.index.search.SearchResult r) {
        return new RetrievalEval.Ranked(
                r.hits().stream().map(h -> h.passage().text()).toList(), !r.answerable());
    }

    private String rawText(Transcript t) throws java.io.IOException {
        Path dir = context.common().transcripts;
        if (dir != null) {
            return Files.readString(dir.resolve(t.meta().file()), StandardCharsets.UTF_8);
        }
        try {
            return new String(
                    org.transcriptbot.index.parse.TranscriptLoader.bundledFile(t.meta().file()),
                    StandardCharsets.UTF_8);
        } catch (org.transcriptbot.index.parse.TranscriptException e) {
            throw new java.io.IOException(e.getMessage(), e);
        }
    }
}
