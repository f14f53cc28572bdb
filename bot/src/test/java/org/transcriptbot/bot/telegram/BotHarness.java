package org.transcriptbot.bot.telegram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.transcriptbot.bot.app.Wiring;
import org.transcriptbot.bot.config.BotConfig;
import org.transcriptbot.bot.conversation.Conversation;
import org.transcriptbot.bot.conversation.LiveLibrary;

/**
 * A fake Bot API server and a real bot polling it, with test-sized settings and a state folder of
 * its own.
 */
final class BotHarness implements AutoCloseable {
    private static LiveLibrary library;

    final FakeBotApi api;
    final Path stateDir;
    TelegramBot bot;
    private final Path configFile;

    BotHarness(String extraProperties) throws Exception {
        api = new FakeBotApi();
        stateDir = Files.createTempDirectory("bot-state");
        configFile = Files.createTempFile("bot", ".properties");
        Files.writeString(
                configFile,
                """
                polling.timeout.seconds=1
                shutdown.grace.seconds=5
                handler.threads=4
                limits.chat.per.second=20
                limits.chat.burst=20
                limits.group.per.minute=600
                limits.global.per.second=100
                limits.user.questions.per.minute=1000
                delivery.retry.max.millis=100
                """
                        + "state.dir="
                        + stateDir.toString().replace("\\", "/")
                        + "\n"
                        + extraProperties);
    }

    /** A conversation over the library the tests share (loaded once). */
    static synchronized Conversation conversation(BotConfig config) throws Exception {
        if (library == null) {
            library = Wiring.loadedLibrary(config, null);
        }
        return Wiring.conversation(config, library);
    }

    BotConfig config(String token) throws Exception {
        return BotConfig.load(
                configFile,
                Map.of(
                        "TELEGRAM_BOT_TOKEN",
                        token,
                        "TELEGRAM_API_URL",
                        api.url(),
                        "BOT_ADMINS",
                        "42"));
    }

    BotHarness start() throws Exception {
        BotConfig config = config(FakeBotApi.TOKEN);
        bot = Wiring.telegramBot(config, conversation(config));
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
