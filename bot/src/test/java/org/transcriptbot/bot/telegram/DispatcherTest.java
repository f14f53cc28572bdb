package org.transcriptbot.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import org.transcriptbot.bot.state.Inbox;
import org.transcriptbot.bot.state.Outbox;
import org.transcriptbot.bot.state.SendLog;
import org.transcriptbot.bot.state.StateDb;

/**
 * The dispatcher on a real state file with a frozen clock that only the test moves, sends run in
 * the calling thread, and the narrow seam mocked: the TelegramClient, which records what was sent
 * and when (by the clock).
 */
class DispatcherTest {
    /** Telegram's published limits (the defaults of the limits.* settings). */
    private static final SendLimits TELEGRAM =
            new SendLimits(
                    3, Duration.ofSeconds(3), 20, Duration.ofMinutes(1), 30, Duration.ofSeconds(1));

    private static final long GROUP = -42;
    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final List<long[]> sent = new CopyOnWriteArrayList<>(); // chat id, clock
    private final List<String> texts = new CopyOnWriteArrayList<>();
    private final TelegramClient client = mock(TelegramClient.class);
    private final List<BotExit> exits = new ArrayList<>();
    @TempDir Path dir;
    private StateDb db;
    private Outbox outbox;
    private SendLog sendLog;
    private Inbox inbox;
    private Dispatcher dispatcher;
    private int nextUpdate = 1;

    @BeforeEach
    void open() throws Exception {
        onSend(m -> texts.add(m.getText()));
        reopen();
    }

    /** What the fake Bot API does with a message before it is counted as sent (it may throw). */
    private interface SendBehaviour {
        void before(SendMessage m) throws TelegramApiException;
    }

    /** Stubs the client: each message goes through behaviour, then counts as sent (chat, time). */
    private void onSend(SendBehaviour behaviour) throws Exception {
        when(client.execute(any(BotApiMethod.class)))
                .thenAnswer(
                        inv -> {
                            SendMessage m = inv.getArgument(0);
                            behaviour.before(m);
                            sent.add(new long[] {Long.parseLong(m.getChatId()), clock.get()});
                            return null;
                        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    /**
     * As a restart does: a new dispatcher on the same file, its windows rebuilt from the send log.
     */
    private void reopen() {
        if (db != null) {
            db.close();
        }
        db = StateDb.open(dir);
        sendLog = new SendLog(db);
        outbox = new Outbox(db, sendLog, clock::get);
        inbox = new Inbox(db, outbox);
        SendWindows windows = new SendWindows(TELEGRAM);
        windows.restore(sendLog.since(clock.get() - TELEGRAM.longest().toMillis()));
        DeliverySettings settings =
                new DeliverySettings(
                        null,
                        "t",
                        dir,
                        1,
                        1,
                        TELEGRAM,
                        Duration.ofHours(24),
                        Duration.ofSeconds(30),
                        Duration.ZERO);
        dispatcher =
                new Dispatcher(
                        client,
                        outbox,
                        sendLog,
                        windows,
                        Runnable::run,
                        clock::get,
                        settings,
                        exits::add);
        dispatcher.add(outbox.all());
    }

    private void queue(long chatId, int n) {
        List<Outbox.NewMessage> messages = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StoredMessage o =
                    new StoredMessage(chatId, chatId < 0, null, "m" + i, true, null, null, null);
            messages.add(new Outbox.NewMessage(chatId, chatId < 0, OutgoingJson.write(o)));
        }
        int id = nextUpdate++;
        inbox.store(List.of(new Inbox.Entry(id, chatId, "{}", clock.get())), id + 1);
        dispatcher.add(inbox.complete(id, messages));
    }

    /**
     * Rounds until a round starts nothing (sends run in this thread); returns the wait the last
     * round asked for.
     */
    private long runDue() {
        int before;
        long wait;
        do {
            before = sent.size();
            wait = dispatcher.dispatchDue();
        } while (sent.size() > before);
        return wait;
    }

    @Test
    void aGroupGetsTwentyInAnySixtySecondsAcrossARestart() {
        long start = clock.get();
        queue(GROUP, 45);
        for (int halfSeconds = 0; halfSeconds <= 400; halfSeconds++) {
            if (halfSeconds == 60) {
                reopen(); // 30 s in: a restart gives no fresh allowance
            }
            runDue();
            clock.addAndGet(500);
        }
        assertThat(sent).hasSize(45);
        assertThat(sent.stream().filter(s -> s[1] < start + 60_000)).hasSize(20);
        assertThat(mostInAnyWindow(60_000)).isEqualTo(20);
        assertThat(mostInAnyWindow(3_000)).as("one chat: 3 in any 3 s").isEqualTo(3);
        assertThat(texts).startsWith("m0", "m1", "m2").endsWith("m43", "m44");
        assertThat(outbox.depth()).isZero();
    }

    private int mostInAnyWindow(long windowMs) {
        int most = 0;
        for (long[] s : sent) {
            most =
                    Math.max(
                            most,
                            (int)
                                    sent.stream()
                                            .filter(o -> o[1] >= s[1] && o[1] < s[1] + windowMs)
                                            .count());
        }
        return most;
    }

    @Test
    void aPrivateChatGetsThreeInABurstThenOneASecondAndAllChatsThirtyASecond() {
        for (int chat = 1; chat <= 20; chat++) {
            queue(chat, 5);
        }
        runDue();
        assertThat(sent).as("30 a second overall").hasSize(30);
        clock.addAndGet(1_000);
        runDue();
        assertThat(sent).as("every chat had its burst of 3").hasSize(60);
        assertThat(sent.stream().filter(s -> s[0] == 1)).hasSize(3);
        clock.addAndGet(2_000);
        runDue();
        assertThat(sent).hasSize(90);
    }

    @Test
    void sendingFailingForSixtySecondsDeliversEverythingAfterwardsInOrder() throws Exception {
        long recovery = clock.get() + 60_000;
        AtomicInteger failures = new AtomicInteger();
        onSend(
                m -> {
                    if (clock.get() < recovery) {
                        failures.incrementAndGet();
                        throw new TelegramApiException(
                                "Unable to execute sendmessage method",
                                new IOException("Connection refused"));
                    }
                    texts.add(m.getText());
                });
        queue(7, 3);
        queue(8, 2);
        while (sent.size() < 5) {
            clock.addAndGet(Math.max(1, runDue()));
        }
        assertThat(failures.get()).as("retried for as long as the outage lasted").isGreaterThan(6);
        assertThat(texts).containsExactlyInAnyOrder("m0", "m1", "m2", "m0", "m1");
        assertThat(dispatcher.counters().dropped.get()).isZero();
        assertThat(outbox.depth()).isZero();
    }

    @Test
    void answersOlderThanTheMaximumAgeAreDroppedNotRetriedForever() throws Exception {
        when(client.execute(any(BotApiMethod.class)))
                .thenThrow(
                        new TelegramApiRequestException(
                                "x", new ApiResponse<>(false, 502, "Bad Gateway", null, null)));
        queue(7, 3);
        runDue();
        clock.addAndGet(Duration.ofHours(24).toMillis() + 1);
        runDue();
        assertThat(outbox.depth()).isZero();
        assertThat(dispatcher.counters().dropped.get()).isEqualTo(3);
    }

    @Test
    void refusalsLeaveTheOutboxAndA429HoldsOnlyItsChat() throws Exception {
        onSend(
                m -> {
                    if (m.getChatId().equals("5")) {
                        throw new TelegramApiRequestException(
                                "x",
                                new ApiResponse<>(
                                        false,
                                        403,
                                        "Forbidden: bot was blocked by the user",
                                        null,
                                        null));
                    }
                    if (m.getChatId().equals("6") && sent.stream().noneMatch(s -> s[0] == -6)) {
                        sent.add(new long[] {-6, clock.get()});
                        throw new TelegramApiRequestException(
                                "x",
                                new ApiResponse<>(
                                        false,
                                        429,
                                        "Too Many Requests",
                                        new ResponseParameters(null, 7),
                                        null));
                    }
                });
        queue(5, 2);
        queue(6, 1);
        queue(9, 1);
        runDue();
        assertThat(sent.stream().filter(s -> s[0] == 9)).hasSize(1);
        assertThat(sent.stream().filter(s -> s[0] == 6)).isEmpty();
        clock.addAndGet(7_000);
        runDue();
        assertThat(sent.stream().filter(s -> s[0] == 6)).hasSize(1);
        assertThat(dispatcher.counters().refusals.get()).isEqualTo(2);
        assertThat(outbox.depth()).isZero();
        assertThat(exits).isEmpty();
    }
}
