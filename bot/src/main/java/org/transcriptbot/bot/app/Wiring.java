package org.transcriptbot.bot.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.transcriptbot.bot.config.BotConfig;
import org.transcriptbot.bot.config.ConfigException;
import org.transcriptbot.bot.config.Setting;
import org.transcriptbot.bot.conversation.Conversation;
import org.transcriptbot.bot.conversation.ConversationSettings;
import org.transcriptbot.bot.conversation.LiveLibrary;
import org.transcriptbot.bot.messages.Lang;
import org.transcriptbot.bot.telegram.DeliverySettings;
import org.transcriptbot.bot.telegram.SendLimits;
import org.transcriptbot.bot.telegram.TelegramBot;
import org.transcriptbot.index.Library;
import org.transcriptbot.index.analysis.RuleFiles;
import org.transcriptbot.index.analysis.Synonyms;
import org.transcriptbot.index.analysis.SynonymsCache;
import org.transcriptbot.index.parse.TranscriptException;
import org.transcriptbot.index.search.QueryPlanner;
import org.transcriptbot.index.semantic.Semantic;

/**
 * Builds the bot's parts from the settings: the one place where configuration becomes objects (the
 * live library, the conversation's settings, the Telegram transport's). Nothing else reads the
 * configuration.
 */
public final class Wiring {
    private Wiring() {}

    /**
     * A live library that has not started loading; transcriptsOverride (--transcripts) wins over
     * the config.
     */
    public static LiveLibrary library(BotConfig config, Path transcriptsOverride) {
        Library.Options options = libraryOptions(config, transcriptsOverride);
        return new LiveLibrary(
                new LiveLibrary.Loader() {
                    @Override
                    public Library load() throws TranscriptException {
                        return Library.load(options, () -> synonymsOrFail(config));
                    }

                    @Override
                    public void warmUp() {
                        if (options.semantic() != null) {
                            options.semantic().warmUp();
                        }
                    }

                    @Override
                    public void questionWaiting() {
                        if (options.semantic() != null) {
                            options.semantic().expectQuestion();
                        }
                    }
                });
    }

    /**
     * A live library, loaded before this returns (the command line's search, verify, console …).
     */
    public static LiveLibrary loadedLibrary(BotConfig config, Path transcriptsOverride)
            throws TranscriptException {
        return loadedLibrary(config, transcriptsOverride, false);
    }

    /**
     * A loaded live library; questionWaiting: a question is in hand, so what answering it needs is
     * prepared during the load.
     */
    public static LiveLibrary loadedLibrary(
            BotConfig config, Path transcriptsOverride, boolean questionWaiting)
            throws TranscriptException {
        LiveLibrary library = library(config, transcriptsOverride);
        if (questionWaiting) {
            library.questionWaiting();
        }
        library.await();
        return library;
    }

    public static Conversation conversation(BotConfig config, LiveLibrary library) {
        ConversationSettings settings =
                new ConversationSettings(
                        config.admins(),
                        config.integer(Setting.SEARCH_RESULTS),
                        config.integer(Setting.INLINE_CACHE),
                        Lang.of(config.text(Setting.LANGUAGE), Lang.ZH),
                        config.integer(Setting.USER_QUESTIONS_PER_MINUTE));
        return new Conversation(settings, library, System::currentTimeMillis);
    }

    /** The Telegram bot (the token must be set). */
    public static TelegramBot telegramBot(BotConfig config, Conversation conversation)
            throws ConfigException {
        if (config.token() == null) {
            throw new ConfigException(
                    "No bot token: set TELEGRAM_BOT_TOKEN (or " + Setting.TOKEN_FILE.key() + ").");
        }
        return new TelegramBot(deliverySettings(config), conversation);
    }

    static DeliverySettings deliverySettings(BotConfig config) {
        int chatBurst = config.integer(Setting.CHAT_BURST);
        SendLimits limits =
                new SendLimits(
                        chatBurst,
                        Duration.ofMillis(
                                Math.round(
                                        chatBurst
                                                * 1000
                                                / config.decimal(Setting.CHAT_PER_SECOND))),
                        config.integer(Setting.GROUP_PER_MINUTE),
                        Duration.ofMinutes(1),
                        config.integer(Setting.GLOBAL_PER_SECOND),
                        Duration.ofSeconds(1));
        return new DeliverySettings(
                config.apiUrl(),
                config.token(),
                config.stateDir(),
                config.integer(Setting.POLL_TIMEOUT),
                config.integer(Setting.HANDLER_THREADS),
                limits,
                Duration.ofHours(config.integer(Setting.DELIVERY_MAX_AGE)),
                Duration.ofMillis(config.integer(Setting.DELIVERY_RETRY_MAX)),
                Duration.ofSeconds(config.integer(Setting.SHUTDOWN_GRACE)));
    }

    private static Library.Options libraryOptions(BotConfig config, Path transcriptsOverride) {
        Path dir =
                transcriptsOverride != null
                        ? transcriptsOverride
                        : config.path(Setting.TRANSCRIPTS_DIR);
        QueryPlanner.Weights weights =
                new QueryPlanner.Weights(
                        (float) config.decimal(Setting.WEIGHT_TEXT),
                        (float) config.decimal(Setting.WEIGHT_BIGRAMS),
                        (float) config.decimal(Setting.WEIGHT_QUESTION),
                        (float) config.decimal(Setting.WEIGHT_QUESTION_BIGRAMS));
        Semantic semantic =
                config.flag(Setting.SEMANTIC) ? Semantic.bge(config.semanticCacheDir()) : null;
        return new Library.Options(dir, null, weights, config.indexDir(dir), semantic);
    }

    /**
     * The synonyms read now (beside the transcripts): part of every load, so an edited synonyms
     * file counts on /reload.
     */
    private static Synonyms synonymsOrFail(BotConfig config) throws TranscriptException {
        try {
            return synonyms(config);
        } catch (IOException e) {
            throw new TranscriptException(e.getMessage(), e);
        }
    }

    /** The operator's synonyms and the English-Chinese lexicon, each from its file or the jar. */
    static Synonyms synonyms(BotConfig config) throws IOException {
        List<RuleFiles.Rules> files = new ArrayList<>();
        addRules(files, config.synonymsFile(), "synonyms.txt");
        addRules(files, config.lexiconFile(), "lexicon.txt");
        return SynonymsCache.parse(files, config.semanticCacheDir());
    }

    private static void addRules(List<RuleFiles.Rules> files, Path file, String bundled)
            throws IOException {
        if (file != null) {
            files.add(
                    new RuleFiles.Rules(
                            Files.readString(file, StandardCharsets.UTF_8), file.toString()));
            return;
        }
        try (InputStream in = Wiring.class.getResourceAsStream(BotConfig.DEFAULTS + bundled)) {
            if (in != null) {
                files.add(
                        new RuleFiles.Rules(
                                new String(in.readAllBytes(), StandardCharsets.UTF_8),
                                bundled + " (bundled)"));
            }
        }
    }
}
