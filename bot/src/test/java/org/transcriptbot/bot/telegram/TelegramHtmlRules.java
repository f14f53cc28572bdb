package org.transcriptbot.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telegram's rules for what a bot sends, as Telegram answers them (400 with its description): HTML
 * it cannot parse, texts over 4096 characters, callback_data over 64 bytes, more than 50 inline
 * results. Null = accepted.
 */
public final class TelegramHtmlRules {
    private static final Set<String> TAGS =
            Set.of(
                    "b",
                    "strong",
                    "i",
                    "em",
                    "u",
                    "ins",
                    "s",
                    "strike",
                    "del",
                    "code",
                    "pre",
                    "a",
                    "blockquote",
                    "tg-spoiler",
                    "span",
                    "tg-emoji");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z-]+)([^>]*)>");
    private static final Pattern ENTITY =
            Pattern.compile("&(lt|gt|amp|quot|#\\d{1,7}|#x[0-9a-fA-F]{1,6});");

    private TelegramHtmlRules() {}

    /** The message as Telegram would store it: tags removed, entities decoded. */
    public static String visible(String html) {
        return html.replaceAll("<[^>]+>", "")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
    }

    /** Telegram's checks of a text: parse errors of HTML and the 4096-character limit. */
    public static String text(String text, String parseMode) {
        if (text.isEmpty()) {
            return "Bad Request: message text is empty";
        }
        String visible = text;
        if ("HTML".equalsIgnoreCase(parseMode)) {
            String problem = html(text);
            if (problem != null) {
                return problem;
            }
            visible = visible(text);
        }
        return visible.length() > 4096
                ? "Bad Request: message is too long (" + visible.length() + ")"
                : null;
    }

    /** Parse errors of Telegram HTML (unknown tags, unbalanced tags, bare &lt; &gt; &amp;). */
    public static String html(String html) {
        ArrayDeque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                Matcher t = TAG.matcher(html);
                if (!t.find(i) || t.start() != i) {
                    return "Bad Request: can't parse entities: unclosed start tag at byte offset "
                            + i;
                }
                String problem = tag(t, open, i);
                if (problem != null) {
                    return problem;
                }
                i = t.end();
            } else if (c == '&') {
                Matcher e = ENTITY.matcher(html);
                if (!e.find(i) || e.start() != i) {
                    return "Bad Request: can't parse entities: unsupported HTML entity at byte offset "
                            + i;
                }
                i = e.end();
            } else if (c == '>') {
                return "Bad Request: can't parse entities: unexpected > at byte offset " + i;
            } else {
                i++;
            }
        }
        return open.isEmpty()
                ? null
                : "Bad Request: can't parse entities: can't find end tag corresponding to start tag \""
                        + open.peek()
                        + "\"";
    }

    private static String tag(Matcher t, ArrayDeque<String> open, int at) {
        String name = t.group(2).toLowerCase();
        if (!TAGS.contains(name)) {
            return "Bad Request: can't parse entities: unsupported start tag \""
                    + name
                    + "\" at byte offset "
                    + at;
        }
        if (t.group(1).isEmpty()) {
            open.push(name);
        } else if (open.isEmpty() || !open.pop().equals(name)) {
            return "Bad Request: can't parse entities: unmatched end tag at byte offset " + at;
        }
        return null;
    }

    /** Inline keyboards: every button has a text and callback_data of at most 64 bytes. */
    public static String markup(JsonNode markup) {
        if (markup == null || markup.isMissingNode() || markup.isNull()) {
            return null;
        }
        for (JsonNode row : markup.path("inline_keyboard")) {
            for (JsonNode b : row) {
                if (b.path("callback_data").asText("").getBytes(StandardCharsets.UTF_8).length
                        > 64) {
                    return "Bad Request: BUTTON_DATA_INVALID";
                }
                if (b.path("text").asText("").isEmpty()) {
                    return "Bad Request: text buttons are unallowed in the inline keyboard";
                }
            }
        }
        return null;
    }

    /**
     * answerInlineQuery: at most 50 results, unique ids of at most 64 bytes, a title and a valid
     * text each.
     */
    public static String inlineResults(JsonNode results) {
        if (results.size() > 50) {
            return "Bad Request: RESULTS_TOO_MUCH";
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode r : results) {
            String id = r.path("id").asText("");
            if (id.isEmpty() || id.getBytes(StandardCharsets.UTF_8).length > 64 || !ids.add(id)) {
                return "Bad Request: RESULT_ID_INVALID";
            }
            JsonNode content = r.path("input_message_content");
            String problem =
                    text(
                            content.path("message_text").asText(""),
                            content.path("parse_mode").asText(null));
            if (problem != null) {
                return problem;
            }
            if (r.path("title").asText("").isEmpty()) {
                return "Bad Request: RESULT_TITLE_EMPTY";
            }
        }
        return null;
    }
}
