package org.transcriptbot.bot.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transcriptbot.bot.render.Doc;
import org.transcriptbot.bot.metrics.Metrics;
import org.transcriptbot.index.Library;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.model.Turn;
import org.transcriptbot.index.model.TurnKind;
import org.transcriptbot.index.search.SearchHit;
import org.transcriptbot.index.search.SearchResult;
import org.transcriptbot.index.verify.QuoteCheck;

/**
 * Decides what to do with each thing a user did: private questions and commands, group messages (only when the
 * bot is addressed), button presses and inline queries. Pure: it returns actions and sends nothing, so Telegram
 * and the console share it.
 */
public final class Router {
    private static final Logger LOG = LoggerFactory.getLogger(Router.class);

    private final BotContext ctx;

    public Router(BotContext ctx) {
        this.ctx = ctx;
    }

    public List<Action> handle(Incoming in) {
        try {
            if (in instanceof Incoming.ChatMessage m) {
                return message(m);
            }
            if (in instanceof Incoming.ButtonPress b) {
                return button(b);
            }
            if (in instanceof Incoming.InlineRequest q) {
                return inline(q);
            }
            return List.of();
        } catch (RuntimeException e) {
            LOG.error("Handling update {} failed", in.updateId(), e);
            Texts tx = texts(in.from());
            if (in instanceof Incoming.ChatMessage m) {
                return List.of(send(m, Doc.builder().text(tx.error()).build(), List.of()));
            }
            if (in instanceof Incoming.ButtonPress b) {
                return List.of(new Action.AnswerButton(b.callbackId(), tx.error(), false));
            }
            if (in instanceof Incoming.InlineRequest q) {
                return List.of(new Action.AnswerInline(q.id(), List.of(), 0));
            }
            return List.of();
        }
    }

    private Texts texts(Incoming.Sender s) {
        return Texts.of(Lang.of(s == null ? null : s.language(), ctx.defaultLang));
    }

    /** A parsed command: name without slash, the bot it is addressed to (null if none), and its argument text. */
    record Command(String name, String target, String args) {
    }

    static Command command(String text, List<Incoming.Entity> entities) {
        if (text == null || !text.startsWith("/")) {
            return null;
        }
        int end = -1;
        for (Incoming.Entity e : entities) {
            if ("bot_command".equals(e.type()) && e.offset() == 0) {
                end = Math.min(text.length(), e.length());
            }
        }
        if (end < 0) {
            end = 1;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
        }
        String token = text.substring(1, end);
        String target = null;
        int at = token.indexOf('@');
        if (at >= 0) {
            target = token.substring(at + 1);
            token = token.substring(0, at);
        }
        if (token.isEmpty() || !token.matches("[A-Za-z0-9_]{1,32}")) {
            return null;
        }
        return new Command(token.toLowerCase(Locale.ROOT), target, text.substring(end).strip());
    }

    private List<Action> message(Incoming.ChatMessage m) {
        if (m.edited() || m.from() == null || m.from().bot()) {
            return List.of();
        }
        Texts tx = texts(m.from());
        if (m.text() == null || m.text().isBlank()) {
            return m.privateChat() ? List.of(send(m, Doc.builder().text(tx.onlyText()).build(), List.of())) : List.of();
        }
        Command cmd = command(m.text(), m.entities());
        if (cmd != null && cmd.target() != null && !cmd.target().equalsIgnoreCase(ctx.username())) {
            return List.of(); // addressed to another bot
        }
        if (cmd != null) {
            return command(m, cmd, tx);
        }
        if (m.privateChat()) {
            return question(m, m.text(), tx);
        }
        String mentioned = withoutMention(m);
        if (mentioned != null) {
            return question(m, mentioned, tx);
        }
        if (m.replyTo() != null && m.replyTo().fromId() != null && m.replyTo().fromId() == ctx.botId()) {
            return question(m, m.text(), tx);
        }
        return List.of(); // group chatter not addressed to the bot
    }

    /** The text without the mention of this bot, or null if the bot is not mentioned. */
    private String withoutMention(Incoming.ChatMessage m) {
        String handle = "@" + ctx.username();
        for (Incoming.Entity e : m.entities()) {
            if (e.offset() < 0 || e.offset() + e.length() > m.text().length()) {
                continue;
            }
            String s = m.text().substring(e.offset(), e.offset() + e.length());
            boolean me = "mention".equals(e.type()) && s.equalsIgnoreCase(handle)
                    || "text_mention".equals(e.type()) && e.userId() != null && e.userId() == ctx.botId();
            if (me) {
                return (m.text().substring(0, e.offset()) + " " + m.text().substring(e.offset() + e.length())).strip();
            }
        }
        int at = m.text().toLowerCase(Locale.ROOT).indexOf(handle.toLowerCase(Locale.ROOT));
        if (m.entities().isEmpty() && at >= 0) {
            return (m.text().substring(0, at) + " " + m.text().substring(at + handle.length())).strip();
        }
        return null;
    }

    private List<Action> command(Incoming.ChatMessage m, Command cmd, Texts tx) {
        Library lib = ctx.engine.library();
        switch (cmd.name()) {
            case "start" -> {
                Doc.Builder b = Doc.builder().bold(tx.welcomeTitle()).text("\n").text(tx.welcomeBody());
                List<List<Action.Button>> rows = new ArrayList<>();
                List<String> ex = tx.examples();
                for (int i = 0; i < ex.size(); i++) {
                    b.text("\n• ").text(ex.get(i));
                    rows.add(List.of(new Action.Button(ex.get(i), "ex:" + tx.lang().name().toLowerCase() + ":" + i)));
                }
                return List.of(send(m, b.build(), rows));
            }
            case "help" -> {
                return List.of(send(m, Doc.builder().text(String.format(tx.help(), ctx.username(), ctx.username())).build(),
                        List.of()));
            }
            case "ask" -> {
                if (cmd.args().isBlank()) {
                    return List.of(send(m, Doc.builder().text(tx.askWhat()).build(), List.of()));
                }
                return question(m, cmd.args(), tx);
            }
            case "quote", "verify" -> {
                String text = cmd.args();
                if (text.isBlank() && m.replyTo() != null) {
                    if (m.replyTo().text() == null || m.replyTo().text().isBlank()) {
                        return List.of(send(m, Doc.builder().text(tx.quoteNoText()).build(), List.of()));
                    }
                    text = m.replyTo().text();
                }
                if (text.isBlank()) {
                    return List.of(send(m, Doc.builder().text(tx.quoteWhat()).build(), List.of()));
                }
                List<Action> limited = limit(m, tx);
                if (limited != null) {
                    return limited;
                }
                ctx.stats.quotes.incrementAndGet();
                QuoteCheck c = lib.verify(text);
                Metrics.quoteChecked(c.isValid() ? c.verdict().name() : "INVALID");
                return List.of(new Action.Typing(m.chatId(), m.threadId()), send(m, Composer.quote(c, tx), List.of()));
            }
            case "topics" -> {
                List<List<Action.Button>> rows = new ArrayList<>();
                Doc d = Composer.topics(lib, tx, rows);
                return List.of(send(m, d, rows));
            }
            case "source", "sources" -> {
                return List.of(send(m, Composer.source(lib, tx), List.of()));
            }
            case "stats" -> {
                if (!ctx.admins.contains(m.from().id())) {
                    return List.of(send(m, Doc.builder().text(tx.adminOnly()).build(), List.of()));
                }
                return List.of(send(m, stats(tx), List.of()));
            }
            case "reload" -> {
                if (!ctx.admins.contains(m.from().id())) {
                    return List.of(send(m, Doc.builder().text(tx.adminOnly()).build(), List.of()));
                }
                try {
                    ctx.engine.reload();
                    Library fresh = ctx.engine.library();
                    int passages = fresh.transcripts().stream().mapToInt(t -> t.passages().size()).sum();
                    return List.of(send(m, Doc.builder().text(tx.reloaded(fresh.transcripts().size(), passages)).build(),
                            List.of()));
                } catch (Exception e) {
                    LOG.warn("Reload failed: {}", e.getMessage());
                    return List.of(send(m, Doc.builder().text(tx.reloadFailed(e.getMessage())).build(), List.of()));
                }
            }
            default -> {
                if (!m.privateChat() && cmd.target() == null) {
                    return List.of(); // another bot's command in a group
                }
                return List.of(send(m, Doc.builder().text(tx.unknownCommand("/" + cmd.name())).build(), List.of()));
            }
        }
    }

    private Doc stats(Texts tx) {
        Stats s = ctx.stats;
        Duration up = s.uptime();
        Doc.Builder b = Doc.builder().bold("📊 " + tx.statsTitle()).text("\n");
        boolean en = tx.lang() == Lang.EN;
        b.text((en ? "Questions answered: " : "已回答问题：") + s.questions()).text("\n");
        b.text((en ? "Questions with no good result: " : "没有找到结果的问题：") + s.noResult()).text("\n");
        b.text((en ? "Quotes checked: " : "核对引语：") + s.quotes.get()).text("\n");
        b.text((en ? "Inline queries: " : "内联查询：") + s.inline.get()).text("\n");
        b.text((en ? "Button presses: " : "按钮点击：") + s.buttons.get()).text("\n");
        b.text((en ? "Rate-limit notices: " : "限流提示：") + s.limited.get()).text("\n");
        b.text((en ? "Uptime: " : "运行时间：") + String.format("%dd %02dh %02dm", up.toDays(), up.toHoursPart(),
                up.toMinutesPart())).text("\n");
        List<Map.Entry<String, Integer>> top = s.top(5);
        if (!top.isEmpty()) {
            b.text(en ? "Top questions:" : "最常见的问题：");
            for (Map.Entry<String, Integer> e : top) {
                b.text("\n• ").text(e.getKey()).text(" × " + e.getValue());
            }
        }
        return b.build();
    }

    private List<Action> limit(Incoming.ChatMessage m, Texts tx) {
        UserLimiter.Decision d = ctx.limiter.check(m.from().id());
        if (d == UserLimiter.Decision.ALLOW) {
            return null;
        }
        ctx.stats.limited.incrementAndGet();
        Metrics.declined("rate_limited");
        if (d == UserLimiter.Decision.NOTIFY) {
            return List.of(send(m, Doc.builder().text(tx.slowDown(ctx.limiter.perMinute())).build(), List.of()));
        }
        return List.of();
    }

    private List<Action> question(Incoming.ChatMessage m, String question, Texts tx) {
        if (question.isBlank()) {
            return List.of(send(m, Doc.builder().text(tx.askWhat()).build(), List.of()));
        }
        List<Action> limited = limit(m, tx);
        if (limited != null) {
            return limited;
        }
        Library lib = ctx.engine.library();
        SearchResult r = lib.search(question, ctx.results, 1);
        ctx.stats.question(question, !r.isEmpty());
        Metrics.question(m.privateChat() ? "chat" : "group");
        if (r.isEmpty()) {
            Metrics.declined("no_result");
        } else {
            Metrics.answered();
        }
        List<Action> out = new ArrayList<>();
        out.add(new Action.Typing(m.chatId(), m.threadId()));
        if (r.isEmpty()) {
            out.add(send(m, Composer.noResult(question, lib, tx), List.of()));
            return out;
        }
        String token = ctx.sessions.put(question);
        int others = m.privateChat() ? ctx.results - 1 : Math.min(2, ctx.results - 1);
        out.add(send(m, Composer.answer(question, r, 1, tx, others), Composer.answerButtons(token, r, 1, tx)));
        return out;
    }

    private Action.Send send(Incoming.ChatMessage m, Doc doc, List<List<Action.Button>> buttons) {
        return new Action.Send(m.chatId(), !m.privateChat(), m.privateChat() ? null : m.messageId(), m.threadId(), doc, buttons);
    }

    private List<Action> button(Incoming.ButtonPress b) {
        Texts tx = texts(b.from());
        ctx.stats.buttons.incrementAndGet();
        String data = b.data() == null ? "" : b.data();
        Library lib = ctx.engine.library();
        String[] parts = data.split(":");
        switch (parts[0]) {
            case "noop" -> {
                return List.of(new Action.AnswerButton(b.callbackId(), null, false));
            }
            case "p" -> {
                if (parts.length != 3 || b.chatId() == null || b.messageId() == null) {
                    break;
                }
                String question = ctx.sessions.get(parts[1]);
                if (question == null) {
                    question = questionFromMessage(b.messageText());
                }
                int k;
                try {
                    k = Integer.parseInt(parts[2]);
                } catch (NumberFormatException e) {
                    break;
                }
                if (question == null) {
                    return List.of(new Action.AnswerButton(b.callbackId(), tx.expired(), true));
                }
                SearchResult r = lib.search(question, ctx.results, k);
                if (k < 1 || k > r.hits().size()) {
                    return List.of(new Action.AnswerButton(b.callbackId(), tx.expired(), true));
                }
                String token = parts[1];
                if (ctx.sessions.get(token) == null) {
                    token = ctx.sessions.put(question);
                }
                int others = b.privateChat() ? ctx.results - 1 : Math.min(2, ctx.results - 1);
                return List.of(new Action.AnswerButton(b.callbackId(), null, false),
                        new Action.Edit(b.chatId(), b.messageId(), Composer.answer(question, r, k, tx, others),
                                Composer.answerButtons(token, r, k, tx)));
            }
            case "f" -> {
                Passage p = parts.length == 2 ? lib.index().passage(parts[1]) : null;
                if (p == null || b.chatId() == null) {
                    return List.of(new Action.AnswerButton(b.callbackId(), tx.expired(), true));
                }
                List<Action> out = new ArrayList<>();
                out.add(new Action.AnswerButton(b.callbackId(), null, false));
                for (Doc d : Composer.fullAnswer(lib, p, tx)) {
                    out.add(new Action.Send(b.chatId(), !b.privateChat(), b.messageId(), null, d, List.of()));
                }
                return out;
            }
            case "q" -> {
                Passage p = parts.length == 2 ? lib.index().passage(parts[1]) : null;
                if (p == null) {
                    return List.of(new Action.AnswerButton(b.callbackId(), tx.expired(), true));
                }
                var l = p.location();
                String text = l.question() == null ? tx.noQuestion()
                        : Composer.abbreviate(tx.askedBy(l.asker()) + l.question(), 190);
                return List.of(new Action.AnswerButton(b.callbackId(), text, true));
            }
            case "t" -> {
                if (parts.length != 3 || b.chatId() == null) {
                    break;
                }
                try {
                    Transcript t = lib.transcripts().get(Integer.parseInt(parts[1]));
                    Turn turn = t.turns().get(Integer.parseInt(parts[2]));
                    List<Action> out = new ArrayList<>();
                    out.add(new Action.AnswerButton(b.callbackId(), null, false));
                    for (Doc d : Composer.turnAnswer(t, turn, tx)) {
                        out.add(new Action.Send(b.chatId(), !b.privateChat(), b.messageId(), null, d, List.of()));
                    }
                    return out;
                } catch (RuntimeException e) {
                    return List.of(new Action.AnswerButton(b.callbackId(), tx.expired(), true));
                }
            }
            case "ex" -> {
                if (parts.length != 3 || b.chatId() == null) {
                    break;
                }
                try {
                    Texts exTx = Texts.of(Lang.valueOf(parts[1].toUpperCase(Locale.ROOT)));
                    String q = exTx.examples().get(Integer.parseInt(parts[2]));
                    Incoming.ChatMessage m = new Incoming.ChatMessage(b.updateId(), b.chatId(), b.privateChat(), b.from(),
                            b.messageId() == null ? 0 : b.messageId(), null, q, List.of(), null, false);
                    List<Action> out = new ArrayList<>();
                    out.add(new Action.AnswerButton(b.callbackId(), null, false));
                    out.addAll(question(m, q, tx));
                    return out;
                } catch (RuntimeException e) {
                    break;
                }
            }
            default -> {
                // unknown or from an older version of the bot
            }
        }
        return List.of(new Action.AnswerButton(b.callbackId(), tx.expired(), true));
    }

    /** The question echoed on the first line of an answer ("🔎 …"), unless it was shortened. */
    static String questionFromMessage(String text) {
        if (text == null || !text.startsWith("🔎 ")) {
            return null;
        }
        int nl = text.indexOf('\n');
        String q = (nl < 0 ? text.substring(3) : text.substring(3, nl)).strip();
        return q.isEmpty() || q.endsWith("…") ? null : q;
    }

    private List<Action> inline(Incoming.InlineRequest q) {
        Texts tx = texts(q.from());
        ctx.stats.inline.incrementAndGet();
        Metrics.question("inline");
        Library lib = ctx.engine.library();
        List<Action.InlineItem> items = new ArrayList<>();
        String query = q.query() == null ? "" : q.query().strip();
        if (query.isEmpty()) {
            for (int ti = 0; ti < lib.transcripts().size(); ti++) {
                Transcript t = lib.transcripts().get(ti);
                for (Turn turn : t.turns()) {
                    if (turn.kind() == TurnKind.QA && !Composer.isRepeat(t, turn) && items.size() < 50) {
                        items.add(new Action.InlineItem("t" + ti + "-" + turn.index(),
                                Composer.abbreviate(turn.asker() + "：" + turn.question(), 60),
                                tx.inlineTopicsHint() + " · " + t.meta().title(), Composer.inlineTopic(t, turn, tx)));
                    }
                }
            }
            return List.of(new Action.AnswerInline(q.id(), items, ctx.inlineCacheSeconds));
        }
        SearchResult r = lib.search(query, 10, 0);
        for (SearchHit h : r.hits()) {
            var l = h.passage().location();
            String desc = l.asker() != null ? tx.askedBy(l.asker()) + Composer.abbreviate(l.question(), 60)
                    : l.kind() == TurnKind.OPENING ? tx.openingStatement() : l.kind() == TurnKind.ORPHAN ? tx.orphan() : tx.lead();
            items.add(new Action.InlineItem(h.passage().id(), Composer.abbreviate(h.passage().text(), 40), desc,
                    Composer.inlineQuote(h, tx)));
        }
        return List.of(new Action.AnswerInline(q.id(), items, ctx.inlineCacheSeconds));
    }
}
