package org.transcriptbot.bot.core;

import java.util.Set;

/**
 * What routing needs to know: the engine, who the bot is (learned with getMe), who administers it, and the
 * limits in force.
 */
public final class BotContext {
    public final Engine engine;
    public final Set<Long> admins;
    public final int results;
    public final int inlineCacheSeconds;
    public final Lang defaultLang;
    public final UserLimiter limiter;
    public final Sessions sessions = new Sessions(20_000);
    public final Stats stats = new Stats();
    private volatile long botId;
    private volatile String username = "transcript_bot";

    public BotContext(Engine engine, Set<Long> admins, int results, int inlineCacheSeconds, Lang defaultLang,
                      UserLimiter limiter) {
        this.engine = engine;
        this.admins = Set.copyOf(admins);
        this.results = results;
        this.inlineCacheSeconds = inlineCacheSeconds;
        this.defaultLang = defaultLang;
        this.limiter = limiter;
    }

    /** The context from the configuration. */
    public static BotContext fromConfig(org.transcriptbot.bot.config.BotConfig config, Engine engine)
            throws org.transcriptbot.bot.config.ConfigException {
        return new BotContext(engine, config.admins(), config.intValue("search.results", 1, 10),
                config.intValue("inline.cache.seconds", 0, 86_400),
                Lang.of(config.get("bot.language.default", "zh"), Lang.ZH),
                new UserLimiter(config.intValue("limits.user.questions.per.minute", 0, 10_000), System::currentTimeMillis));
    }

    public void identity(long id, String username) {
        this.botId = id;
        this.username = username;
    }

    public long botId() {
        return botId;
    }

    public String username() {
        return username;
    }
}
