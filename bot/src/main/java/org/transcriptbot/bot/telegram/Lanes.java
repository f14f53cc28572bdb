package org.transcriptbot.bot.telegram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.transcriptbot.bot.state.Outbox;

/**
 * The dispatcher's queues, one lane a chat: a chat's messages in order, whether one of them is
 * being sent, and until when the chat must wait (a 429). Not thread-safe: the dispatcher holds its
 * lock.
 */
final class Lanes {
    /** One chat's queue. */
    static final class Lane {
        final long chatId;
        final boolean group;
        final ArrayDeque<Outbox.Message> queue = new ArrayDeque<>();
        boolean busy;
        long notBefore;
        long startedAt;

        Lane(long chatId, boolean group) {
            this.chatId = chatId;
            this.group = group;
        }
    }

    private final Map<Long, Lane> byChat = new LinkedHashMap<>();

    void add(List<Outbox.Message> messages) {
        for (Outbox.Message m : messages) {
            byChat.computeIfAbsent(m.chatId(), id -> new Lane(id, m.group())).queue.addLast(m);
        }
    }

    /** The queues of the lanes not sending now (what may be dropped as too old). */
    List<ArrayDeque<Outbox.Message>> idleQueues() {
        return byChat.values().stream().filter(l -> !l.busy).map(l -> l.queue).toList();
    }

    /**
     * The lanes with a message to send and none in flight, the oldest question first (forgetting
     * the lanes with nothing left).
     */
    List<Lane> waiting() {
        byChat.values().removeIf(l -> !l.busy && l.queue.isEmpty());
        List<Lane> waiting = new ArrayList<>();
        for (Lane lane : byChat.values()) {
            if (!lane.busy) {
                waiting.add(lane);
            }
        }
        waiting.sort(Comparator.comparingLong(l -> l.queue.peekFirst().updateId()));
        return waiting;
    }

    /** Nothing queued and nothing in flight. */
    boolean empty() {
        return byChat.values().stream().allMatch(l -> l.queue.isEmpty() && !l.busy);
    }
}
