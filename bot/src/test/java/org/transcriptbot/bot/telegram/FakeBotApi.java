package org.transcriptbot.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fake Telegram Bot API server on loopback: a real HTTP server speaking the Bot API's wire format (POST
 * /bot&lt;token&gt;/&lt;method&gt;, JSON or form bodies, {"ok":…} answers). It hands out updates through long-polled
 * getUpdates with Telegram's offset semantics, and checks what the bot sends the way Telegram does: HTML that
 * Telegram would reject, texts over 4096 characters, callback_data over 64 bytes, more than 50 inline results.
 * Violations are recorded as errors and answered with Telegram's 400. Faults (429, 5xx) can be injected.
 */
public final class FakeBotApi implements AutoCloseable {
    public static final String TOKEN = "12345:fake-test-token-not-real";
    public static final long BOT_ID = 999_000_111L;
    public static final String USERNAME = "TranscriptTestBot";
    private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "code",
            "pre", "a", "blockquote", "tg-spoiler", "span", "tg-emoji");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z-]+)([^>]*)>");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final List<ObjectNode> updates = new ArrayList<>();
    private final AtomicInteger nextUpdateId = new AtomicInteger(1000);
    private final AtomicInteger nextMessageId = new AtomicInteger(5000);
    /** Every call: method (lower case) and its parameters. */
    public final List<Call> calls = new CopyOnWriteArrayList<>();
    /** What Telegram would have rejected. */
    public final List<String> errors = new CopyOnWriteArrayList<>();
    private final Map<String, List<int[]>> faults = new ConcurrentHashMap<>();
    private volatile int confirmedOffset;
    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    /** Like Telegram: more than this many messages in one second get 429 with retry_after 1 (0 = no limit). */
    public volatile int messagesPerSecond;
    private long windowSecond;
    private int windowCount;
    /** The request being answered on this server thread (HttpExchange attributes are shared by the context). */
    private final ThreadLocal<Object[]> current = new ThreadLocal<>();

    /** A request the bot made, with the HTTP status it got. */
    public record Call(String method, JsonNode params, long atMillis, int status) {
        public boolean ok() {
            return status == 200;
        }

        public String text() {
            return params.path("text").asText(null);
        }

        public long chatId() {
            return params.path("chat_id").asLong();
        }
    }

    public FakeBotApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-bot-api");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** The next n calls of a method fail with the HTTP/API code (429 with retry_after seconds). */
    public void fail(String method, int times, int code, int retryAfter) {
        faults.computeIfAbsent(method.toLowerCase(), k -> new CopyOnWriteArrayList<>()).add(new int[] {times, code, retryAfter});
    }

    /** When the first request of a method arrived (System.nanoTime), waiting up to the timeout for it. */
    public long firstArrival(String method, Duration timeout) throws InterruptedException {
        long end = System.currentTimeMillis() + timeout.toMillis();
        while (!arrivals.containsKey(method.toLowerCase()) && System.currentTimeMillis() < end) {
            Thread.sleep(5);
        }
        Long t = arrivals.get(method.toLowerCase());
        if (t == null) {
            throw new AssertionError("no " + method + " in " + timeout);
        }
        return t;
    }

    public int confirmedOffset() {
        return confirmedOffset;
    }

    // ---- updates ----

    /** Queues several updates at once (one getUpdates hands them out together). */
    public synchronized void pushAll(List<ObjectNode> batch) {
        for (ObjectNode u : batch) {
            updates.add(u);
        }
        notifyAll();
    }

    public int nextUpdateId() {
        return nextUpdateId.incrementAndGet();
    }

    public synchronized int push(ObjectNode update) {
        int id = update.has("update_id") ? update.get("update_id").asInt() : nextUpdateId.incrementAndGet();
        update.put("update_id", id);
        updates.add(update);
        notifyAll();
        return id;
    }

    public ObjectNode user(long id, String lang) {
        ObjectNode u = json.createObjectNode();
        u.put("id", id).put("is_bot", false).put("first_name", "User" + id).put("username", "user" + id);
        if (lang != null) {
            u.put("language_code", lang);
        }
        return u;
    }

    public ObjectNode message(long chatId, String chatType, ObjectNode from, String text) {
        ObjectNode m = json.createObjectNode();
        m.put("message_id", nextMessageId.incrementAndGet());
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

    /** Entities as Telegram computes them: bot commands at the start and @mentions (UTF-16 offsets). */
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
                es.addObject().put("type", "mention").put("offset", mm.start()).put("length", mm.end() - mm.start());
            }
        }
        if (!es.isEmpty()) {
            m.set("entities", es);
        }
    }

    public int pushMessage(long chatId, String chatType, ObjectNode from, String text) {
        ObjectNode u = json.createObjectNode();
        u.set("message", message(chatId, chatType, from, text));
        return push(u);
    }

    public int pushEdited(long chatId, String chatType, ObjectNode from, String text) {
        ObjectNode u = json.createObjectNode();
        u.set("edited_message", message(chatId, chatType, from, text));
        return push(u);
    }

    public int pushReply(long chatId, String chatType, ObjectNode from, String text, JsonNode repliedTo) {
        ObjectNode m = message(chatId, chatType, from, text);
        m.set("reply_to_message", repliedTo);
        ObjectNode u = json.createObjectNode();
        u.set("message", m);
        return push(u);
    }

    public int pushSticker(long chatId, String chatType, ObjectNode from) {
        ObjectNode m = message(chatId, chatType, from, null);
        m.putObject("sticker").put("file_id", "x").put("file_unique_id", "y").put("type", "regular")
                .put("width", 1).put("height", 1).put("is_animated", false).put("is_video", false);
        ObjectNode u = json.createObjectNode();
        u.set("message", m);
        return push(u);
    }

    public int pushCallback(ObjectNode from, JsonNode message, String data) {
        ObjectNode u = json.createObjectNode();
        ObjectNode q = u.putObject("callback_query");
        q.put("id", "cb" + nextUpdateId.get());
        q.set("from", from);
        q.set("message", message);
        q.put("chat_instance", "ci");
        q.put("data", data);
        return push(u);
    }

    public int pushInline(ObjectNode from, String query) {
        ObjectNode u = json.createObjectNode();
        ObjectNode q = u.putObject("inline_query");
        q.put("id", "iq" + nextUpdateId.get());
        q.set("from", from);
        q.put("query", query);
        q.put("offset", "");
        return push(u);
    }

    // ---- waiting for what the bot did ----

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method.toLowerCase())).toList();
    }

    public Call await(String method, Predicate<Call> p, Duration timeout) throws InterruptedException {
        long end = System.currentTimeMillis() + timeout.toMillis();
        while (System.currentTimeMillis() < end) {
            for (Call c : calls) {
                if (c.ok() && c.method().equals(method.toLowerCase()) && p.test(c)) {
                    return c;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no " + method + " matching in " + timeout + "; calls: " + summary());
    }

    public Call await(String method, Predicate<Call> p) throws InterruptedException {
        return await(method, p, Duration.ofSeconds(20));
    }

    /** Waits until at least n successful calls of a method were made. */
    public void awaitCount(String method, int n) throws InterruptedException {
        long end = System.currentTimeMillis() + 20_000;
        while (calls(method).stream().filter(Call::ok).count() < n && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
        if (calls(method).stream().filter(Call::ok).count() < n) {
            throw new AssertionError("fewer than " + n + " " + method + " calls: " + summary());
        }
    }

    public void awaitOffset(int offset) throws InterruptedException {
        long end = System.currentTimeMillis() + 20_000;
        while (confirmedOffset < offset && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
        if (confirmedOffset < offset) {
            throw new AssertionError("offset " + offset + " not confirmed (is " + confirmedOffset + ")");
        }
    }

    public String summary() {
        StringBuilder sb = new StringBuilder();
        for (Call c : calls) {
            if (!c.method().equals("getupdates")) {
                sb.append(c.method()).append(' ').append(abbreviate(c.params().toString())).append('\n');
            }
        }
        return sb.toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    // ---- the HTTP side ----

    private void handle(HttpExchange ex) throws IOException {
        String method = null;
        JsonNode params = null;
        try (ex) {
            String path = ex.getRequestURI().getPath();
            Matcher m = Pattern.compile("^/bot([^/]+)/([A-Za-z]+)$").matcher(path);
            if (!m.matches()) {
                reply(ex, 404, error(404, "Not Found"));
                return;
            }
            if (!TOKEN.equals(m.group(1))) {
                reply(ex, 401, error(401, "Unauthorized"));
                return;
            }
            method = m.group(2).toLowerCase();
            arrivals.putIfAbsent(method, System.nanoTime());
            params = params(ex);
            current.set(new Object[] {method, params});
            int[] fault = nextFault(method);
            if (fault == null && messagesPerSecond > 0 && (method.equals("sendmessage") || method.equals("editmessagetext"))
                    && !allowMessage()) {
                fault = new int[] {0, 429, 1};
            }
            if (fault != null) {
                ObjectNode err = error(fault[1], fault[1] == 429 ? "Too Many Requests: retry after " + fault[2]
                        : "Internal Server Error");
                if (fault[1] == 429) {
                    err.putObject("parameters").put("retry_after", fault[2]);
                }
                reply(ex, fault[1], err);
                return;
            }
            ObjectNode out = json.createObjectNode();
            out.put("ok", true);
            switch (method) {
                case "getme" -> out.set("result", me());
                case "deletewebhook", "setmycommands", "sendchataction" -> out.put("result", true);
                case "getupdates" -> out.set("result", getUpdates(params));
                case "sendmessage", "editmessagetext" -> {
                    String problem = checkText(params.path("text").asText(""), params.path("parse_mode").asText(null));
                    problem = problem != null ? problem : checkMarkup(params.path("reply_markup"));
                    if (params.path("chat_id").asText("").isEmpty()) {
                        problem = "Bad Request: chat_id is empty";
                    }
                    if (problem != null) {
                        errors.add(method + ": " + problem);
                        reply(ex, 400, error(400, problem));
                        return;
                    }
                    out.set("result", sentMessage(params));
                }
                case "answercallbackquery" -> {
                    if (params.path("text").asText("").length() > 200) {
                        errors.add("answerCallbackQuery: text longer than 200");
                    }
                    out.put("result", true);
                }
                case "answerinlinequery" -> {
                    String problem = checkInline(params.path("results"));
                    if (problem != null) {
                        errors.add("answerInlineQuery: " + problem);
                        reply(ex, 400, error(400, problem));
                        return;
                    }
                    out.put("result", true);
                }
                default -> {
                    reply(ex, 404, error(404, "Not Found: method not found"));
                    return;
                }
            }
            reply(ex, 200, out);
        } catch (RuntimeException e) {
            errors.add("fake server failure: " + e);
            throw e;
        }
    }

    private synchronized boolean allowMessage() {
        long second = System.currentTimeMillis() / 1000;
        if (second != windowSecond) {
            windowSecond = second;
            windowCount = 0;
        }
        return ++windowCount <= messagesPerSecond;
    }

    private int[] nextFault(String method) {
        List<int[]> fs = faults.get(method);
        if (fs == null) {
            return null;
        }
        for (int[] f : fs) {
            synchronized (f) {
                if (f[0] > 0) {
                    f[0]--;
                    return f;
                }
            }
        }
        return null;
    }

    private JsonNode params(HttpExchange ex) throws IOException {
        byte[] body = ex.getRequestBody().readAllBytes();
        String ct = ex.getRequestHeaders().getFirst("Content-Type");
        String s = new String(body, StandardCharsets.UTF_8);
        if (ct != null && ct.contains("application/x-www-form-urlencoded")) {
            ObjectNode o = json.createObjectNode();
            for (String kv : s.split("&")) {
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    o.put(URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            return o;
        }
        if (s.isBlank()) {
            return json.createObjectNode();
        }
        JsonNode n = json.readTree(s);
        // reply_markup may arrive as a JSON string
        if (n.path("reply_markup").isTextual()) {
            ((ObjectNode) n).set("reply_markup", json.readTree(n.get("reply_markup").asText()));
        }
        return n;
    }

    private ObjectNode me() {
        ObjectNode u = json.createObjectNode();
        u.put("id", BOT_ID).put("is_bot", true).put("first_name", "Transcript").put("username", USERNAME)
                .put("can_join_groups", true).put("supports_inline_queries", true);
        return u;
    }

    private synchronized ArrayNode getUpdates(JsonNode params) {
        int offset = params.path("offset").asInt(0);
        int limit = params.path("limit").asInt(100);
        int timeout = Math.min(params.path("timeout").asInt(0), 2);
        if (offset > 0) {
            confirmedOffset = Math.max(confirmedOffset, offset);
            updates.removeIf(u -> u.get("update_id").asInt() < offset);
        }
        long end = System.currentTimeMillis() + timeout * 1000L;
        while (pending(offset).isEmpty() && System.currentTimeMillis() < end) {
            try {
                wait(Math.max(1, end - System.currentTimeMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        ArrayNode out = json.createArrayNode();
        for (ObjectNode u : pending(offset)) {
            if (out.size() < limit) {
                out.add(u);
            }
        }
        return out;
    }

    private List<ObjectNode> pending(int offset) {
        return updates.stream().filter(u -> u.get("update_id").asInt() >= offset).toList();
    }

    private ObjectNode sentMessage(JsonNode params) {
        ObjectNode m = json.createObjectNode();
        m.put("message_id", params.has("message_id") ? params.get("message_id").asInt() : nextMessageId.incrementAndGet());
        m.put("date", System.currentTimeMillis() / 1000);
        long chatId = params.path("chat_id").asLong();
        m.putObject("chat").put("id", chatId).put("type", chatId > 0 ? "private" : "supergroup");
        m.set("from", me());
        m.put("text", visible(params.path("text").asText("")));
        return m;
    }

    /** The message as Telegram would store it: tags removed, entities decoded. */
    public static String visible(String html) {
        return html.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&");
    }

    /** Telegram's checks of a text: parse errors of HTML and the 4096-character limit. */
    static String checkText(String text, String parseMode) {
        if (text.isEmpty()) {
            return "Bad Request: message text is empty";
        }
        String visible = text;
        if ("HTML".equalsIgnoreCase(parseMode)) {
            String problem = checkHtml(text);
            if (problem != null) {
                return problem;
            }
            visible = visible(text);
        }
        if (visible.length() > 4096) {
            return "Bad Request: message is too long (" + visible.length() + ")";
        }
        return null;
    }

    static String checkHtml(String html) {
        java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                Matcher t = TAG.matcher(html);
                if (!t.find(i) || t.start() != i) {
                    return "Bad Request: can't parse entities: unclosed start tag at byte offset " + i;
                }
                String name = t.group(2).toLowerCase();
                if (!TAGS.contains(name)) {
                    return "Bad Request: can't parse entities: unsupported start tag \"" + name + "\" at byte offset " + i;
                }
                if (t.group(1).isEmpty()) {
                    open.push(name);
                } else {
                    if (open.isEmpty() || !open.peek().equals(name)) {
                        return "Bad Request: can't parse entities: unmatched end tag at byte offset " + i;
                    }
                    open.pop();
                }
                i = t.end();
            } else if (c == '&') {
                Matcher e = Pattern.compile("&(lt|gt|amp|quot|#\\d{1,7}|#x[0-9a-fA-F]{1,6});").matcher(html);
                if (!e.find(i) || e.start() != i) {
                    return "Bad Request: can't parse entities: unsupported HTML entity at byte offset " + i;
                }
                i = e.end();
            } else if (c == '>') {
                return "Bad Request: can't parse entities: unexpected > at byte offset " + i;
            } else {
                i++;
            }
        }
        if (!open.isEmpty()) {
            return "Bad Request: can't parse entities: can't find end tag corresponding to start tag \"" + open.peek() + "\"";
        }
        return null;
    }

    static String checkMarkup(JsonNode markup) {
        if (markup == null || markup.isMissingNode() || markup.isNull()) {
            return null;
        }
        for (JsonNode row : markup.path("inline_keyboard")) {
            for (JsonNode b : row) {
                String data = b.path("callback_data").asText("");
                if (data.getBytes(StandardCharsets.UTF_8).length > 64) {
                    return "Bad Request: BUTTON_DATA_INVALID";
                }
                if (b.path("text").asText("").isEmpty()) {
                    return "Bad Request: text buttons are unallowed in the inline keyboard";
                }
            }
        }
        return null;
    }

    private static String checkInline(JsonNode results) {
        if (results.size() > 50) {
            return "Bad Request: RESULTS_TOO_MUCH";
        }
        Set<String> ids = new java.util.HashSet<>();
        for (JsonNode r : results) {
            String id = r.path("id").asText("");
            if (id.isEmpty() || id.getBytes(StandardCharsets.UTF_8).length > 64 || !ids.add(id)) {
                return "Bad Request: RESULT_ID_INVALID";
            }
            JsonNode content = r.path("input_message_content");
            String problem = checkText(content.path("message_text").asText(""), content.path("parse_mode").asText(null));
            if (problem != null) {
                return problem;
            }
            if (r.path("title").asText("").isEmpty()) {
                return "Bad Request: RESULT_TITLE_EMPTY";
            }
        }
        return null;
    }

    private ObjectNode error(int code, String description) {
        ObjectNode o = json.createObjectNode();
        o.put("ok", false).put("error_code", code).put("description", description);
        return o;
    }

    private void reply(HttpExchange ex, int status, JsonNode body) throws IOException {
        if (current.get() != null) {
            calls.add(new Call(current.get()[0].toString(), (JsonNode) current.get()[1], System.currentTimeMillis(), status));
            current.remove();
        }
        byte[] bytes = json.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(bytes);
        }
    }
}
