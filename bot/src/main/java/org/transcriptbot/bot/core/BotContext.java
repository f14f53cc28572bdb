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
