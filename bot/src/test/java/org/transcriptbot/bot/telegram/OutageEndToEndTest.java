package org.transcriptbot.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The real bot against the fake Bot API while the API fails: nothing is lost, retries go on as long
 * as the failure lasts (short backoff in tests), and the log says so in one line, not one stack
 * trace a poll.
 */
class OutageEndToEndTest {
    private BotHarness h;

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    private List<String> logSince(int mark) {
        List<String> lines = List.copyOf(MemoryAppender.LINES);
        return lines.subList(mark, lines.size());
    }

    @Test
    void sendMessageFailingLongerThanTheOldRetriesDeliversEveryAnswerOnceAfterRecovery()
            throws Exception {
        h = new BotHarness("").start();
        FakeBotApi api = h.api;
        int mark = MemoryAppender.LINES.size();
        api.failUntilHealed("sendMessage", 502);
        for (int user = 1; user <= 20; user++) {
            api.updates.pushMessage(user, "private", api.updates.user(user, "zh"), "/ask 冬奥会");
        }
        api.calls.awaitCount("sendMessage", c -> c.status() == 502, 30, Duration.ofSeconds(30));
        api.heal("sendMessage");
        api.calls.awaitCount(
                "sendMessage", c -> c.ok() && c.chatId() == 20, 1, Duration.ofSeconds(30));
        h.bot.close(); // drains what is left
        Map<Long, Long> perChat =
                api.calls.ok("sendMessage").stream()
                        .collect(
                                Collectors.groupingBy(CallLog.Call::chatId, Collectors.counting()));
        assertThat(perChat).hasSize(20).allSatisfy((chat, n) -> assertThat(n).isEqualTo(1L));
        assertThat(logSince(mark).stream().filter(l -> l.contains("Sending messages failed")))
                .hasSize(1);
        assertThat(logSince(mark).stream().filter(l -> l.contains("Sending messages works again")))
                .hasSize(1);
    }

    @Test
    void getMeFailingAtStartUpIsRetriedAndFailedPollsAreOneWarnLineWithoutAStackTrace()
            throws Exception {
        h = new BotHarness("");
        int mark = MemoryAppender.LINES.size();
        h.api.fail("getMe", 3, 502, 0);
        h.api.fail("getUpdates", 6, 503, 0);
        h.start();
        h.api.updates.pushMessage(1, "private", h.api.updates.user(1, "zh"), "/ask 一带一路");
        h.api.calls.await("sendMessage", c -> c.chatId() == 1);
        List<String> log = logSince(mark);
        assertThat(
                        log.stream()
                                .filter(
                                        l ->
                                                l.contains(
                                                        "Polling for updates failed: 503 Service Unavailable")))
                .hasSize(1);
        assertThat(log.stream().filter(l -> l.contains("Signing in (getMe)") && l.contains("502")))
                .hasSize(1);
        assertThat(log).noneMatch(l -> l.contains("\tat ") || l.contains("Exception"));
        assertThat(h.api.calls.of("getUpdates").stream().filter(c -> c.status() == 503)).hasSize(6);
    }

    @Test
    void aChatThatBlockedTheBotIsLoggedOnceAndOthersStillGetTheirAnswers() throws Exception {
        h = new BotHarness("").start();
        int mark = MemoryAppender.LINES.size();
        h.api.fail("sendMessage", 1, 403, 0);
        h.api.updates.pushMessage(1, "private", h.api.updates.user(1, "zh"), "/ask 一带一路");
        h.api.calls.awaitCount("sendMessage", c -> c.status() == 403, 1, Duration.ofSeconds(20));
        h.api.updates.pushMessage(2, "private", h.api.updates.user(2, "zh"), "/ask 冬奥会");
        h.api.calls.await("sendMessage", c -> c.chatId() == 2);
        h.bot.close(); // waits for the sends in flight, and their log lines
        assertThat(logSince(mark))
                .filteredOn(l -> l.contains("refused by Telegram for good"))
                .singleElement()
                .asString()
                .contains("403 Forbidden: bot was blocked by the user");
        assertThat(h.bot.deliveryStats().refusals()).isEqualTo(1);
    }
}
