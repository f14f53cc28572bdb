package org.transcriptbot.bot.telegram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.transcriptbot.bot.config.BotConfig;
import org.transcriptbot.bot.core.Engine;

/** A fake Bot API server and a real bot polling it, with test-sized settings and a state folder of its own. */
final class BotHarness implements AutoCloseable {
    private static Engine engine;

    final FakeBotApi api;
    final Path stateDir;
    TelegramBot bot;
    private final Path configFile;

    BotHarness(String extraProperties) throws Exception {
        api = new FakeBotApi();
        stateDir = Files.createTempDirectory("bot-state");
        configFile = Files.createTempFile("bot", ".properties");
        Files.writeString(configFile, """
                polling.timeout.seconds=1
                shutdown.grace.seconds=5
                handler.threads=4
                limits.chat.per.second=20
                limits.chat.burst=20
                limits.group.per.minute=600
                limits.global.per.second=100
                limits.user.questions.per.minute=1000
                delivery.retry.max.millis=100
                """ + "state.dir=" + stateDir.toString().replace("\\", "/") + "\n" + extraProperties);
    }

    static synchronized Engine engine(BotConfig config) throws Exception {
        if (engine == null) {
            engine = Engine.start(config, null);
        }
        return engine;
    }

    BotConfig config(String token) throws Exception {
        return BotConfig.load(configFile, Map.of("TELEGRAM_BOT_TOKEN", token, "TELEGRAM_API_URL", api.url(),
                "BOT_ADMINS", "42"));
    }

    BotHarness start() throws Exception {
        BotConfig config = config(FakeBotApi.TOKEN);
        bot = TelegramBot.fromConfig(config, engine(config));
        bot.start();
        return this;
    }

    /** Stops the bot (as SIGTERM would) and starts a new one against the same server and state. */
    BotHarness restart() throws Exception {
        bot.close();
        return start();
    }

    @Override
    public void close() throws Exception {
        if (bot != null) {
            bot.close();
        }
        api.close();
        Files.deleteIfExists(configFile);
        try (Stream<Path> files = Files.walk(stateDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
