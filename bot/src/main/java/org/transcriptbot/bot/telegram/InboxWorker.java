package org.transcriptbot.bot.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.transcriptbot.bot.conversation.Conversation;
import org.transcriptbot.bot.conversation.Incoming;
import org.transcriptbot.bot.conversation.Outgoing;
import org.transcriptbot.bot.state.Inbox;
import org.transcriptbot.bot.state.Outbox;
import org.transcriptbot.bot.state.StateException;

/**
 * Handles the inbox: one chat's updates in order, different chats in parallel on the handler pool.
 * An update leaves the inbox in the transaction that puts its answers in the outbox, so a crash or
 * a shutdown in the middle leaves it to be handled again at the next start, never half done. Button
 * and inline answers go out at once.
 */
final class InboxWorker {
    private static final Logger LOG = LoggerFactory.getLogger(InboxWorker.class);

    private final Inbox inbox;
    private final Outbox outbox;
    private final Conversation conversation;
    private final Dispatcher dispatcher;
    private final LooseSender loose;
    private final ExecutorService handlers;
    private final ObjectMapper json =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final Map<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();
    private int inHand;
    private volatile boolean stopping;

    InboxWorker(
            Inbox inbox,
            Outbox outbox,
            Conversation conversation,
            Dispatcher dispatcher,
            LooseSender loose,
            ExecutorService handlers) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.conversation = conversation;
        this.dispatcher = dispatcher;
        this.loose = loose;
        this.handlers = handlers;
    }

    /** Hands stored updates to the handlers (in update order within each chat). */
    void submit(List<Inbox.Entry> entries) {
        for (Inbox.Entry e : entries) {
            synchronized (this) {
                inHand++;
            }
            Runnable task =
                    () -> {
                        try {
                            handle(e);
                        } finally {
                            synchronized (this) {
                                inHand--;
                                notifyAll();
                            }
                        }
                    };
            tails.compute(
                    e.chatKey(),
                    (k, tail) -> {
                        CompletableFuture<Void> next =
                                tail == null
                                        ? CompletableFuture.runAsync(task, handlers)
                                        : tail.thenRunAsync(task, handlers);
                        next.whenComplete((v, x) -> tails.remove(k, next));
                        return next;
                    });
        }
    }

    private void handle(Inbox.Entry e) {
        if (stopping) {
            return; // stays in the inbox for the next start
        }
        List<Outgoing> actions;
        try {
            Incoming in = TelegramMapper.incoming(json.readValue(e.payload(), Update.class));
            actions = in == null ? List.of() : conversation.handle(in);
        } catch (IOException | RuntimeException x) {
            LOG.error("Update {} could not be handled and is dropped", e.updateId(), x);
            actions = List.of();
        }
        typing(actions); // before the answer is queued: "typing…" never follows the answer it
        // announces
        List<Outbox.NewMessage> messages = chatMessages(actions);
        try {
            dispatcher.add(inbox.complete(e.updateId(), messages));
        } catch (StateException x) {
            LOG.warn(
                    "Update {} stays in the inbox to be handled again: {}",
                    e.updateId(),
                    x.getMessage());
            return;
        }
        sendLoose(actions);
    }

    /**
     * Replies the conversation promised for later (a finished reload): queued like answers, but for
     * no update.
     */
    void later(List<Outgoing> actions) {
        typing(actions);
        try {
            dispatcher.add(outbox.queue(chatMessages(actions)));
        } catch (StateException x) {
            LOG.warn("A later reply could not be queued: {}", x.getMessage());
        }
        sendLoose(actions);
    }

    private List<Outbox.NewMessage> chatMessages(List<Outgoing> actions) {
        List<Outbox.NewMessage> messages = new ArrayList<>();
        for (Outgoing a : actions) {
            if (a instanceof Outgoing.Send s) {
                OutgoingMapper.messages(s).forEach(o -> messages.add(queued(o)));
            } else if (a instanceof Outgoing.Edit ed) {
                messages.add(queued(OutgoingMapper.edit(ed)));
            }
        }
        return messages;
    }

    private void typing(List<Outgoing> actions) {
        for (Outgoing a : actions) {
            if (a instanceof Outgoing.Typing t) {
                loose.sendOnce(OutgoingMapper.typing(t));
            }
        }
    }

    /** Button and inline answers: at once, not through the outbox. */
    private void sendLoose(List<Outgoing> actions) {
        for (Outgoing a : actions) {
            if (a instanceof Outgoing.AnswerButton b) {
                loose.send(OutgoingMapper.answer(b));
            } else if (a instanceof Outgoing.AnswerInline q) {
                loose.send(OutgoingMapper.inline(q));
            }
        }
    }

    private Outbox.NewMessage queued(StoredMessage o) {
        return new Outbox.NewMessage(o.chatId(), o.group(), OutgoingJson.write(o));
    }

    /** Waits until every update handed over was handled, at most millis; true if none is left. */
    synchronized boolean awaitHandled(long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (inHand > 0) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    /** Handles nothing more: what is not yet handled stays in the inbox. */
    void stop() {
        stopping = true;
    }
}
