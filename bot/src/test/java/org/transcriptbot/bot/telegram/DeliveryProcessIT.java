package org.transcriptbot.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The packaged bot in its own JVM, stopped in the middle of its work and started again on the same
 * state folder: every question is answered, once (SIGTERM) or at most one message a chat twice
 * (SIGKILL).
 */
class DeliveryProcessIT {
    private static final Duration LONG = Duration.ofSeconds(90);
    private static final long GROUP = -100_777;

    /** "/ask 冬奥会 7" is answered with a message whose first line is "🔎 冬奥会 7". */
    private static String question(CallLog.Call c) {
        String text = c.text();
        return text.substring(0, text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n'));
    }

    private static List<ObjectNode> questions(
            FakeBotApi api, int groupQuestions, int privateChats, int perChat) {
        List<ObjectNode> out = new ArrayList<>();
        for (int i = 0; i < groupQuestions; i++) {
            out.add(
                    api.updates.messageUpdate(
                            GROUP, "supergroup", api.updates.user(500 + i, "zh"), "/ask 冬奥会 " + i));
        }
        for (int q = 0; q < perChat; q++) {
            for (int chat = 0; chat < privateChats; chat++) {
                out.add(
                        api.updates.messageUpdate(
                                700 + chat,
                                "private",
                                api.updates.user(700 + chat, "zh"),
                                "/ask 一带一路 " + chat + "-" + q));
            }
        }
        return out;
    }

    private static Map<String, Long> answersPerQuestion(FakeBotApi api) {
        return api.calls.ok("sendMessage").stream()
                .collect(Collectors.groupingBy(DeliveryProcessIT::question, Collectors.counting()));
    }

    @Test
    void sigtermWithThirtyQuestionsInHandAnswersEachExactlyOnceAfterTheRestart(@TempDir Path dir)
            throws Exception {
        try (FakeBotApi api = new FakeBotApi()) {
            // the group's 20 a minute holds 4 of its 24 answers back: they are in hand at SIGTERM
            // for sure
            String props = "shutdown.grace.seconds=0\nlimits.chat.per.second=20\n";
            try (BotProcess first = BotProcess.start(api, dir, "first", props)) {
                api.calls.await("getUpdates", c -> true, LONG);
                api.updates.pushAll(questions(api, 24, 6, 1));
                api.calls.await("sendMessage", c -> true, LONG);
                first.sigterm();
                assertThat(first.stderr())
                        .contains("kept for the next start")
                        .contains("Stopped")
                        .doesNotContain(" ERROR ")
                        .doesNotContain(FakeBotApi.TOKEN);
            }
            int before = api.calls.ok("sendMessage").size();
            try (BotProcess second = BotProcess.start(api, dir, "second", props)) {
                api.calls.awaitCount("sendMessage", c -> c.ok(), 30, LONG);
                second.sigterm();
            }
            assertThat(before).as("answered before SIGTERM").isLessThan(30);
            assertThat(answersPerQuestion(api))
                    .hasSize(30)
                    .allSatisfy((q, n) -> assertThat(n).as(q).isEqualTo(1L));
            assertThat(WindowCheck.mostPerChat(api.calls.ok("sendMessage"), 60_000, true))
                    .as("group window across the restart")
                    .isEqualTo(20);
            assertThat(api.errors).isEmpty();
        }
    }

    @Test
    void sigkillWithFortyQuestionsInHandAnswersEveryOneAtMostOneTwiceAChat(@TempDir Path dir)
            throws Exception {
        try (FakeBotApi api = new FakeBotApi()) {
            try (BotProcess first = BotProcess.start(api, dir, "first", "")) {
                api.calls.await("getUpdates", c -> true, LONG);
                api.updates.pushAll(questions(api, 0, 10, 4));
                api.calls.await("sendMessage", c -> true, LONG);
                first.sigkill();
            }
            try (BotProcess second = BotProcess.start(api, dir, "second", "")) {
                api.calls.awaitCount("sendMessage", c -> c.ok(), 40, LONG);
                awaitAllAnswered(api, 40);
                second.sigterm();
            }
            Map<String, Long> answers = answersPerQuestion(api);
            assertThat(answers).hasSize(40);
            Map<Long, Long> repeatsPerChat =
                    api.calls.ok("sendMessage").stream()
                            .collect(
                                    Collectors.groupingBy(
                                            CallLog.Call::chatId, Collectors.counting()));
            assertThat(repeatsPerChat)
                    .allSatisfy((chat, n) -> assertThat(n).as("chat " + chat).isBetween(4L, 5L));
        }
    }

    private static void awaitAllAnswered(FakeBotApi api, int questions)
            throws InterruptedException {
        api.calls.awaitCount(
                "sendMessage", c -> c.ok() && answersPerQuestion(api).size() >= questions, 1, LONG);
    }

    @ParameterizedTest(name = "{0} exits with {1}")
    @CsvSource({
        "401, 78, the bot token was refused", // revoked token
        "409, 75, another instance is polling this bot" // a second instance
    })
    void telegramEndingTheBotExitsWithItsCodeAndOneSentence(
            int status, int exit, String sentence, @TempDir Path dir) throws Exception {
        assertThat(exitAfterPollFails(dir, status))
                .satisfies(
                        e -> {
                            assertThat(e.getKey()).isEqualTo(exit);
                            assertThat(e.getValue())
                                    .contains(sentence)
                                    .doesNotContain(FakeBotApi.TOKEN)
                                    .doesNotContain("\tat ");
                        });
    }

    private static Map.Entry<Integer, String> exitAfterPollFails(Path dir, int code)
            throws Exception {
        try (FakeBotApi api = new FakeBotApi();
                BotProcess bot = BotProcess.start(api, dir, "run", "")) {
            api.calls.await("getUpdates", c -> true, LONG);
            api.fail("getUpdates", 1, code, 0);
            int exit = bot.exitCode();
            return Map.entry(exit, bot.stderr());
        }
    }
}
