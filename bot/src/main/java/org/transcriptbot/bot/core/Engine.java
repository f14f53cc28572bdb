package org.transcriptbot.bot.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transcriptbot.bot.config.BotConfig;
import org.transcriptbot.bot.config.ConfigException;
import org.transcriptbot.index.Library;
import org.transcriptbot.index.parse.TranscriptException;
import org.transcriptbot.index.search.QueryPlanner;
import org.transcriptbot.index.search.Synonyms;

/**
 * Holds the current Library (transcripts, index, verifier) and swaps in a new one on reload without a pause:
 * searches in flight finish on the old one, new ones use the new one.
 */
public final class Engine {
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private final AtomicReference<Library> library = new AtomicReference<>();
    private final Path transcriptsDir;
    private final Library.Options options;

    private Engine(Path transcriptsDir, Library.Options options) {
        this.transcriptsDir = transcriptsDir;
        this.options = options;
    }

    /** Builds the engine from the configuration; transcriptsOverride (from --transcripts) wins over the config. */
    public static Engine start(BotConfig config, Path transcriptsOverride) throws ConfigException, TranscriptException {
        Path dir = transcriptsOverride != null ? transcriptsOverride : config.transcriptsDir();
        QueryPlanner.Weights weights = new QueryPlanner.Weights(
                (float) config.doubleValue("search.weight.text", 0, 100),
                (float) config.doubleValue("search.weight.bigrams", 0, 100),
                (float) config.doubleValue("search.weight.question", 0, 100),
                (float) config.doubleValue("search.weight.question_bigrams", 0, 100));
        Library.Options options = new Library.Options(dir, synonyms(config), weights, config.indexDir());
        Engine e = new Engine(dir, options);
        e.library.set(Library.load(options));
        for (String w : e.library.get().warnings()) {
            LOG.warn(w);
        }
        return e;
    }

    static Synonyms synonyms(BotConfig config) throws ConfigException {
        Path file = config.synonymsFile();
        try {
            if (file != null) {
                return Synonyms.load(file);
            }
            try (InputStream in = Engine.class.getResourceAsStream(BotConfig.DEFAULTS + "synonyms.txt")) {
                return in == null ? Synonyms.none()
                        : Synonyms.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "synonyms.txt (bundled)");
            }
        } catch (IOException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    public Library library() {
        return library.get();
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
