package org.transcriptbot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.transcriptbot.bot.app.Wiring;
import org.transcriptbot.bot.config.BotConfig;
import org.transcriptbot.bot.messages.Lang;
import org.transcriptbot.bot.messages.StatsMessage;
import org.transcriptbot.bot.render.HtmlRenderer;
import org.transcriptbot.bot.render.MessageSplitter;
import org.transcriptbot.bot.telegram.TelegramHtmlRules;

/** Routing decisions over the bundled transcript, without any transport. */
class ConversationTest {
    static final Incoming.Sender ZH = new Incoming.Sender(7, "u", false, "zh-CN");
    static final Incoming.Sender EN = new Incoming.Sender(7, "u", false, "en");
    private static LiveLibrary library;

    @BeforeAll
    static void load() throws Exception {
        library = Wiring.loadedLibrary(BotConfig.load(null, Map.of()), null);
    }

    static Conversation conversation(LiveLibrary library, int perMinute, AtomicLong clock) {
        Conversation c =
                new Conversation(
                        new ConversationSettings(Set.of(1L), 4, 60, Lang.ZH, perMinute),
                        library,
                        clock::get);
        c.identity(99, "MyBot");
        return c;
    }

    static Incoming.ChatMessage msg(boolean privateChat, Incoming.Sender from, String text) {
        return new Incoming.ChatMessage(
                1, privateChat ? 7 : -5, privateChat, from, 10, null, text, List.of(), null, false);
    }

    /** Update n of a group chat, message 9 + n, from a Chinese-speaking user. */
    private static Incoming.ChatMessage inGroup(
            int n, String text, List<Incoming.Entity> entities, Incoming.ReplyTo replyTo) {
        return new Incoming.ChatMessage(
                n, -5, false, ZH, 9 + n, null, text, entities, replyTo, false);
    }

    static List<Outgoing.Send> sends(List<Outgoing> out) {
        return out.stream()
                .filter(o -> o instanceof Outgoing.Send)
                .map(o -> (Outgoing.Send) o)
                .toList();
    }

    @Test
    void everyAnswerIsValidTelegramHtmlWithCallbacksWithinTheLimit() {
        Conversation c = conversation(library, 0, new AtomicLong());
        for (String q :
                List.of(
                        "中方对乌克兰问题的立场是什么？",
                        "/start",
                        "/help",
                        "/topics",
                        "/source",
                        "/quote 中欧双方对此都应保持高度警惕。",
                        "/quote 中国始终扎根亚太、建设亚太、造福亚太。解决复杂问题需要的是冷静。",
                        "<&>\"'",
                        "xyzzy",
                        "今天北京天气怎么样")) {
            for (Incoming.Sender s : List.of(ZH, EN)) {
                for (Outgoing.Send send : sends(c.handle(msg(true, s, q)))) {
                    for (var part : MessageSplitter.split(send.text())) {
                        assertThat(TelegramHtmlRules.text(HtmlRenderer.render(part), "HTML"))
                                .as(q)
                                .isNull();
                    }
                    send.buttons().stream()
                            .flatMap(List::stream)
                            .forEach(
                                    b ->
                                            assertThat(
                                                            b.data()
                                                                    .getBytes(
                                                                            StandardCharsets.UTF_8)
                                                                    .length)
                                                    .as(b.label())
                                                    .isLessThanOrEqualTo(64));
                }
            }
        }
    }

    @Test
    void groupChatterIsIgnoredAndAddressedQuestionsThreaded() {
        Conversation c = conversation(library, 0, new AtomicLong());
        assertThat(c.handle(msg(false, ZH, "随便聊聊一带一路"))).isEmpty();
        assertThat(c.handle(msg(false, ZH, "/ask@OtherBot 一带一路"))).isEmpty();
        assertThat(c.handle(msg(false, ZH, "/weather"))).isEmpty();
        assertThat(sends(c.handle(msg(false, ZH, "/ask@mybot 一带一路"))))
                .singleElement()
                .satisfies(s -> assertThat(s.replyTo()).isEqualTo(10));
        Incoming.ChatMessage mention =
                inGroup(2, "@MyBot 冬奥会", List.of(new Incoming.Entity("mention", 0, 6, null)), null);
        assertThat(sends(c.handle(mention))).hasSize(1);
        Incoming.ChatMessage reply =
                inGroup(3, "那北约呢", List.of(), new Incoming.ReplyTo(5, 99L, true, "🔎 …"));
        assertThat(sends(c.handle(reply))).hasSize(1);
        Incoming.ChatMessage replyToOther =
                inGroup(4, "那北约呢", List.of(), new Incoming.ReplyTo(5, 123L, false, "hi"));
        assertThat(c.handle(replyToOther)).isEmpty();
    }

    @Test
    void commandsAreReadWithAndWithoutTheirTarget() {
        assertThat(Addressing.command("/ask@MyBot 问题", List.of()))
                .isEqualTo(new Addressing.Command("ask", "MyBot", "问题"));
        assertThat(Addressing.command("/ASK 问题", List.of()))
                .isEqualTo(new Addressing.Command("ask", null, "问题"));
        assertThat(Addressing.command("/quote", List.of()))
                .isEqualTo(new Addressing.Command("quote", null, ""));
        assertThat(Addressing.command("not a command", List.of())).isNull();
        assertThat(Addressing.command("/", List.of())).isNull();
        assertThat(Addressing.command("/中文", List.of())).isNull();
    }

    @Test
    void fairUseGivesOneNoticeSayingWhenAndKeepsItsWord() {
        AtomicLong clock = new AtomicLong(1_000_000);
        Conversation c = conversation(library, 2, clock);
        assertThat(sends(c.handle(msg(true, ZH, "冬奥会")))).hasSize(1);
        clock.addAndGet(15_000);
        assertThat(sends(c.handle(msg(true, ZH, "冬奥会")))).hasSize(1);
        List<Outgoing.Send> notice = sends(c.handle(msg(true, ZH, "冬奥会")));
        assertThat(notice)
                .singleElement()
                .satisfies(
                        s ->
                                assertThat(s.text().plainText())
                                        .contains("每分钟最多 2 个问题")
                                        .contains("请在 45 秒后再问")
                                        .contains("不会回答"));
        clock.addAndGet(44_000);
        assertThat(c.handle(msg(true, ZH, "冬奥会"))).as("before the time the notice named").isEmpty();
        clock.addAndGet(1_000);
        assertThat(sends(c.handle(msg(true, ZH, "冬奥会"))))
                .as("at the time the notice named")
                .hasSize(1);
        assertThat(sends(c.handle(msg(true, EN, "Olympics"))))
                .singleElement()
                .satisfies(
                        s ->
                                assertThat(s.text().plainText())
                                        .contains("Please ask again in 15 seconds"));
    }

    @Test
    void anOffTopicQuestionOffersTheTopicsButton() {
        Conversation c = conversation(library, 0, new AtomicLong());
        List<Outgoing.Send> out = sends(c.handle(msg(true, ZH, "xyzzy qwerty")));
        assertThat(out)
                .singleElement()
                .satisfies(
                        s -> {
                            assertThat(s.text().plainText()).contains("实录没有谈到这个问题");
                            assertThat(s.buttons().get(0).get(0).callback())
                                    .isEqualTo(new Callback.Topics());
                        });
    }

    @Test
    void aQuestionWhoseTopicIsThereButNotTheFactAskedGetsTheClosestPassagesAsSuch() {
        // the Winter Olympics answer counts officials, not athletes
        Conversation c = conversation(library, 0, new AtomicLong());
        List<Outgoing.Send> out = sends(c.handle(msg(true, ZH, "北京冬奥会有多少名运动员参赛？")));
        assertThat(out)
                .singleElement()
                .satisfies(
                        s ->
                                assertThat(s.text().plainText())
                                        .contains("实录没有谈到这个问题")
                                        .contains("最接近的段落（并非答案）")
                                        .contains("北京冬奥会"));
    }

    @Test
    void theQuestionIsReadBackFromAnAnswerMessage() {
        assertThat(AskedQuestions.fromAnswerText("🔎 中美关系\n…")).isEqualTo("中美关系");
        assertThat(AskedQuestions.fromAnswerText("🔎 很长的问题…\n…")).isNull();
        assertThat(AskedQuestions.fromAnswerText("hello")).isNull();
        assertThat(AskedQuestions.fromAnswerText(null)).isNull();
    }

    @Test
    void languagesFollowTheUsersTelegramLanguage() {
        assertThat(Lang.of("zh-hant", Lang.EN)).isEqualTo(Lang.ZH);
        assertThat(Lang.of("en-US", Lang.ZH)).isEqualTo(Lang.EN);
        assertThat(Lang.of("de", Lang.EN)).isEqualTo(Lang.EN);
        assertThat(Lang.of(null, Lang.ZH)).isEqualTo(Lang.ZH);
    }

    @Test
    void statsAreForAdministratorsAndShowTheTransportsDeliveryFigures() {
        Conversation c = conversation(library, 0, new AtomicLong());
        Incoming.Sender admin = new Incoming.Sender(1, "admin", false, "en");
        assertThat(sends(c.handle(msg(true, EN, "/stats"))))
                .singleElement()
                .satisfies(s -> assertThat(s.text().plainText()).contains("administrators only"));
        assertThat(sends(c.handle(msg(true, admin, "/stats"))).get(0).text().plainText())
                .doesNotContain("Delivery")
                .contains("Search:")
                .containsPattern("Transcripts: 1, passages: \\d+")
                .containsPattern("Ranking: (hybrid \\(all \\d+ passages embedded\\)|lexical)");
        c.reportDeliveryWith(
                () ->
                        new StatsMessage.Delivery(
                                3, 5, java.time.Duration.ofSeconds(42), 120, 7, 1, 2));
        String stats = sends(c.handle(msg(true, admin, "/stats"))).get(0).text().plainText();
        assertThat(stats)
                .contains("Updates waiting to be handled: 3")
                .contains("Answers waiting to be sent: 5")
                .contains("Oldest pending answer: waiting 42 s")
                .contains("Messages sent: 120")
                .contains("Retries: 7")
                .contains("Refused by Telegram: 1")
                .contains("Dropped as too old to deliver: 2");
        Incoming.Sender adminZh = new Incoming.Sender(1, "admin", false, "zh");
        assertThat(sends(c.handle(msg(true, adminZh, "/stats"))).get(0).text().plainText())
                .contains("因超时未送达而放弃：2");
    }

    @Test
    void unknownCommandsAreEchoedWithoutControlCharacters() {
        Conversation c = conversation(library, 0, new AtomicLong());
        assertThat(sends(c.handle(msg(true, EN, "/frobnicate"))))
                .singleElement()
                .satisfies(
                        s ->
                                assertThat(s.text().plainText())
                                        .isEqualTo(
                                                "I don’t know the command /frobnicate. Send /help to see what I can do."));
    }
}
