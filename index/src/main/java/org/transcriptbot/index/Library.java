package org.transcriptbot.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.transcriptbot.index.analysis.NamePinyin;
import org.transcriptbot.index.analysis.Synonyms;
import org.transcriptbot.index.lucene.ParsedTranscripts;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.parse.TranscriptException;
import org.transcriptbot.index.parse.TranscriptLoader;
import org.transcriptbot.index.search.QueryPlanner;
import org.transcriptbot.index.search.SearchResult;
import org.transcriptbot.index.search.TranscriptIndex;
import org.transcriptbot.index.verify.QuoteCheck;
import org.transcriptbot.index.verify.QuoteVerifier;

/**
 * The index module's public face: loaded transcripts, their search index and the quote verifier,
 * built together and immutable (a reload builds a new Library and swaps it in).
 */
public final class Library implements Closeable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Library.class);
    private final List<Transcript> transcripts;
    private final List<String> warnings;
    private final TranscriptIndex index;

    /**
     * Built in the background once the first search has been answered, or by the first quote (about
     * a second at 1,000 transcripts): loading and the first search do not share the cores with it.
     */
    private final CompletableFuture<QuoteVerifier> verifier = new CompletableFuture<>();

    private final java.util.concurrent.atomic.AtomicBoolean verifierStarted =
            new java.util.concurrent.atomic.AtomicBoolean();

    private final Options options;

    private Library(
            List<Transcript> transcripts,
            List<String> warnings,
            TranscriptIndex index,
            Options options) {
        this.options = options;
        this.transcripts = transcripts;
        this.warnings = warnings;
        this.index = index;
    }

    /**
     * Where to load from and how to search. transcriptsDir and indexDir may be null (bundled, in
     * memory).
     */
    public record Options(
            Path transcriptsDir,
            Synonyms synonyms,
            QueryPlanner.Weights weights,
            Path indexDir,
            org.transcriptbot.index.semantic.Semantic semantic) {
        public Options(
                Path transcriptsDir,
                Synonyms synonyms,
                QueryPlanner.Weights weights,
                Path indexDir) {
            this(transcriptsDir, synonyms, weights, indexDir, null);
        }

        /** The same options with other synonyms. */
        public Options with(Synonyms other) {
            return new Options(transcriptsDir, other, weights, indexDir, semantic);
        }

        public static Options defaults() {
            return new Options(null, Synonyms.none(), QueryPlanner.Weights.DEFAULT, null, null);
        }
    }

    public static Library load(Options options) throws TranscriptException {
        return load(options, SynonymsReading.done(options.synonyms()));
    }

    /** Where a load gets its synonyms: read while the transcripts are (e.g. from files). */
    @FunctionalInterface
    public interface SynonymSource {
        Synonyms read() throws TranscriptException;
    }

    /**
     * Loads with synonyms read beside the transcripts (building the synonym map takes a few hundred
     * milliseconds of a start; options.synonyms() is not used). A source that fails fails the load.
     */
    public static Library load(Options options, SynonymSource synonyms) throws TranscriptException {
        return load(options, SynonymsReading.start(synonyms));
    }

    private static Library load(Options options, SynonymsReading synonyms)
            throws TranscriptException {
        Thread warm = org.transcriptbot.index.analysis.Analyzers.warmUpInBackground();
        NamePinyin.warmUpUnlessStoredIn(options.indexDir());
        TranscriptLoader loader = new TranscriptLoader();
        ParsedTranscripts stored = storedParses(options);
        TranscriptLoader.Result r =
                options.transcriptsDir() == null
                        ? loader.loadBundled()
                        : loader.reusing(stored == null ? TranscriptLoader.Stored.NOTHING : stored)
                                .loadDirectory(options.transcriptsDir());
        if (stored != null) {
            stored.keepOnly(r.transcripts());
            LOG.info(
                    "Read {} transcript(s): {} parsed, {} unchanged (stored parse results)",
                    r.transcripts().size(),
                    stored.parsedCount(),
                    stored.reusedCount());
        }
        try {
            warm.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return of(r.transcripts(), r.warnings(), options.with(synonyms.get()));
    }

    /** The parse results kept beside an on-disk index of a transcripts folder (null: none). */
    private static ParsedTranscripts storedParses(Options options) {
        if (options.transcriptsDir() == null || options.indexDir() == null) {
            return null;
        }
        try {
            return ParsedTranscripts.open(options.indexDir().resolve("parsed"));
        } catch (IOException e) {
            LOG.warn(
                    "Stored parse results in {} cannot be used ({}); every file is parsed",
                    options.indexDir(),
                    e.getMessage());
            return null;
        }
    }

    public static Library of(List<Transcript> transcripts, List<String> warnings, Options options) {
        TranscriptIndex index =
                TranscriptIndex.build(
                        transcripts,
                        options.synonyms(),
                        options.weights(),
                        options.indexDir(),
                        options.semantic());
        return new Library(List.copyOf(transcripts), List.copyOf(warnings), index, options);
    }

    /** Starts building the quote verifier in the background, once. */
    private void startVerifier() {
        if (!verifierStarted.compareAndSet(false, true)) {
            return;
        }
        CompletableFuture.runAsync(
                () -> {
                    try {
                        QuoteVerifier v = new QuoteVerifier(transcripts);
                        // large collections: align only the passages sharing the most character
                        // pairs with the quote
                        v.candidates(key -> index.candidatePassages(key, 25));
                        verifier.complete(v);
                    } catch (RuntimeException | Error e) {
                        verifier.completeExceptionally(e);
                    }
                });
    }

    public List<Transcript> transcripts() {
        return transcripts;
    }

    /**
     * How this library was built (to build another one the same way, e.g. over more transcripts).
     */
    public Options options() {
        return options;
    }

    public List<String> warnings() {
        return warnings;
    }

    public TranscriptIndex index() {
        return index;
    }

    public QuoteVerifier verifier() {
        startVerifier();
        return verifier.join();
    }

    public SearchResult search(String question, int limit) {
        return search(question, limit, limit);
    }

    /**
     * The best passages, only the first {@code highlight} highlighted (cheaper: a chat answer
     * quotes one).
     */
    public SearchResult search(String question, int limit, int highlight) {
        SearchResult r = index.search(question, limit, highlight);
        startVerifier();
        return r;
    }

    /**
     * Waits until every passage's vector is in (or embedding failed): for runs that need the hybrid
     * ranking from the first question (evaluation, building the index ahead of time). No-op with
     * semantic search off.
     */
    public void awaitVectors() throws InterruptedException {
        if (index.vectors() != null) {
            index.vectors().awaitReady(Long.MAX_VALUE, java.util.concurrent.TimeUnit.DAYS);
        }
    }

    public QuoteCheck verify(String quote) {
        return verifier().verify(quote);
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
