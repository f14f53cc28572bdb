package org.transcriptbot.bot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.transcriptbot.bot.app.Wiring;
import org.transcriptbot.bot.config.BotConfig;
import org.transcriptbot.bot.state.DeliveryStats;
import org.transcriptbot.bot.telegram.CallLog;
import org.transcriptbot.bot.telegram.FakeBotApi;
import org.transcriptbot.bot.telegram.TelegramBot;
import org.transcriptbot.bot.telegram.WindowCheck;

/**
 * Load run: N users ask Q questions each at once (most in private chats, one user in twenty in one
 * of a few groups) through the real bot, with Telegram's limits and its state in a temporary
 * folder, polling a loopback fake Bot API that, like Telegram, answers 429 beyond 30 messages a
 * second. Reports the time to the last answer against the minimum Telegram's 30 a second allows,
 * chats short of answers, the fullest sliding windows (overall 1 s, per chat 3 s, per group 60 s),
 * 429s, and the peak RSS of this JVM. Usage: java -Xmx512m -cp (bot test classpath)
 * org.transcriptbot.bot.bench.LoadRun [users] [questions each]
 */
public final class LoadRun {
    private static final int GROUP_EVERY = 20;
    private static final int GROUPS = 5;

    private LoadRun() {}

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int each = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path state = Files.createTempDirectory("load-state");
        Path cfg = Files.createTempFile("load", ".properties");
        Files.writeString(
                cfg,
                "polling.timeout.seconds=1\nsearch.semantic=false\nlimits.user.questions.per.minute=0\n"
                        + "state.dir="
                        + state
                        + "\n");
        List<String> questions = questions();
        try (FakeBotApi api = new FakeBotApi()) {
            api.messagesPerSecond = 30;
            BotConfig config =
                    BotConfig.load(
                            cfg,
                            Map.of(
                                    "TELEGRAM_BOT_TOKEN",
                                    FakeBotApi.TOKEN,
                                    "TELEGRAM_API_URL",
                                    api.url()));
            TelegramBot bot =
                    Wiring.telegramBot(
                            config,
                            Wiring.conversation(config, Wiring.loadedLibrary(config, null)));
            bot.start();
            api.calls.await("getUpdates", c -> true);
            Map<Long, Integer> expected = new HashMap<>();
            List<ObjectNode> batch = new ArrayList<>();
            for (int q = 0; q < each; q++) {
                for (int u = 0; u < users; u++) {
                    long user = 10_000 + u;
                    boolean inGroup = u % GROUP_EVERY == 0;
                    long chat = inGroup ? -100_000 - (u / GROUP_EVERY) % GROUPS : user;
                    String text = questions.get((u * each + q) % questions.size());
                    batch.add(
                            api.updates.messageUpdate(
                                    chat,
                                    inGroup ? "supergroup" : "private",
                                    api.updates.user(user, "zh"),
                                    inGroup ? "/ask " + text : text));
                    expected.merge(chat, 1, Integer::sum);
                }
            }
            long t0 = System.currentTimeMillis();
            api.updates.pushAll(batch);
            awaitDone(bot, users * each);
            report(api, expected, t0, users * each);
            bot.close();
        }
        System.exit(0);
    }

    /** Waits until the bot handled and sent everything (a bench may poll; a test may not). */
    private static void awaitDone(TelegramBot bot, int questions) throws InterruptedException {
        long idleSince = -1;
        for (int tick = 1; true; tick++) {
            Thread.sleep(500);
            DeliveryStats s = bot.deliveryStats();
            if (tick % 20 == 0) {
                System.out.printf(
                        "%3d s: %d to handle, %d to send, %d sent%n",
                        tick / 2, s.inboxDepth(), s.outboxDepth(), s.sent());
            }
            boolean idle = s.inboxDepth() == 0 && s.outboxDepth() == 0 && s.sent() >= questions;
            idleSince = idle ? (idleSince < 0 ? System.currentTimeMillis() : idleSince) : -1;
            if (idleSince > 0 && System.currentTimeMillis() - idleSince > 1_000) {
                return;
            }
        }
    }

    private static void report(FakeBotApi api, Map<Long, Integer> expected, long t0, int questions)
            throws Exception {
        List<CallLog.Call> sent = api.calls.ok("sendMessage");
        Map<Long, Integer> got = new HashMap<>();
        long last = t0;
        for (CallLog.Call c : sent) {
            got.merge(c.chatId(), 1, Integer::sum);
            last = Math.max(last, c.atMillis());
        }
        long short_ =
                expected.entrySet().stream()
                        .filter(e -> got.getOrDefault(e.getKey(), 0) < e.getValue())
                        .count();
        long throttled =
                api.calls.of("sendMessage").stream().filter(c -> c.status() == 429).count();
        String hwm =
                Files.readAllLines(Path.of("/proc/self/status")).stream()
                        .filter(l -> l.startsWith("VmHWM"))
                        .findFirst()
                        .orElse("VmHWM: ?")
                        .replaceAll("\\s+", " ");
        System.out.printf(
                "questions %d, messages delivered %d, chats short of an answer %d, 429s %d%n",
                questions, sent.size(), short_, throttled);
        System.out.printf(
                "last answer after %.1f s (Telegram's 30/s allows no less than %.1f s)%n",
                (last - t0) / 1e3, sent.size() / 30.0);
        System.out.printf(
                "fullest windows: %d in 1 s overall (30), %d in 3 s to one chat (3), %d in 60 s to one group (20)%n",
                WindowCheck.mostOverall(sent, 1_000),
                WindowCheck.mostPerChat(sent, 3_000, false),
                WindowCheck.mostPerChat(sent, 60_000, true));
        System.out.printf("peak RSS %s, -Xmx %d MB%n", hwm, Runtime.getRuntime().maxMemory() >> 20);
    }

    static List<String> questions() throws Exception {
        List<String> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (var in = LoadRun.class.getResourceAsStream("/eval/retrieval-dev.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    out.add(json.readTree(line).get("query").asText());
                }
            }
        }
        return out;
    }
}
