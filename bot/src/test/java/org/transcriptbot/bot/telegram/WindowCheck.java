package org.transcriptbot.bot.telegram;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The most messages any sliding window held, measured on what the fake Bot API received (arrival
 * times): the check of Telegram's limits from the outside.
 */
public final class WindowCheck {
    private WindowCheck() {}

    /**
     * The most calls in any window of windowMs among calls with the same key (calls in arrival
     * order).
     */
    public static int most(
            List<CallLog.Call> calls, long windowMs, ToLongFunction<CallLog.Call> key) {
        Map<Long, ArrayDeque<Long>> open = new HashMap<>();
        int most = 0;
        for (CallLog.Call c :
                calls.stream()
                        .sorted(java.util.Comparator.comparingLong(CallLog.Call::atMillis))
                        .toList()) {
            ArrayDeque<Long> w = open.computeIfAbsent(key.applyAsLong(c), k -> new ArrayDeque<>());
            while (!w.isEmpty() && w.peekFirst() + windowMs <= c.atMillis()) {
                w.pollFirst();
            }
            w.addLast(c.atMillis());
            most = Math.max(most, w.size());
        }
        return most;
    }

    /** Over all chats together. */
    public static int mostOverall(List<CallLog.Call> calls, long windowMs) {
        return most(calls, windowMs, c -> 0);
    }

    /** In any one chat (group chats have negative ids). */
    public static int mostPerChat(List<CallLog.Call> calls, long windowMs, boolean groupsOnly) {
        return most(
                calls.stream().filter(c -> !groupsOnly || c.chatId() < 0).toList(),
                windowMs,
                CallLog.Call::chatId);
    }
}
