package org.transcriptbot.bot.core;

import static org.assertj.core.api.Assertions.assertThat;


import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.transcriptbot.bot.app.Wiring;
import org.transcriptbot.bot.config.BotConfig;
import org.transcriptbot.bot.render.HtmlRenderer;
import org.transcriptbot.bot.telegram.FakeBotApiChecks;

/** Routing decisions, without any transport. */
class RouterTest {
    private static Engine engine;
    private static final Incoming.Sender ZH = new Incoming.Sender(7, "u", false, "zh-CN");
    private static final Incoming.Sender EN = new Incoming.Sender(7, "u", false, "en");

    @BeforeAll
    static void load() throws Exception {
        engine = Wiring.engine(BotConfig.load(null, Map.of()), null);
    }

    private Router router(int perMinute, AtomicLong clock) {
        BotContext ctx = new BotContext(engine, Set.of(1L), 4, 60, Lang.ZH, new UserLimiter(perMinute, clock::get));
        ctx.identity(99, "MyBot");
        return new Router(ctx);
    }

    private static Incoming.ChatMessage msg(boolean privateChat, Incoming.Sender from, String text) {
        return new Incoming.ChatMessage(1, privateChat ? 7 : -5, privateChat, from, 10, null, text, List.of(), null, false);
    }

    @Test
    void parsesCommandsWithAndWithoutTarget() {
        assertThat(Router.command("/ask@MyBot 问题", List.of())).isEqualTo(new Router.Command("ask", "MyBot", "问题"));
        assertThat(Router.command("/ASK 问题", List.of())).isEqualTo(new Router.Command("ask", null, "问题"));
        assertThat(Router.command("/quote", List.of())).isEqualTo(new Router.Command("quote", null, ""));
        assertThat(Router.command("not a command", List.of())).isNull();
        assertThat(Router.command("/", List.of())).isNull();
        assertThat(Router.command("/中文", List.of())).isNull();
    }

    @Test
    void everyAnswerIsValidTelegramHtml() {
        Router r = router(0, new AtomicLong());
        for (String q : List.of("中方对乌克兰问题的立场是什么？", "/start", "/help", "/topics", "/source", "/quote 中欧双方对此都应保持高度警惕。",
                "/quote 中国始终扎根亚太、建设亚太、造福亚太。解决复杂问题需要的是冷静。", "<&>\"'", "xyzzy")) {
            for (Incoming.Sender s : List.of(ZH, EN)) {
                for (Action a : r.handle(msg(true, s, q))) {
                    if (a instanceof Action.Send send) {
                        for (var part : send.doc().split(Composer.MESSAGE_LIMIT)) {
                            assertThat(FakeBotApiChecks.html(HtmlRenderer.render(part))).as(q).isNull();
                        }
                        for (var row : send.buttons()) {
                            for (var b : row) {
                                assertThat(b.data().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                                        .isLessThanOrEqualTo(64);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void groupChatterIsIgnoredAndAddressedQuestionsThreaded() {
        Router r = router(0, new AtomicLong());
        assertThat(r.handle(msg(false, ZH, "随便聊聊一带一路"))).isEmpty();
        assertThat(r.handle(msg(false, ZH, "/ask@OtherBot 一带一路"))).isEmpty();
        assertThat(r.handle(msg(false, ZH, "/weather"))).isEmpty();
        List<Action> a = r.handle(msg(false, ZH, "/ask@mybot 一带一路"));
        assertThat(a).filteredOn(x -> x instanceof Action.Send).singleElement()
                .satisfies(x -> assertThat(((Action.Send) x).replyTo()).isEqualTo(10));
        Incoming.ChatMessage mention = new Incoming.ChatMessage(2, -5, false, ZH, 11, null, "@MyBot 冬奥会",
                List.of(new Incoming.Entity("mention", 0, 6, null)), null, false);
        assertThat(r.handle(mention)).anySatisfy(x -> assertThat(x).isInstanceOf(Action.Send.class));
        Incoming.ChatMessage reply = new Incoming.ChatMessage(3, -5, false, ZH, 12, null, "那北约呢",
                List.of(), new Incoming.ReplyTo(5, 99L, true, "🔎 …"), false);
        assertThat(r.handle(reply)).anySatisfy(x -> assertThat(x).isInstanceOf(Action.Send.class));
        Incoming.ChatMessage replyToOther = new Incoming.ChatMessage(4, -5, false, ZH, 13, null, "那北约呢",
                List.of(), new Incoming.ReplyTo(5, 123L, false, "hi"), false);
        assertThat(r.handle(replyToOther)).isEmpty();
    }

    @Test
    void fairUseGivesOneNoticeAWindow() {
        AtomicLong clock = new AtomicLong(1_000_000);
        Router r = router(2, clock);
        assertThat(r.handle(msg(true, ZH, "冬奥会"))).isNotEmpty();
        assertThat(r.handle(msg(true, ZH, "冬奥会"))).isNotEmpty();
        List<Action> notice = r.handle(msg(true, ZH, "冬奥会"));
        assertThat(((Action.Send) notice.get(0)).doc().plainText()).contains("有点快");
        assertThat(r.handle(msg(true, ZH, "冬奥会"))).isEmpty();
        clock.addAndGet(61_000);
        assertThat(r.handle(msg(true, ZH, "冬奥会"))).anySatisfy(x -> assertThat(x).isInstanceOf(Action.Send.class));
    }

    @Test
    void questionIsReadBackFromAnAnswerMessage() {
        assertThat(Router.questionFromMessage("🔎 中美关系\n…")).isEqualTo("中美关系");
        assertThat(Router.questionFromMessage("🔎 很长的问题…\n…")).isNull();
        assertThat(Router.questionFromMessage("hello")).isNull();
        assertThat(Router.questionFromMessage(null)).isNull();
    }

    @Test
    void stalePagingButtonsSayExpiredWhenTheQuestionIsLost() {
        Router r = router(0, new AtomicLong());
        List<Action> a = r.handle(new Incoming.ButtonPress(1, "cb", ZH, 7L, 3, true, "p:old:2", null));
        assertThat(a).singleElement().satisfies(x -> assertThat(((Action.AnswerButton) x).text()).contains("过期"));
        List<Action> f = r.handle(new Incoming.ButtonPress(2, "cb2", EN, 7L, 3, true, "f:000000000000", null));
        assertThat(f).singleElement().satisfies(x -> assertThat(((Action.AnswerButton) x).text()).contains("expired"));
    }

    @Test
    void inlineAnswersNeverExceedFiftyResults(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        StringBuilder t = new StringBuilder("王毅：开场。\n\n");
        for (int i = 0; i < 70; i++) {
            t.append("第").append(i).append("报记者：第").append(i).append("个问题是什么？\n\n王毅：第").append(i)
                    .append("个回答，讲合作与发展。\n\n");
        }
        java.nio.file.Files.writeString(dir.resolve("many.txt"), t.toString());
        Engine many = Wiring.engine(BotConfig.load(null, Map.of("TRANSCRIPTS_DIR", dir.toString())), null);
        BotContext ctx = new BotContext(many, Set.of(), 4, 60, Lang.ZH, new UserLimiter(0, System::currentTimeMillis));
        Router r = new Router(ctx);
        List<Action> a = r.handle(new Incoming.InlineRequest(1, "iq", ZH, ""));
        assertThat(((Action.AnswerInline) a.get(0)).items()).hasSize(50);
        List<Action> q = r.handle(new Incoming.InlineRequest(2, "iq2", ZH, "合作与发展"));
        assertThat(((Action.AnswerInline) q.get(0)).items().size()).isBetween(1, 10);
        assertThat(org.transcriptbot.bot.telegram.TelegramMapperAccess.inlineResults((Action.AnswerInline) a.get(0)))
                .isLessThanOrEqualTo(50);
    }

    @Test
    void languagesFollowTheUsersTelegramLanguage() {
        assertThat(Lang.of("zh-hant", Lang.EN)).isEqualTo(Lang.ZH);
        assertThat(Lang.of("en-US", Lang.ZH)).isEqualTo(Lang.EN);
        assertThat(Lang.of("de", Lang.EN)).isEqualTo(Lang.EN);
        assertThat(Lang.of(null, Lang.ZH)).isEqualTo(Lang.ZH);
    }

}
