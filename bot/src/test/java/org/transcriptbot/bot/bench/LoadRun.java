package org.transcriptbot.bot.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.LongPollingSingleThreadUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.transcriptbot.bot.config.BotConfig;
import org.transcriptbot.bot.app.Wiring;
import org.transcriptbot.bot.conversation.Conversation;
import org.transcriptbot.bot.conversation.Incoming;
import org.transcriptbot.bot.conversation.LiveLibrary;
import org.transcriptbot.bot.conversation.Outgoing;
import org.transcriptbot.bot.telegram.FakeBotApi;
import org.transcriptbot.bot.telegram.TelegramBot;
import org.transcriptbot.bot.telegram.TelegramMapperAccess;

/**
 * Load run: N users ask at once (one question each, private chats) through the real bot polling a loopback
 * fake Bot API that, like Telegram, answers 429 beyond 30 messages a second. Reports time to the last answer,
 * latency from update to answer (p50/p99), heap, and answers lost or sent twice; then the same load through the
 * TelegramBots library's plain single-threaded consumer sending each answer directly.
 * Usage: java -cp (bot test classpath) org.transcriptbot.bot.bench.LoadRun [users]
 */
public final class LoadRun {
    private LoadRun() {
    }

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Path cfg = Files.createTempFile("load", ".properties");
        Files.writeString(cfg, "polling.timeout.seconds=1\nsearch.semantic=false\nlimits.user.questions.per.minute=0\n");
        List<String> questions = questions();
        LiveLibrary engine = Wiring.loadedLibrary(BotConfig.load(cfg, Map.of()), null);
        System.out.printf("%-34s %6s %10s %9s %9s %6s %6s %8s %8s%n", "consumer", "users", "last (s)", "p50 (ms)",
                "p99 (ms)", "lost", "twice", "429s", "heap MB");
        run("transcript-bot (pipeline + outbox)", users, questions, cfg, engine, false);
        run("library single-thread consumer", users, questions, cfg, engine, true);
        System.exit(0);
    }

    static List<String> questions() throws Exception {
        List<String> out = new ArrayList<>();
        try (var in = LoadRun.class.getResourceAsStream("/eval/retrieval-dev.jsonl")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    out.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).get("query").asText());
                }
            }
        }
        return out;
    }

    static void run(String name, int users, List<String> questions, Path cfg, LiveLibrary engine, boolean plain) throws Exception {
        try (FakeBotApi api = new FakeBotApi()) {
            api.messagesPerSecond = 30;
            BotConfig config = BotConfig.load(cfg, Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_API_URL", api.url()));
            AutoCloseable bot = plain ? startPlain(config, engine, api) : startOurs(config, engine);
            api.await("getUpdates", c -> true, Duration.ofSeconds(20));
            List<ObjectNode> batch = new ArrayList<>();
            Map<Long, Long> pushedAt = new HashMap<>();
            long t0 = System.currentTimeMillis();
            for (int u = 0; u < users; u++) {
                long chat = 10_000 + u;
                ObjectNode upd = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
                upd.set("message", api.message(chat, "private", api.user(chat, "zh"), questions.get(u % questions.size())));
                upd.put("update_id", api.nextUpdateId());
                batch.add(upd);
                pushedAt.put(chat, t0);
            }
            api.pushAll(batch);
            long deadline = System.currentTimeMillis() + 120_000;
            long lastAnswerAt = t0;
            int quietMs = 0;
            int answeredBefore = -1;
            while (System.currentTimeMillis() < deadline) {
                int answered = (int) api.calls.stream().filter(c -> c.ok() && c.method().equals("sendmessage")).count();
                if (answered >= users) {
                    break;
                }
                quietMs = answered == answeredBefore ? quietMs + 200 : 0;
                answeredBefore = answered;
                if (quietMs >= 8000) {
                    break; // nothing more is coming
                }
                Thread.sleep(200);
            }
            Map<Long, Integer> perChat = new HashMap<>();
            List<Long> latencies = new ArrayList<>();
            for (FakeBotApi.Call c : api.calls) {
                if (c.ok() && c.method().equals("sendmessage")) {
                    perChat.merge(c.chatId(), 1, Integer::sum);
                    if (perChat.get(c.chatId()) == 1 && pushedAt.containsKey(c.chatId())) {
                        latencies.add(c.atMillis() - pushedAt.get(c.chatId()));
                        lastAnswerAt = Math.max(lastAnswerAt, c.atMillis());
                    }
                }
            }
            long throttled = api.calls.stream().filter(c -> c.status() == 429).count();
            long lost = users - perChat.size();
            long twice = perChat.values().stream().filter(v -> v > 1).count();
            long[] l = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            System.gc();
            long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            System.out.printf("%-34s %6d %10.1f %9d %9d %6d %6d %8d %8.0f%n", name, users, (lastAnswerAt - t0) / 1000.0,
                    pct(l, 50), pct(l, 99), lost, twice, throttled, heap / 1e6);
            bot.close();
        }
    }

    static long pct(long[] sorted, int p) {
        return sorted.length == 0 ? -1 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static AutoCloseable startOurs(BotConfig config, LiveLibrary engine) throws Exception {
        TelegramBot bot = Wiring.telegramBot(config, Wiring.conversation(config, engine));
        bot.start();
        return bot;
    }

    /** The library's intended simple path: one thread consumes updates and calls the client for each answer. */
    static AutoCloseable startPlain(BotConfig config, LiveLibrary engine, FakeBotApi api) throws Exception {
        Conversation router = Wiring.conversation(config, engine);
        router.identity(FakeBotApi.BOT_ID, FakeBotApi.USERNAME);
        java.net.URI u = config.apiUrl();
        TelegramUrl url = new TelegramUrl(u.getScheme(), u.getHost(), u.getPort(), false);
        OkHttpTelegramClient client = new OkHttpTelegramClient(FakeBotApi.TOKEN, url);
        TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication();
        app.registerBot(FakeBotApi.TOKEN, () -> url, new org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator(),
                new LongPollingSingleThreadUpdateConsumer() {
                    @Override
                    public void consume(Update update) {
                        Incoming in = TelegramMapperAccess.incoming(update);
                        if (in == null) {
                            return;
                        }
                        for (Outgoing a : router.handle(in)) {
                            try {
                                if (a instanceof Outgoing.Send s) {
                                    for (var m : TelegramMapperAccess.send(s)) {
                                        client.execute(m);
                                    }
                                }
                            } catch (Exception e) {
                                // the plain path: a failed send is just lost
                            }
                        }
                    }
                });
        return app;
    }

}
