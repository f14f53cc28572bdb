package org.transcriptbot.bot.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transcriptbot.index.Library;
import org.transcriptbot.index.parse.TranscriptException;
import org.transcriptbot.index.search.Synonyms;

/**
 * Holds the current Library (transcripts, index, verifier) and swaps in a new one on reload without a pause:
 * searches in flight finish on the old one, new ones use the new one.
 */
public final class Engine {
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private final AtomicReference<Library> library = new AtomicReference<>();
    private final java.util.concurrent.CompletableFuture<Library> ready = new java.util.concurrent.CompletableFuture<>();
    private final Path transcriptsDir;
    private volatile Library.Options options;

    /** Reads the synonyms file (part of loading, so it can happen in the background too). */
    public interface SynonymSource {
        Synonyms read() throws IOException;
    }

    private final SynonymSource synonymSource;

    private Engine(Path transcriptsDir, Library.Options options, SynonymSource synonymSource) {
        this.transcriptsDir = transcriptsDir;
        this.options = options;
        this.synonymSource = synonymSource;
    }

    /** An engine with its library loaded. */
    public static Engine start(Library.Options options, SynonymSource synonyms) throws TranscriptException {
        Engine e = deferred(options, synonyms);
        e.load();
        return e;
    }

    /**
     * An engine that loads nothing until load() or loadInBackground() is called (the Telegram bot starts polling
     * at once, and the first updates wait for the library: they are confirmed only after they were handled, so
     * nothing is lost). await() reports a load failure.
     */
    public static Engine deferred(Library.Options options, SynonymSource synonyms) {
        return new Engine(options.transcriptsDir(), options, synonyms);
    }

    /** Starts loading the transcripts on a background thread (once). */
    public synchronized void loadInBackground() {
        if (loading) {
            return;
        }
        loading = true;
        Thread t = new Thread(() -> {
            try {
                load();
            } catch (TranscriptException | RuntimeException ex) {
                ready.completeExceptionally(ex);
            }
        }, "engine-load");
        t.setDaemon(true);
        t.start();
    }

    private boolean loading;

    /** Waits until the library is loaded; throws the load failure, if any. */
    public Library await() throws TranscriptException {
        try {
            return ready.get();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new TranscriptException("Interrupted while loading the transcripts.", ex);
        } catch (java.util.concurrent.ExecutionException ex) {
            if (ex.getCause() instanceof TranscriptException te) {
                throw te;
            }
            throw new TranscriptException("The transcripts could not be loaded: " + ex.getCause().getMessage(), ex.getCause());
        }
    }

    private synchronized void load() throws TranscriptException {
        if (ready.isDone()) {
            return;
        }
        loading = true;
        if (options.synonyms() == null) {
            try {
                Library.Options o = options;
                options = new Library.Options(o.transcriptsDir(), synonymSource.read(), o.weights(), o.indexDir(), o.semantic());
            } catch (IOException e) {
                throw new TranscriptException(e.getMessage(), e);
            }
        }
        Library lib = Library.load(options);
        library.set(lib);
        for (String w : lib.warnings()) {
            LOG.warn(w);
        }
        ready.complete(lib);
    }

    /** Loads the embedding model in the background, so the first question does not wait for it. */
    public void warmUp() {
        if (options.semantic() != null) {
            options.semantic().warmUp();
        }
    }

    /** The current library, or null while the first load is still running (never waits). */
    public Library loaded() {
        return library.get();
    }

    /** The current library (waits for the first load to finish). */
    public Library library() {
        Library lib = library.get();
        if (lib != null) {
            return lib;
        }
        try {
            return await();
        } catch (TranscriptException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Re-reads the transcripts folder and swaps the index; the old library keeps serving if this fails. */
    public Library reload() throws TranscriptException {
        Library fresh = Library.load(options);
        Library old = library.getAndSet(fresh);
        LOG.info("Reloaded {} transcript(s) from {}", fresh.transcripts().size(),
                transcriptsDir == null ? "the bundled copy" : transcriptsDir);
        return old;
    }

    public Path transcriptsDir() {
        return transcriptsDir;
    }
}
