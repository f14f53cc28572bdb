package org.transcriptbot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transcriptbot.bot.conversation.ConversationTest.EN;
import static org.transcriptbot.bot.conversation.ConversationTest.ZH;
import static org.transcriptbot.bot.conversation.ConversationTest.conversation;
import static org.transcriptbot.bot.conversation.ConversationTest.msg;
import static org.transcriptbot.bot.conversation.ConversationTest.sends;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transcriptbot.bot.app.Wiring;
import org.transcriptbot.bot.config.BotConfig;
import org.transcriptbot.bot.telegram.TelegramMapperAccess;

/** Buttons (paging, full answers, topics, examples, stale ones) and inline queries. */
class ButtonAndInlineTest {
    private static LiveLibrary library;

    @BeforeAll
    static void load() throws Exception {
        library = Wiring.loadedLibrary(BotConfig.load(null, Map.of()), null);
    }

    private static Incoming.ButtonPress press(
            Incoming.Sender s, Outgoing.Button b, String messageText) {
        return new Incoming.ButtonPress(2, "cb", s, 7L, 3, true, b.data(), messageText);
    }

    private static Outgoing.Button button(Outgoing.Send s, Class<? extends Callback> kind) {
        return s.buttons().stream()
                .flatMap(List::stream)
                .filter(b -> kind.isInstance(b.callback()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void nextEditsTheAnswerInPlaceAndTheFullAnswerFollows() {
        Conversation c = conversation(library, 0, new AtomicLong());
        Outgoing.Send answer = sends(c.handle(msg(true, ZH, "中美关系"))).get(0);
        List<Outgoing> next =
                c.handle(press(ZH, button(answer, Callback.Page.class), answer.text().plainText()));
        assertThat(next)
                .hasSize(2)
                .element(1)
                .isInstanceOfSatisfying(
                        Outgoing.Edit.class,
                        e ->
                                assertThat(e.buttons().get(0))
                                        .extracting(Outgoing.Button::label)
                                        .contains("2/4"));
        List<Outgoing.Send> full =
                sends(c.handle(press(ZH, button(answer, Callback.FullAnswer.class), null)));
        assertThat(full)
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.text().plainText()).contains("📄"));
    }

    @Test
    void pagingAfterTheQuestionWasForgottenReadsItBackFromTheMessage() {
        Conversation c = conversation(library, 0, new AtomicLong());
        Outgoing.Button stale = new Outgoing.Button("next", new Callback.Page("old", 2));
        assertThat(c.handle(press(ZH, stale, "🔎 中美关系\n…")))
                .element(1)
                .isInstanceOf(Outgoing.Edit.class);
        assertThat(c.handle(press(ZH, stale, null)))
                .singleElement()
                .isInstanceOfSatisfying(
                        Outgoing.AnswerButton.class, a -> assertThat(a.text()).contains("过期"));
        Outgoing.Button gone = new Outgoing.Button("full", new Callback.FullAnswer("000000000000"));
        assertThat(c.handle(press(EN, gone, null)))
                .singleElement()
                .isInstanceOfSatisfying(
                        Outgoing.AnswerButton.class, a -> assertThat(a.text()).contains("expired"));
        Incoming.ButtonPress old =
                new Incoming.ButtonPress(3, "cb", ZH, 7L, 3, true, "t:0:3", null);
        assertThat(c.handle(old))
                .singleElement()
                .isInstanceOfSatisfying(
                        Outgoing.AnswerButton.class, a -> assertThat(a.text()).contains("过期"));
    }

    @Test
    void topicButtonsFindTheirQuestionByIdAfterAReloadChangesTheOrder(@TempDir Path dir)
            throws Exception {
        Files.writeString(dir.resolve("b.txt"), "王毅：开场。\n\n路透社记者：乙的问题是什么？\n\n王毅：乙的回答。\n");
        LiveLibrary two =
                Wiring.loadedLibrary(
                        BotConfig.load(null, Map.of("TRANSCRIPTS_DIR", dir.toString())), null);
        Conversation c = conversation(two, 0, new AtomicLong());
        Outgoing.Send topics = sends(c.handle(msg(true, ZH, "/topics"))).get(0);
        Outgoing.Button second = topics.buttons().get(0).get(0);
        Files.writeString(dir.resolve("a.txt"), "王毅：开场。\n\n新华社记者：甲的问题是什么？\n\n王毅：甲的回答。\n");
        two.reload().get();
        List<Outgoing.Send> shown = sends(c.handle(press(ZH, second, null)));
        assertThat(shown)
                .singleElement()
                .satisfies(
                        s -> assertThat(s.text().plainText()).contains("乙的回答").doesNotContain("甲"));
        Files.writeString(dir.resolve("b.txt"), "王毅：开场。\n\n路透社记者：另一个问题？\n\n王毅：另一个回答。\n");
        two.reload().get();
        assertThat(c.handle(press(ZH, second, null)))
                .singleElement()
                .isInstanceOf(Outgoing.AnswerButton.class);
        two.close();
    }

    @Test
    void anExampleButtonAsksItsQuestion() {
        Conversation c = conversation(library, 0, new AtomicLong());
        Outgoing.Send welcome = sends(c.handle(msg(true, EN, "/start"))).get(0);
        List<Outgoing.Send> answer =
                sends(c.handle(press(EN, welcome.buttons().get(0).get(0), null)));
        assertThat(answer)
                .singleElement()
                .satisfies(s -> assertThat(s.text().plainText()).startsWith("🔎 What is China"));
    }

    @Test
    void inlineAnswersHoldAtMostFiftyResultsAndTheMapperCutsLongerLists(@TempDir Path dir)
            throws Exception {
        StringBuilder t = new StringBuilder("王毅：开场。\n\n");
        for (int i = 0; i < 70; i++) {
            t.append("第")
                    .append(i)
                    .append("报记者：第")
                    .append(i)
                    .append("个问题是什么？\n\n王毅：第")
                    .append(i)
                    .append("个回答，讲合作与发展。\n\n");
        }
        Files.writeString(dir.resolve("many.txt"), t.toString());
        LiveLibrary many =
                Wiring.loadedLibrary(
                        BotConfig.load(null, Map.of("TRANSCRIPTS_DIR", dir.toString())), null);
        Conversation c = conversation(many, 0, new AtomicLong());
        Outgoing.AnswerInline topics =
                (Outgoing.AnswerInline)
                        c.handle(new Incoming.InlineRequest(1, "iq", ZH, "")).get(0);
        assertThat(topics.items()).hasSize(InlineHandler.MAX_RESULTS);
        Outgoing.AnswerInline found =
                (Outgoing.AnswerInline)
                        c.handle(new Incoming.InlineRequest(2, "iq2", ZH, "合作与发展")).get(0);
        assertThat(found.items().size()).isBetween(1, 10);
        List<Outgoing.InlineItem> seventy = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            seventy.add(
                    new Outgoing.InlineItem("i" + i, "t", "d", topics.items().get(0).content()));
        }
        assertThat(TelegramMapperAccess.inlineResults(new Outgoing.AnswerInline("iq3", seventy, 0)))
                .isEqualTo(50);
        many.close();
    }
}
