package org.transcriptbot.index;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.transcriptbot.index.analysis.Synonyms;
import org.transcriptbot.index.parse.TranscriptException;

/**
 * Synonyms read on a thread of their own while the transcripts are read (building the synonym map
 * takes a few hundred milliseconds of a start); what failed the reading is thrown by {@link #get}.
 */
final class SynonymsReading {
    private final CompletableFuture<Synonyms> result;

    private SynonymsReading(CompletableFuture<Synonyms> result) {
        this.result = result;
    }

    /** Synonyms already in hand. */
    static SynonymsReading done(Synonyms synonyms) {
        return new SynonymsReading(CompletableFuture.completedFuture(synonyms));
    }

    static SynonymsReading start(Library.SynonymSource source) {
        CompletableFuture<Synonyms> read = new CompletableFuture<>();
        Thread reader =
                new Thread(
                        () -> {
                            try {
                                read.complete(source.read());
                            } catch (TranscriptException | RuntimeException | Error e) {
                                read.completeExceptionally(e);
                            }
                        },
                        "synonyms-read");
        reader.setDaemon(true);
        reader.start();
        return new SynonymsReading(read);
    }

    Synonyms get() throws TranscriptException {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof TranscriptException t) {
                throw t;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
