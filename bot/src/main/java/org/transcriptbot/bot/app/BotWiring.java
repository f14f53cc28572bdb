package org.transcriptbot.bot.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.transcriptbot.bot.config.BotConfig;
import org.transcriptbot.bot.config.ConfigException;
import org.transcriptbot.bot.conversation.Conversation;
import org.transcriptbot.bot.conversation.ConversationSettings;
import org.transcriptbot.bot.conversation.LiveLibrary;
import org.transcriptbot.bot.messages.Lang;
import org.transcriptbot.index.Library;
import org.transcriptbot.index.parse.TranscriptException;
import org.transcriptbot.index.search.QueryPlanner;
import org.transcriptbot.index.search.Synonyms;
import org.transcriptbot.index.semantic.Semantic;

/**
 * Builds the bot's parts from the configuration: the live library (how transcripts are loaded and searched)
 * and the conversation (its settings). The conversation itself never reads the configuration.
 */
public final class BotWiring {
    private BotWiring() {
    }

    /** A live library that has not started loading; transcriptsOverride (--transcripts) wins over the config. */
    public static LiveLibrary library(BotConfig config, Path transcriptsOverride) throws ConfigException {
        Library.Options options = options(config, transcriptsOverride);
        return new LiveLibrary(new LiveLibrary.Loader() {
            @Override
            public Library load() throws TranscriptException {
                return Library.load(options);
            }

            @Override
            public void warmUp() {
                if (options.semantic() != null) {
                    options.semantic().warmUp();
                }
            }
        });
    }

    /** A live library, loaded before this returns (the command line's search, verify, console …). */
    public static LiveLibrary loadedLibrary(BotConfig config, Path transcriptsOverride)
            throws ConfigException, TranscriptException {
        LiveLibrary library = library(config, transcriptsOverride);
        library.await();
        return library;
    }

    public static Conversation conversation(BotConfig config, LiveLibrary library) throws ConfigException {
        ConversationSettings settings = new ConversationSettings(config.admins(),
                config.intValue("search.results", 1, 10), config.intValue("inline.cache.seconds", 0, 86_400),
                Lang.of(config.get("bot.language.default", "zh"), Lang.ZH),
                config.intValue("limits.user.questions.per.minute", 0, 10_000));
        return new Conversation(settings, library, System::currentTimeMillis);
    }

    private static Library.Options options(BotConfig config, Path transcriptsOverride) throws ConfigException {
        Path dir = transcriptsOverride != null ? transcriptsOverride : config.transcriptsDir();
        QueryPlanner.Weights weights = new QueryPlanner.Weights(
                (float) config.doubleValue("search.weight.text", 0, 100),
                (float) config.doubleValue("search.weight.bigrams", 0, 100),
                (float) config.doubleValue("search.weight.question", 0, 100),
                (float) config.doubleValue("search.weight.question_bigrams", 0, 100));
        Semantic semantic = Boolean.parseBoolean(config.get("search.semantic", "true"))
                ? Semantic.bge(config.semanticCacheDir()) : null;
        return new Library.Options(dir, synonyms(config), weights, config.indexDir(), semantic);
    }

    /** The operator's synonyms file, else the bundled one. */
    static Synonyms synonyms(BotConfig config) throws ConfigException {
        Path file = config.synonymsFile();
        try {
            if (file != null) {
                return Synonyms.load(file);
            }
            try (InputStream in = BotWiring.class.getResourceAsStream(BotConfig.DEFAULTS + "synonyms.txt")) {
                return in == null ? Synonyms.none()
                        : Synonyms.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "synonyms.txt (bundled)");
            }
        } catch (IOException e) {
            throw new ConfigException(e.getMessage());
        }
    }
}
