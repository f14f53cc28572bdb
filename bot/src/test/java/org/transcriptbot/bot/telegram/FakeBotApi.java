package org.transcriptbot.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fake Telegram Bot API server on loopback: a real HTTP server speaking the Bot API's wire format
 * (POST /bot&lt;token&gt;/&lt;method&gt;, JSON or form bodies, {"ok":…} answers). Updates come from
 * FakeUpdates, every request is recorded in CallLog, what the bot sends is checked with
 * TelegramHtmlRules (violations are recorded in errors and answered with Telegram's 400), and
 * faults (401, 409, 429, 5xx, 403…) can be injected.
 */
public final class FakeBotApi implements AutoCloseable {
    public static final String TOKEN = "12345:fake-test-token-not-real";
    public static final long BOT_ID = 999_000_111L;
    public static final String USERNAME = "TranscriptTestBot";
    private static final Pattern PATH = Pattern.compile("^/bot([^/]+)/([A-Za-z]+)$");
    private static final Map<Integer, String> DESCRIPTIONS =
            Map.of(
                    400,
                    "Bad Request: chat not found",
                    401,
                    "Unauthorized",
                    403,
                    "Forbidden: bot was blocked by the user",
                    409,
                    "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
                    500,
                    "Internal Server Error",
                    502,
                    "Bad Gateway",
                    503,
                    "Service Unavailable");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    public final FakeUpdates updates = new FakeUpdates();
    public final CallLog calls = new CallLog();

    /** What Telegram would have rejected. */
    public final List<String> errors = new CopyOnWriteArrayList<>();

    private final Map<String, List<Fault>> faults = new ConcurrentHashMap<>();

    /**
     * Like Telegram: more than this many messages in one second get 429 with retry_after 1 (0 = no
     * limit).
     */
    public volatile int messagesPerSecond;

    private long windowSecond;
    private int windowCount;

    /** The next `times` calls of a method fail with the code (Integer.MAX_VALUE: until cleared). */
    private static final class Fault {
        int times;
        final int code;
        final int retryAfter;

        Fault(int times, int code, int retryAfter) {
            this.times = times;
            this.code = code;
            this.retryAfter = retryAfter;
        }
    }

    public FakeBotApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(
                Executors.newCachedThreadPool(
                        r -> {
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

    /**
     * The next n calls of a method fail with the HTTP/API code (429 with retry_after seconds),
     * after earlier faults.
     */
    public void fail(String method, int times, int code, int retryAfter) {
        faults.computeIfAbsent(method.toLowerCase(), k -> new CopyOnWriteArrayList<>())
                .add(new Fault(times, code, retryAfter));
    }

    /** Every call of the method fails with the code until heal(method). */
    public void failUntilHealed(String method, int code) {
        fail(method, Integer.MAX_VALUE, code, 0);
    }

    public void heal(String method) {
        faults.remove(method.toLowerCase());
    }

    public int confirmedOffset() {
        return updates.confirmedOffset();
    }

    /** Waits until getUpdates confirmed every update below offset. */
    public void awaitOffset(int offset) throws InterruptedException {
        calls.awaitCount(
                "getUpdates",
                c -> c.params().path("offset").asInt() >= offset,
                1,
                java.time.Duration.ofSeconds(20));
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            long at = System.currentTimeMillis();
            Matcher m = PATH.matcher(ex.getRequestURI().getPath());
            if (!m.matches()) {
                reply(ex, 404, error(404, "Not Found"));
                return;
            }
            String method = m.group(2).toLowerCase();
            JsonNode params = params(ex);
            int status = TOKEN.equals(m.group(1)) ? 200 : 401;
            JsonNode body =
                    status == 401 ? error(401, DESCRIPTIONS.get(401)) : answer(method, params);
            status = body.path("ok").asBoolean() ? 200 : body.path("error_code").asInt();
            calls.add(new CallLog.Call(method, params, at, status));
            reply(ex, status, body);
        } catch (RuntimeException | InterruptedException e) {
            errors.add("fake server failure: " + e);
            throw new IOException(e);
        }
    }

    private JsonNode answer(String method, JsonNode params) throws InterruptedException {
        Fault fault = nextFault(method);
        boolean isMessage = method.equals("sendmessage") || method.equals("editmessagetext");
        if (fault == null && messagesPerSecond > 0 && isMessage && !allowMessage()) {
            fault = new Fault(1, 429, 1);
        }
        if (fault != null) {
            ObjectNode err =
                    error(
                            fault.code,
                            fault.code == 429
                                    ? "Too Many Requests: retry after " + fault.retryAfter
                                    : DESCRIPTIONS.getOrDefault(fault.code, "Error"));
            if (fault.code == 429) {
                err.putObject("parameters").put("retry_after", fault.retryAfter);
            }
            return err;
        }
        String problem = check(method, params);
        if (problem != null) {
            errors.add(method + ": " + problem);
            return error(400, problem);
        }
        ObjectNode out = json.createObjectNode().put("ok", true);
        switch (method) {
            case "getme" -> out.set("result", me());
            case "getupdates" ->
                    out.set(
                            "result",
                            updates.take(
                                    params.path("offset").asInt(0),
                                    params.path("limit").asInt(100),
                                    params.path("timeout").asInt(0)));
            case "sendmessage", "editmessagetext" -> out.set("result", sentMessage(params));
            case "deletewebhook",
                    "setmycommands",
                    "sendchataction",
                    "answercallbackquery",
                    "answerinlinequery" ->
                    out.put("result", true);
            default -> {
                return error(404, "Not Found: method not found");
            }
        }
        return out;
    }

    /** What Telegram would refuse with 400 (null = fine). */
    private static String check(String method, JsonNode params) {
        return switch (method) {
            case "sendmessage", "editmessagetext" -> {
                String problem =
                        TelegramHtmlRules.text(
                                params.path("text").asText(""),
                                params.path("parse_mode").asText(null));
                problem =
                        problem != null
                                ? problem
                                : TelegramHtmlRules.markup(params.path("reply_markup"));
                yield params.path("chat_id").asText("").isEmpty()
                        ? "Bad Request: chat_id is empty"
                        : problem;
            }
            case "answercallbackquery" ->
                    params.path("text").asText("").length() > 200
                            ? "Bad Request: MESSAGE_TOO_LONG"
                            : null;
            case "answerinlinequery" -> TelegramHtmlRules.inlineResults(params.path("results"));
            default -> null;
        };
    }

    private synchronized boolean allowMessage() {
        long second = System.currentTimeMillis() / 1000;
        if (second != windowSecond) {
            windowSecond = second;
            windowCount = 0;
        }
        return ++windowCount <= messagesPerSecond;
    }

    private Fault nextFault(String method) {
        for (Fault f : faults.getOrDefault(method, List.of())) {
            synchronized (f) {
                if (f.times > 0) {
                    f.times--;
                    return f;
                }
            }
        }
        return null;
    }

    private JsonNode params(HttpExchange ex) throws IOException {
        String s = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String ct = ex.getRequestHeaders().getFirst("Content-Type");
        if (ct != null && ct.contains("application/x-www-form-urlencoded")) {
            ObjectNode o = json.createObjectNode();
            for (String kv : s.split("&")) {
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    o.put(
                            URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            return o;
        }
        JsonNode n = s.isBlank() ? json.createObjectNode() : json.readTree(s);
        if (n.path("reply_markup").isTextual()) { // reply_markup may arrive as a JSON string
            ((ObjectNode) n).set("reply_markup", json.readTree(n.get("reply_markup").asText()));
        }
        return n;
    }

    private ObjectNode me() {
        ObjectNode u = json.createObjectNode();
        u.put("id", BOT_ID)
                .put("is_bot", true)
                .put("first_name", "Transcript")
                .put("username", USERNAME)
                .put("can_join_groups", true)
                .put("supports_inline_queries", true);
        return u;
    }

    private ObjectNode sentMessage(JsonNode params) {
        ObjectNode m = json.createObjectNode();
        m.put(
                "message_id",
                params.has("message_id")
                        ? params.get("message_id").asInt()
                        : updates.nextMessageId());
        m.put("date", System.currentTimeMillis() / 1000);
        long chatId = params.path("chat_id").asLong();
        m.putObject("chat").put("id", chatId).put("type", chatId > 0 ? "private" : "supergroup");
        m.set("from", me());
        m.put("text", TelegramHtmlRules.visible(params.path("text").asText("")));
        return m;
    }

    private ObjectNode error(int code, String description) {
        return json.createObjectNode()
                .put("ok", false)
                .put("error_code", code)
                .put("description", description);
    }

    private void reply(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(bytes);
        }
    }
}
