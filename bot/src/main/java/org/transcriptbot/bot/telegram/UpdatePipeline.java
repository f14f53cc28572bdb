package org.transcriptbot.bot.telegram;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.transcriptbot.bot.conversation.Conversation;
import org.transcriptbot.bot.conversation.Incoming;
import org.transcriptbot.bot.conversation.Outgoing;

/**
 * The long-polling consumer. consume() never throws (an exception out of it would silently end the library's
 * polling loop): each update is handed to the handler pool, one chat's updates in order, different chats in
 * parallel. An update is marked done (and so confirmed) only after its answers were computed and queued; an
 * update id seen before is not handled again.
 */
public final class UpdatePipeline implements LongPollingUpdateConsumer {
    private static final Logger LOG = LoggerFactory.getLogger(UpdatePipeline.class);
    private static final int SEEN = 20_000;

    private final Conversation conversation;
    private final Outbox outbox;
    private final ExecutorService handlers;
    private final OffsetTracker offsets = new OffsetTracker();
    private final Map<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();
    private final Map<Integer, Boolean> seen = new LinkedHashMap<>(1024, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Boolean> eldest) {
            return size() > SEEN;
        }
    };
    private volatile boolean accepting = true;

    public UpdatePipeline(Conversation conversation, Outbox outbox, ExecutorService handlers) {
        this.conversation = conversation;
        this.outbox = outbox;
        this.handlers = handlers;
    }

    @Override
    public void consume(List<Update> updates) {
        try {
            for (Update u : updates) {
                accept(u);
            }
        } catch (Throwable t) {
            LOG.error("Unexpected failure while taking updates; polling goes on", t);
        }
    }

    private void accept(Update u) {
        if (u == null || u.getUpdateId() == null) {
            return;
        }
        int id = u.getUpdateId();
        synchronized (seen) {
            if (seen.put(id, Boolean.TRUE) != null) {
                LOG.debug("Update {} seen before; not handled again", id);
                return;
            }
        }
        if (!accepting) {
            return; // shutting down: left unconfirmed, Telegram delivers it again after the restart
        }
        offsets.received(id);
        Incoming in;
        try {
            in = TelegramMapper.incoming(u);
        } catch (RuntimeException e) {
            LOG.error("Update {} could not be read; skipped", id, e);
            offsets.done(id);
            return;
        }
        if (in == null) {
            offsets.done(id);
            return;
        }
        long key = key(in);
        Runnable task = () -> {
            try {
                perform(conversation.handle(in));
            } catch (Throwable t) {
                LOG.error("Update {} failed", id, t);
            } finally {
                offsets.done(id);
            }
        };
        tails.compute(key, (k, tail) -> {
            CompletableFuture<Void> next = tail == null ? CompletableFuture.runAsync(task, handlers)
                    : tail.thenRunAsync(task, handlers);
            next.whenComplete((v, e) -> tails.remove(k, next));
            return next;
        });
    }

    /** Updates of one chat (or one user, for inline queries) are handled in order. */
    private static long key(Incoming in) {
        if (in instanceof Incoming.ChatMessage m) {
            return m.chatId();
        }
        if (in instanceof Incoming.ButtonPress b && b.chatId() != null) {
            return b.chatId();
        }
        return in.from() == null ? 0 : in.from().id();
    }

    /** Queues the replies for sending (also the replies a conversation has ready later). */
    public void perform(List<Outgoing> actions) {
        for (Outgoing a : actions) {
            if (a instanceof Outgoing.Send s) {
                for (SendMessage m : TelegramMapper.send(s)) {
                    outbox.enqueue(s.chatId(), s.group(), m);
                }
            } else if (a instanceof Outgoing.Edit e) {
                outbox.enqueue(e.chatId(), e.chatId() < 0, TelegramMapper.edit(e));
            } else if (a instanceof Outgoing.AnswerButton b) {
                outbox.sendNow(TelegramMapper.answer(b));
            } else if (a instanceof Outgoing.AnswerInline q) {
                outbox.sendNow(TelegramMapper.inline(q));
            } else if (a instanceof Outgoing.Typing t) {
                outbox.sendBestEffort(TelegramMapper.typing(t));
            }
        }
    }

    /** The offset for the next getUpdates. */
    public int offset() {
        return offsets.offset();
    }

    public boolean awaitHandled(long millis) throws InterruptedException {
        return offsets.awaitIdle(millis);
    }

    public int inFlight() {
        return offsets.inFlight();
    }

    /** Stops taking new updates (those arriving later stay unconfirmed). */
    public void stopAccepting() {
        accepting = false;
    }

}
