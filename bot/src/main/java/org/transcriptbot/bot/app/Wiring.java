package org.transcriptbot.bot.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.transcriptbot.bot.config.BotConfig;
import org.transcriptbot.bot.config.ConfigException;
import org.transcriptbot.bot.config.Setting;
import org.transcriptbot.bot.core.BotContext;
import org.transcriptbot.bot.core.Engine;
import org.transcriptbot.bot.core.Lang;
import org.transcriptbot.bot.core.UserLimiter;
import org.transcriptbot.bot.telegram.Outbox;
import org.transcriptbot.bot.telegram.TelegramBot;
import org.transcriptbot.index.Library;
import org.transcriptbot.index.parse.TranscriptException;
import org.transcriptbot.index.search.QueryPlanner;
import org.transcriptbot.index.search.Synonyms;
import org.transcriptbot.index.semantic.Semantic;

/** Builds the bot's parts from the settings: the one place where configuration becomes objects. */
public final class Wiring {
    private static final int CHAT_BURST = 3;

    private Wiring() {
    }

    /** The engine with its library loaded; transcriptsOverride (from --transcripts) wins over the config. */
    public static Engine engine(BotConfig config, Path transcriptsOverride) throws TranscriptException {
        return Engine.start(libraryOptions(config, transcriptsOverride), () -> synonyms(config));
    }

    /** The engine, loaded later (the Telegram bot loads it in the background after its first poll). */
    public static Engine deferredEngine(BotConfig config, Path transcriptsOverride) {
        return Engine.deferred(libraryOptions(config, transcriptsOverride), () -> synonyms(config));
    }

    public static BotContext context(BotConfig config, Engine engine) {
        return new BotContext(engine, config.admins(), config.integer(Setting.SEARCH_RESULTS),
                config.integer(Setting.INLINE_CACHE), Lang.of(config.text(Setting.LANGUAGE), Lang.ZH),
                new UserLimiter(config.integer(Setting.USER_QUESTIONS_PER_MINUTE), System::currentTimeMillis));
    }

    /** The Telegram bot (the token must be set). */
    public static TelegramBot telegramBot(BotConfig config, Engine engine) throws ConfigException {
        if (config.token() == null) {
            throw new ConfigException("No bot token: set TELEGRAM_BOT_TOKEN (or " + Setting.TOKEN_FILE.key() + ").");
        }
        TelegramBot.Settings settings = new TelegramBot.Settings(config.apiUrl(), config.token(),
                config.integer(Setting.POLL_TIMEOUT), config.integer(Setting.HANDLER_THREADS),
                new Outbox.Limits(config.decimal(Setting.CHAT_PER_SECOND), CHAT_BURST,
                        config.integer(Setting.GROUP_PER_MINUTE), config.integer(Setting.GLOBAL_PER_SECOND)),
                Duration.ofSeconds(config.integer(Setting.SHUTDOWN_GRACE)));
        return new TelegramBot(settings, context(config, engine));
    }

    private static Library.Options libraryOptions(BotConfig config, Path transcriptsOverride) {
        Path dir = transcriptsOverride != null ? transcriptsOverride : config.path(Setting.TRANSCRIPTS_DIR);
        QueryPlanner.Weights weights = new QueryPlanner.Weights((float) config.decimal(Setting.WEIGHT_TEXT),
                (float) config.decimal(Setting.WEIGHT_BIGRAMS), (float) config.decimal(Setting.WEIGHT_QUESTION),
                (float) config.decimal(Setting.WEIGHT_QUESTION_BIGRAMS));
        Semantic semantic = config.flag(Setting.SEMANTIC) ? Semantic.bge(config.semanticCacheDir()) : null;
        return new Library.Options(dir, null, weights, config.path(Setting.INDEX_DIR), semantic);
    }

    static Synonyms synonyms(BotConfig config) throws IOException {
        Path file = config.synonymsFile();
        if (file != null) {
            return Synonyms.load(file);
        }
        try (InputStream in = Wiring.class.getResourceAsStream(BotConfig.DEFAULTS + "synonyms.txt")) {
            return in == null ? Synonyms.none()
                    : Synonyms.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "synonyms.txt (bundled)");
        }
    }
}
