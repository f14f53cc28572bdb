package org.transcriptbot.bot.conversation;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transcriptbot.index.Library;
import org.transcriptbot.index.parse.TranscriptException;

/**
 * The library (transcripts, index, verifier) the bot answers from. The first load and every reload
 * run on a background thread; a reload swaps the new library in atomically while questions keep
 * being answered from the old one, which is closed once the last question using it is done (each
 * use holds a {@link Lease}).
 */
public final class LiveLibrary implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveLibrary.class);

    /** Builds a library from the transcripts (disk I/O, parsing, indexing: slow). */
    public interface Loader {
        Library load() throws TranscriptException;

        /**
         * Prepares what the first question would otherwise wait for (the embedding model); default
         * nothing.
         */
        default void warmUp() {}

        /**
         * A question waits for the first load (the command line's search): prepare, during the
         * load, what answering it will need; default nothing.
         */
        default void questionWaiting() {}
    }

    private final Loader loader;
    private final AtomicReference<HeldLibrary> current = new AtomicReference<>();
    private final CompletableFuture<Library> firstLoad = new CompletableFuture<>();
    private final AtomicBoolean loadStarted = new AtomicBoolean();
    private final AtomicReference<CompletableFuture<Library>> reloading = new AtomicReference<>();

    public LiveLibrary(Loader loader) {
        this.loader = loader;
    }

    /**
     * Says a question is waiting for the first load: what it will need is prepared beside the
     * loading (call before the load starts).
     */
    public void questionWaiting() {
        loader.questionWaiting();
    }

    /** Starts the first load on a background thread (once). */
    public void loadInBackground() {
        if (loadStarted.compareAndSet(false, true)) {
            runInBackground(
                    "library-load",
                    () -> {
                        try {
                            Library lib = loader.load();
                            current.set(new HeldLibrary(lib));
                            lib.warnings().forEach(LOG::warn);
                            firstLoad.complete(lib);
                        } catch (TranscriptException | RuntimeException | LinkageError e) {
                            firstLoad.completeExceptionally(e);
                        }
                    });
        }
    }

    /**
     * The library in service, after starting the first load and waiting for it; throws its failure.
     */
    public Library await() throws TranscriptException {
        loadInBackground();
        try {
            Library first = firstLoad.get();
            HeldLibrary now = current.get();
            return now == null ? first : now.library;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TranscriptException("Interrupted while loading the transcripts.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TranscriptException te) {
                throw te;
            }
            throw new TranscriptException(
                    "The transcripts could not be loaded: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    /**
     * The library in service now, or null while the first load runs (never waits: for health and
     * metrics).
     */
    public Library loaded() {
        HeldLibrary now = current.get();
        return now == null ? null : now.library;
    }

    public void warmUp() {
        runInBackground("library-warm-up", loader::warmUp);
    }

    /**
     * Builds a new library in the background and swaps it in; the returned future completes with it
     * (or with the failure, the old library still serving). A reload asked for while one runs joins
     * that one.
     */
    public CompletableFuture<Library> reload() {
        CompletableFuture<Library> fresh = new CompletableFuture<>();
        CompletableFuture<Library> running = reloading.compareAndExchange(null, fresh);
        if (running != null) {
            return running;
        }
        runInBackground(
                "library-reload",
                () -> {
                    try {
                        Library lib = loader.load();
                        HeldLibrary old = current.getAndSet(new HeldLibrary(lib));
                        LOG.info("Reloaded {} transcript(s)", lib.transcripts().size());
                        retire(old);
                        // before completing: whoever waited on it may reload again at once
                        reloading.set(null);
                        fresh.complete(lib);
                    } catch (TranscriptException | RuntimeException | LinkageError e) {
                        LOG.warn(
                                "Reload failed; the previous transcripts keep serving: {}",
                                e.getMessage());
                        reloading.set(null);
                        fresh.completeExceptionally(e);
                    }
                });
        return fresh;
    }

    /** Whether a reload is being built now. */
    public boolean reloadRunning() {
        return reloading.get() != null;
    }

    /**
     * A use of the library that is acquired on first need (waiting for the first load) and released
     * by close().
     */
    public Lease lease() {
        return new Lease();
    }

    /** Holds the library it hands out open until closed. */
    public final class Lease implements AutoCloseable {
        private HeldLibrary held;

        public Library library() {
            if (held == null) {
                held = acquire();
            }
            return held.library;
        }

        @Override
        public void close() {
            if (held != null) {
                held.release();
                held = null;
            }
        }
    }

    private HeldLibrary acquire() {
        try {
            await();
        } catch (TranscriptException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        while (true) {
            HeldLibrary h = current.get();
            if (h == null) {
                throw new IllegalStateException("The library is closed.");
            }
            h.use();
            if (current.get() == h) {
                return h;
            }
            h.release(); // swapped meanwhile: use the new one
        }
    }

    private static void retire(HeldLibrary old) {
        if (old != null) {
            old.retire();
        }
    }

    @Override
    public void close() {
        retire(current.getAndSet(null));
    }

    private static void runInBackground(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
    }
}
