package org.transcriptbot.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The updates the fake Bot API hands out, with Telegram's offset semantics (a getUpdates with
 * offset N forgets every update below N), and builders of users, messages, button presses and
 * inline queries as Telegram sends them.
 */
public final class FakeUpdates {
    private final ObjectMapper json = new ObjectMapper();
    private final List<ObjectNode> queue = new ArrayList<>();
    private final AtomicInteger nextUpdateId = new AtomicInteger(1000);
    private final AtomicInteger nextMessageId = new AtomicInteger(5000);
    private volatile int confirmedOffset;

    public int confirmedOffset() {
        return confirmedOffset;
    }

    public int nextUpdateId() {
        return nextUpdateId.incrementAndGet();
    }

    int nextMessageId() {
        return nextMessageId.incrementAndGet();
    }

    /** Queues several updates at once (one getUpdates hands them out together). */
    public synchronized void pushAll(List<ObjectNode> batch) {
        queue.addAll(batch);
        notifyAll();
    }

    public synchronized int push(ObjectNode update) {
        int id = update.has("update_id") ? update.get("update_id").asInt() : nextUpdateId();
        update.put("update_id", id);
        queue.add(update);
        notifyAll();
        return id;
    }

    /**
     * getUpdates: confirms everything below offset, then waits up to timeout seconds (at most 2)
     * for news.
     */
    synchronized ArrayNode take(int offset, int limit, int timeoutSeconds)
            throws InterruptedException {
        if (offset > 0) {
            confirmedOffset = Math.max(confirmedOffset, offset);
            queue.removeIf(u -> u.get("update_id").asInt() < offset);
        }
        long end = System.currentTimeMillis() + Math.min(timeoutSeconds, 2) * 1000L;
        while (queue.isEmpty() && System.currentTimeMillis() < end) {
            wait(Math.max(1, end - System.currentTimeMillis()));
        }
        ArrayNode out = json.createArrayNode();
        queue.stream()
                .filter(u -> u.get("update_id").asInt() >= offset)
                .limit(limit)
                .forEach(out::add);
        return out;
    }

    public ObjectNode user(long id, String lang) {
        ObjectNode u = json.createObjectNode();
        u.put("id", id)
                .put("is_bot", false)
                .put("first_name", "User" + id)
                .put("username", "user" + id);
        if (lang != null) {
            u.put("language_code", lang);
        }
        return u;
    }

    public ObjectNode message(long chatId, String chatType, ObjectNode from, String text) {
        ObjectNode m = json.createObjectNode();
        m.put("message_id", nextMessageId());
        m.put("date", System.currentTimeMillis() / 1000);
        ObjectNode chat = m.putObject("chat");
        chat.put("id", chatId).put("type", chatType);
        if (!"private".equals(chatType)) {
            chat.put("title", "Test group");
        }
        m.set("from", from);
        if (text != null) {
            m.put("text", text);
            addEntities(m, text);
        }
        return m;
    }

    /**
     * Entities as Telegram computes them: bot commands at the start and @mentions (UTF-16 offsets).
     */
    private void addEntities(ObjectNode m, String text) {
        ArrayNode es = json.createArrayNode();
        Matcher c = Pattern.compile("^/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?").matcher(text);
        int cmdEnd = 0;
        if (c.find()) {
            es.addObject().put("type", "bot_command").put("offset", 0).put("length", c.end());
            cmdEnd = c.end();
        }
        Matcher mm = Pattern.compile("@[A-Za-z0-9_]{5,32}").matcher(text);
        while (mm.find()) {
            if (mm.start() >= cmdEnd) {
                es.addObject()
                        .put("type", "mention")
                        .put("offset", mm.start())
                        .put("length", mm.end() - mm.start());
            }
        }
        if (!es.isEmpty()) {
            m.set("entities", es);
        }
    }

    /** An update carrying a message (not queued). */
    public ObjectNode messageUpdate(long chatId, String chatType, ObjectNode from, String text) {
        ObjectNode u = json.createObjectNode();
        u.set("message", message(chatId, chatType, from, text));
        u.put("update_id", nextUpdateId());
        return u;
    }

    public int pushMessage(long chatId, String chatType, ObjectNode from, String text) {
        return push(messageUpdate(chatId, chatType, from, text));
    }

    public int pushEdited(long chatId, String chatType, ObjectNode from, String text) {
        ObjectNode u = json.createObjectNode();
        u.set("edited_message", message(chatId, chatType, from, text));
        return push(u);
    }

    public int pushReply(
            long chatId, String chatType, ObjectNode from, String text, JsonNode repliedTo) {
        ObjectNode m = message(chatId, chatType, from, text);
        m.set("reply_to_message", repliedTo);
        ObjectNode u = json.createObjectNode();
        u.set("message", m);
        return push(u);
    }

    public int pushSticker(long chatId, String chatType, ObjectNode from) {
        ObjectNode m = message(chatId, chatType, from, null);
        m.putObject("sticker")
                .put("file_id", "x")
                .put("file_unique_id", "y")
                .put("type", "regular")
                .put("width", 1)
                .put("height", 1)
                .put("is_animated", false)
                .put("is_video", false);
        ObjectNode u = json.createObjectNode();
        u.set("message", m);
        return push(u);
    }

    public int pushCallback(ObjectNode from, JsonNode message, String data) {
        ObjectNode u = json.createObjectNode();
        ObjectNode q = query(u, "callback_query", "cb", from);
        q.set("message", message);
        q.put("chat_instance", "ci");
        q.put("data", data);
        return push(u);
    }

    public int pushInline(ObjectNode from, String query) {
        ObjectNode u = json.createObjectNode();
        query(u, "inline_query", "iq", from).put("query", query).put("offset", "");
        return push(u);
    }

    private ObjectNode query(ObjectNode update, String kind, String idPrefix, ObjectNode from) {
        ObjectNode q = update.putObject(kind);
        q.put("id", idPrefix + nextUpdateId.get());
        q.set("from", from);
        return q;
    }
}
