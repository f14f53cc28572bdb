package org.transcriptbot.bot.telegram;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.transcriptbot.bot.state.SendLog;

/**
 * The sliding windows of every chat, every group and all chats together. Not thread-safe (the
 * dispatcher locks).
 */
final class SendWindows {
    private final SendLimits limits;
    private final SlidingWindow all;
    private final Map<Long, SlidingWindow> chats = new HashMap<>();
    private final Map<Long, SlidingWindow> groups = new HashMap<>();

    SendWindows(SendLimits limits) {
        this.limits = limits;
        this.all = new SlidingWindow(limits.allMessages(), limits.allWindow().toMillis());
    }

    /** Rebuilds the windows from the send log (after a restart). */
    void restore(List<SendLog.Stamp> stamps) {
        for (SendLog.Stamp s : stamps) {
            all.add(s.sentAt());
            chat(s.chatId()).add(s.sentAt());
            if (s.group()) {
                group(s.chatId()).add(s.sentAt());
            }
        }
    }

    /** Milliseconds until a message to the chat may start (0 = now). */
    long waitMs(long chatId, boolean group, long now) {
        long wait = Math.max(all.waitMs(now), chat(chatId).waitMs(now));
        return group ? Math.max(wait, group(chatId).waitMs(now)) : wait;
    }

    void start(long chatId, boolean group) {
        all.start();
        chat(chatId).start();
        if (group) {
            group(chatId).start();
        }
    }

    void end(long chatId, boolean group, boolean accepted, long now) {
        all.end(accepted, now);
        chat(chatId).end(accepted, now);
        if (group) {
            group(chatId).end(accepted, now);
        }
    }

    /** Forgets the windows of chats that hold nothing (memory stays bounded with many chats). */
    void forgetEmpty(long now) {
        chats.values().removeIf(w -> w.isEmpty(now));
        groups.values().removeIf(w -> w.isEmpty(now));
    }

    private SlidingWindow chat(long chatId) {
        return chats.computeIfAbsent(
                chatId,
                k -> new SlidingWindow(limits.chatMessages(), limits.chatWindow().toMillis()));
    }

    private SlidingWindow group(long chatId) {
        return groups.computeIfAbsent(
                chatId,
                k -> new SlidingWindow(limits.groupMessages(), limits.groupWindow().toMillis()));
    }
}
