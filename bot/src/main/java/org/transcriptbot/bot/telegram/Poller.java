package org.transcriptbot.bot.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import org.transcriptbot.bot.conversation.Incoming;
import org.transcriptbot.bot.metrics.Metrics;
import org.transcriptbot.bot.state.Inbox;
import org.transcriptbot.bot.state.StateException;

/**
 * Our own getUpdates loop over the TelegramBots client, in place of the library's long-polling
 * application: that one confirms an update's offset as soon as it hands the update to the consumer
 * (before it is handled or stored), ends polling silently when the consumer throws, retries failed
 * polls on its own schedule ignoring retry_after, and leaves threads alive after close(). Here
 * updates are stored in the inbox first (with the offset that confirms them, in one transaction),
 * and only then does the next getUpdates confirm them: polling never waits for updates to be
 * handled. 401 and 409 end the bot; 429 waits retry_after; other failures are retried with backoff,
 * logged as one line (see OutageLog).
 */
final class Poller implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Poller.class);
    static final List<String> UPDATES =
            List.of("message", "edited_message", "callback_query", "inline_query");
    private static final int BATCH = 100;

    private final TelegramClient client;
    private final Inbox inbox;
    private final InboxWorker worker;
    private final DeliverySettings settings;
    private final Consumer<BotExit> fatal;
    private final ObjectMapper json = new ObjectMapper();
    private final OutageLog outage =
            new OutageLog(LOG, "Polling for updates", 60_000, System::currentTimeMillis);
    private final CountDownLatch stopped = new CountDownLatch(1);

    Poller(
            TelegramClient client,
            Inbox inbox,
            InboxWorker worker,
            DeliverySettings settings,
            Consumer<BotExit> fatal) {
        this.client = client;
        this.inbox = inbox;
        this.worker = worker;
        this.settings = settings;
        this.fatal = fatal;
    }

    @Override
    public void run() {
        while (stopped.getCount() > 0) {
            try {
                List<Update> updates =
                        client.execute(
                                GetUpdates.builder()
                                        .offset((int) inbox.nextOffset())
                                        .limit(BATCH)
                                        .timeout(settings.pollTimeoutSeconds())
                                        .allowedUpdates(UPDATES)
                                        .build());
                outage.succeeded();
                store(updates);
            } catch (TelegramApiException e) {
                if (stopped.getCount() == 0) {
                    return; // the poll was cancelled by stop()
                }
                if (!failed(ApiFailure.of(e))) {
                    return;
                }
            } catch (StateException e) {
                LOG.error("Updates could not be stored ({}); polling again in 5 s", e.getMessage());
                pause(5_000);
            }
        }
    }

    /**
     * Stores the updates (confirming them with the next poll) and hands the new ones to the worker.
     */
    private void store(List<Update> updates) {
        if (updates.isEmpty()) {
            return;
        }
        long now = System.currentTimeMillis();
        List<Inbox.Entry> entries = new ArrayList<>();
        long next = 0;
        for (Update u : updates) {
            next = Math.max(next, u.getUpdateId() + 1L);
            Incoming in = TelegramMapper.incoming(u);
            try {
                entries.add(
                        new Inbox.Entry(
                                u.getUpdateId(),
                                in == null ? 0 : TelegramMapper.orderKey(in),
                                json.writeValueAsString(u),
                                now));
            } catch (JsonProcessingException e) {
                LOG.error(
                        "Update {} cannot be stored ({}); skipped",
                        u.getUpdateId(),
                        e.getOriginalMessage());
            }
        }
        worker.submit(inbox.store(entries, next));
    }

    /** Acts on a failed poll; false when the bot must stop. */
    private boolean failed(ApiFailure f) {
        switch (f.kind()) {
            case TOKEN_REFUSED -> fatal.accept(BotExit.TOKEN_REFUSED);
            case CONFLICT -> fatal.accept(BotExit.CONFLICT);
            case RETRY_AFTER -> {
                Metrics.tooManyRequests();
                LOG.warn(
                        "Polling for updates: Telegram asks to wait {} s (429)",
                        f.retryAfterMs() / 1000);
                pause(f.retryAfterMs());
                return true;
            }
            default -> {
                outage.failed(f.reason());
                pause(outage.backoffMs(settings.retryMax().toMillis()));
                return true;
            }
        }
        return false;
    }

    private void pause(long millis) {
        try {
            stopped.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped.countDown();
        }
    }

    /** Ends the loop (the caller cancels the poll in flight). */
    void stop() {
        stopped.countDown();
    }
}
