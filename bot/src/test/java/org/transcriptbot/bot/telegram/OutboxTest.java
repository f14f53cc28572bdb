package org.transcriptbot.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The outbox's limits with a frozen clock (the narrow seam: TelegramClient is mocked, the clock is ours): a
 * group gets at most 20 messages a minute, the rest wait in order and go out when the minute has passed.
 */
class OutboxTest {
    private final ScheduledExecutorService pool = Executors.newScheduledThreadPool(2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void aGroupFloodIsQueuedWithinTwentyAMinuteInOrder() throws Exception {
        TelegramClient client = mock(TelegramClient.class);
        List<String> sent = new CopyOnWriteArrayList<>();
        when(client.execute(any(BotApiMethod.class))).thenAnswer(inv -> {
            sent.add(((SendMessage) inv.getArgument(0)).getText());
            return null;
        });
        AtomicLong clock = new AtomicLong(1_000_000);
        Outbox outbox = new Outbox(client, pool, new Outbox.Limits(100, 100, 20, 1000), clock::get);
        for (int i = 0; i < 25; i++) {
            outbox.enqueue(-42, true, SendMessage.builder().chatId("-42").text("m" + i).build());
        }
        long end = System.currentTimeMillis() + 10_000;
        while (sent.size() < 20 && System.currentTimeMillis() < end) {
            Thread.sleep(10);
        }
        Thread.sleep(300);
        assertThat(sent).hasSize(20);
        assertThat(outbox.pending()).isEqualTo(5);
        clock.addAndGet(60_000);
        assertThat(outbox.awaitIdle(10_000)).isTrue();
        assertThat(sent).hasSize(25);
        for (int i = 0; i < 25; i++) {
            assertThat(sent.get(i)).isEqualTo("m" + i);
        }
        assertThat(outbox.chatCount()).isEqualTo(1);
        clock.addAndGet(61_000);
        outbox.forgetIdleChats();
        assertThat(outbox.chatCount()).isZero();
    }

    @Test
    void tokenBucketAllowsABurstThenTheRate() {
        TokenBucket b = new TokenBucket(3, 1, 0);
        for (int i = 0; i < 3; i++) {
            assertThat(b.delay(0)).isZero();
            b.take(0);
        }
        assertThat(b.delay(0)).isEqualTo(1000);
        assertThat(b.delay(500)).isEqualTo(500);
        assertThat(b.delay(1000)).isZero();
    }
}
