package org.transcriptbot.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real bot against a fake Bot API server on loopback. */
class BotEndToEndTest {
    private static final long USER = 4242;
    private static final long GROUP = -100777;
    private BotHarness h;
    private FakeBotApi api;

    @BeforeEach
    void start() throws Exception {
        h = new BotHarness("").start();
        api = h.api;
    }

    @AfterEach
    void stop() throws Exception {
        h.close();
        assertThat(api.errors).as("requests Telegram would reject").isEmpty();
    }

    private ObjectNode user(String lang) {
        return api.updates.user(USER, lang);
    }

    private CallLog.Call answerTo(long chatId, String contains) throws InterruptedException {
        return api.calls.await(
                "sendMessage", c -> c.chatId() == chatId && c.text().contains(contains));
    }

    @Test
    void startsWithGetMeAndRegistersCommandsInTwoLanguages() throws Exception {
        assertThat(api.calls.of("getMe")).isNotEmpty();
        api.calls.await(
                "setMyCommands", c -> c.params().path("language_code").asText("").equals("zh"));
        api.calls.await("setMyCommands", c -> !c.params().has("language_code"));
        List<CallLog.Call> cmds = api.calls.of("setMyCommands");
        assertThat(cmds).hasSize(2);
        assertThat(cmds)
                .anySatisfy(
                        c -> assertThat(c.params().path("language_code").asText()).isEqualTo("zh"));
        assertThat(cmds.get(0).params().path("commands").toString())
                .contains("quote")
                .contains("ask");
        assertThat(h.bot.conversation().username()).isEqualTo(FakeBotApi.USERNAME);
    }

    @Test
    void aPrivateQuestionGetsTheQuotedPassageWithContextAndButtons() throws Exception {
        api.updates.pushMessage(USER, "private", user("zh"), "中方对乌克兰问题的立场是什么？");
        CallLog.Call c = answerTo(USER, "<blockquote>");
        String html = c.text();
        assertThat(html)
                .contains("在<b>乌克兰问题</b>上")
                .contains("路透社")
                .contains("第 1 段，共 11 段")
                .contains("王毅就中国外交政策和对外关系回答中外记者提问")
                .contains("2022-03-07");
        JsonNode kb = c.params().path("reply_markup").path("inline_keyboard");
        assertThat(kb.toString()).contains("p:").contains("f:").contains("q:");
        assertThat(c.params().has("reply_parameters")).isFalse();
        api.calls.await("sendChatAction", a -> a.params().path("action").asText().equals("typing"));
    }

    @Test
    void englishUsersGetAnEnglishInterfaceAndTheOriginalText() throws Exception {
        api.updates.pushMessage(USER, "private", user("en"), "/start");
        assertThat(answerTo(USER, "Hello!").text()).contains("Try these");
        api.updates.pushMessage(USER, "private", user("en-GB"), "Belt and Road");
        CallLog.Call c = answerTo(USER, "一带一路");
        assertThat(c.text()).contains("paragraph").contains("asked");
        api.updates.pushMessage(USER, "private", user("zh-hans"), "/help");
        answerTo(USER, "我能做的");
    }

    @Test
    void noResultGetsAHelpfulReply() throws Exception {
        api.updates.pushMessage(USER, "private", user("zh"), "xyzzy plugh");
        assertThat(answerTo(USER, "实录没有谈到这个问题").text()).contains("/topics").contains("路透社");
    }

    @Test
    void hostileInputIsEscapedAndFitsTheLimits() throws Exception {
        api.updates.pushMessage(
                USER, "private", user("zh"), "<b>中美关系</b> & <script>alert(1)</script> &amp;");
        CallLog.Call c = answerTo(USER, "&lt;script&gt;");
        assertThat(c.text()).contains("&amp;amp;").doesNotContain("<script>");
        String huge = "中美关系怎么样".repeat(800);
        api.updates.pushMessage(USER, "private", user("zh"), huge);
        CallLog.Call big =
                api.calls.await(
                        "sendMessage", x -> x.chatId() == USER && x.text().contains("中美关系怎么样中美"));
        assertThat(TelegramHtmlRules.visible(big.text()).length()).isLessThanOrEqualTo(4096);
        api.updates.pushMessage(USER, "private", user("zh"), "😀😀 冬奥会 \u0000\u0007\u202e 成功？？");
        answerTo(USER, "冬奥");
        api.updates.pushSticker(USER, "private", user("zh"));
        answerTo(USER, "只能读文字");
    }

    @Test
    void groupsAnswerOnlyWhenAddressedAndThreadTheReply() throws Exception {
        ObjectNode u = user("zh");
        api.updates.pushMessage(GROUP, "supergroup", u, "大家好，今天天气不错");
        api.updates.pushMessage(GROUP, "supergroup", u, "/ask@OtherBot 中美关系");
        api.updates.pushMessage(GROUP, "supergroup", u, "/start@OtherBot");
        ObjectNode otherBot = api.updates.user(777, "zh");
        otherBot.put("is_bot", true);
        api.updates.pushMessage(GROUP, "supergroup", otherBot, "/ask 中美关系");
        api.updates.pushEdited(GROUP, "supergroup", u, "/ask@" + FakeBotApi.USERNAME + " 北约");
        api.updates.pushSticker(GROUP, "supergroup", u);
        int marker =
                api.updates.pushMessage(
                        GROUP, "supergroup", u, "/ask@" + FakeBotApi.USERNAME + " 一带一路");
        CallLog.Call c = answerTo(GROUP, "一带一路");
        assertThat(c.params().path("reply_parameters").path("message_id").asInt()).isPositive();
        api.awaitOffset(marker + 1);
        // nothing else was said in the group
        assertThat(api.calls.of("sendMessage").stream().filter(x -> x.chatId() == GROUP))
                .hasSize(1);

        api.updates.pushMessage(GROUP, "supergroup", u, "@" + FakeBotApi.USERNAME + " 冬奥会成功的意义");
        answerTo(GROUP, "冬奥");
        JsonNode botMessage =
                api.updates.message(
                        GROUP, "supergroup", api.updates.user(FakeBotApi.BOT_ID, null), "🔎 之前的回答");
        ((ObjectNode) botMessage.get("from")).put("is_bot", true);
        api.updates.pushReply(GROUP, "supergroup", u, "那印太战略呢？", botMessage);
        answerTo(GROUP, "印太");
        api.updates.pushMessage(GROUP, "supergroup", u, "/ask 全球发展倡议");
        answerTo(GROUP, "全球发展倡议");
    }

    @Test
    void quoteCommandGivesTheVerdictAndWhatDiffers() throws Exception {
        api.updates.pushMessage(USER, "private", user("zh"), "/quote 习近平主席同拜登总统举行视频会晤并三次通话");
        CallLog.Call c = answerTo(USER, "⚠️");
        assertThat(c.text()).contains("<s>两</s><u>三</u>").contains("美国全国广播公司");
        api.updates.pushMessage(
                USER, "private", user("en"), "/quote 解决复杂问题需要的是冷静和理性，而不是火上浇油、激化矛盾。");
        answerTo(USER, "✅");
        api.updates.pushMessage(USER, "private", user("en"), "/quote 中方呼吁有关各方保持最大限度克制，避免局势进一步升级。");
        answerTo(USER, "❌");
        JsonNode someone =
                api.updates.message(
                        GROUP, "supergroup", api.updates.user(5, "zh"), "王毅说过：中国始终扎根亚太、建设亚太、造福亚太。");
        api.updates.pushReply(
                GROUP, "supergroup", user("zh"), "/quote@" + FakeBotApi.USERNAME, someone);
        answerTo(GROUP, "✅");
        api.updates.pushMessage(USER, "private", user("zh"), "/quote 好");
        answerTo(USER, "无法核对");
    }

    @Test
    void buttonsPageEditAndExplainAndAreAlwaysAcknowledged() throws Exception {
        api.updates.pushMessage(USER, "private", user("zh"), "中方对乌克兰问题的立场是什么？");
        CallLog.Call answer = answerTo(USER, "<blockquote>");
        JsonNode sent = sentMessage(answer);
        JsonNode kb = answer.params().path("reply_markup").path("inline_keyboard");
        String next = find(kb, "p:");
        api.updates.pushCallback(user("zh"), sent, next);
        CallLog.Call edit = api.calls.await("editMessageText", x -> x.chatId() == USER);
        assertThat(edit.text()).contains("<blockquote>");
        assertThat(edit.params().path("reply_markup").toString()).contains("◀");

        api.updates.pushCallback(user("zh"), sent, find(kb, "f:"));
        CallLog.Call full = answerTo(USER, "完整回答");
        assertThat(full.text()).contains("冰冻三尺非一日之寒").contains("中国红十字会");

        api.updates.pushCallback(user("zh"), sent, find(kb, "q:"));
        CallLog.Call q =
                api.calls.await(
                        "answerCallbackQuery",
                        x -> x.params().path("text").asText("").contains("俄军"));
        assertThat(q.params().path("show_alert").asBoolean()).isTrue();

        // a button from before a restart: the session is gone, the question is read back from the
        // message
        api.updates.pushCallback(user("zh"), sent, "p:zzz9:2");
        api.calls.await(
                "editMessageText",
                x ->
                        x.chatId() == USER
                                && x.params().path("reply_markup").toString().contains("2/"));
        // garbage or unknown data still gets an answer
        int last = api.updates.pushCallback(user("zh"), sent, "nonsense:1:2:3");
        api.calls.await(
                "answerCallbackQuery", x -> x.params().path("text").asText("").contains("过期"));
        api.awaitOffset(last + 1);
        api.calls.awaitCount("answerCallbackQuery", 5); // every press acknowledged
        assertThat(
                        api.calls.of("answerCallbackQuery").stream()
                                .map(c -> c.params().path("callback_query_id").asText())
                                .distinct()
                                .count())
                .isEqualTo(5);
    }

    private static JsonNode sentMessage(CallLog.Call c) {
        ObjectNode m = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        m.put("message_id", 77).put("date", 1);
        m.putObject("chat")
                .put("id", c.chatId())
                .put("type", c.chatId() > 0 ? "private" : "supergroup");
        m.put("text", TelegramHtmlRules.visible(c.text()));
        return m;
    }

    private static String find(JsonNode kb, String prefix) {
        for (JsonNode row : kb) {
            for (JsonNode b : row) {
                if (b.path("callback_data").asText().startsWith(prefix)) {
                    return b.path("callback_data").asText();
                }
            }
        }
        throw new AssertionError("no button " + prefix + " in " + kb);
    }

    @Test
    void buttonsFromBeforeARestartStillAnswer() throws Exception {
        api.updates.pushMessage(
                USER, "private", user("en"), "What is China's position on Ukraine?");
        CallLog.Call answer = answerTo(USER, "<blockquote>");
        JsonNode kb = answer.params().path("reply_markup").path("inline_keyboard");
        h.restart();
        api.updates.pushCallback(user("en"), sentMessage(answer), find(kb, "p:"));
        api.calls.await(
                "editMessageText",
                x ->
                        x.chatId() == USER
                                && x.params().path("reply_markup").toString().contains("2/"));
        api.updates.pushCallback(user("en"), sentMessage(answer), find(kb, "f:"));
        answerTo(USER, "Full answer");
        // the message text is gone too (an old, inaccessible message): a clear notice, still
        // acknowledged
        ObjectNode inaccessible =
                new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        inaccessible.put("message_id", 77).put("date", 0);
        inaccessible.putObject("chat").put("id", USER).put("type", "private");
        api.updates.pushCallback(user("en"), inaccessible, "p:old1:2");
        api.calls.await(
                "answerCallbackQuery", x -> x.params().path("text").asText("").contains("expired"));
    }

    @Test
    void inlineModeOffersQuotesAndTopics() throws Exception {
        api.updates.pushInline(user("zh"), "一带一路");
        CallLog.Call c =
                api.calls.await("answerInlineQuery", x -> x.params().path("results").size() > 0);
        JsonNode results = c.params().path("results");
        assertThat(results.size()).isBetween(1, 10);
        assertThat(results.get(0).path("input_message_content").path("message_text").asText())
                .contains("<blockquote");
        assertThat(results.get(0).path("description").asText()).contains("国广");
        assertThat(c.params().path("cache_time").asInt()).isPositive();
        api.updates.pushInline(user("zh"), "");
        CallLog.Call topics =
                api.calls.await(
                        "answerInlineQuery",
                        x -> x.params().path("results").toString().contains("埃菲社"));
        assertThat(topics.params().path("results").size()).isBetween(5, 50);
        api.updates.pushInline(user("zh"), "xyzzy plugh");
        api.calls.await("answerInlineQuery", x -> x.params().path("results").isEmpty());
    }

    @Test
    void topicsAndSourceDescribeTheTranscript() throws Exception {
        api.updates.pushMessage(USER, "private", user("zh"), "/topics");
        CallLog.Call t = answerTo(USER, "记者会上的提问");
        java.util.regex.Matcher turn3 =
                java.util.regex.Pattern.compile("t:[0-9a-f]+:3:-?[0-9a-f]+")
                        .matcher(t.params().path("reply_markup").toString());
        assertThat(turn3.find()).isTrue();
        api.updates.pushCallback(user("zh"), sentMessage(t), turn3.group());
        answerTo(USER, "冰冻三尺");
        api.updates.pushMessage(USER, "private", user("en"), "/source");
        CallLog.Call s = answerTo(USER, "Transcripts loaded");
        assertThat(s.text())
                .contains("新华社")
                .contains("repeated")
                .contains("cut-off ending")
                .contains("no question");
    }

    @Test
    void adminCommandsAreForAdminsOnly() throws Exception {
        api.updates.pushMessage(USER, "private", user("en"), "/stats");
        answerTo(USER, "administrators only");
        ObjectNode admin = api.updates.user(42, "en");
        api.updates.pushMessage(42, "private", admin, "一带一路");
        answerTo(42, "一带一路");
        api.updates.pushMessage(42, "private", admin, "/stats");
        CallLog.Call s = answerTo(42, "Questions asked");
        assertThat(s.text())
                .contains("一带一路")
                .contains("Uptime")
                .contains("Ranking: ")
                .contains("Messages sent: ")
                .contains("Dropped as too old to deliver: 0");
        api.updates.pushMessage(42, "private", admin, "/reload");
        answerTo(42, "Reloading the transcripts in the background");
        answerTo(42, "Reloaded 1 transcript");
    }

    @Test
    void unknownCommandsAndEmptyAsksGetAPoliteAnswer() throws Exception {
        api.updates.pushMessage(USER, "private", user("zh"), "/frobnicate");
        answerTo(USER, "不认识");
        api.updates.pushMessage(USER, "private", user("zh"), "/ask");
        answerTo(USER, "/ask 后面");
    }

    @Test
    void rateLimitAndServerErrorsAreRetriedNotLost() throws Exception {
        api.fail("sendMessage", 1, 429, 1);
        api.fail("sendMessage", 2, 500, 0);
        api.updates.pushMessage(USER, "private", user("zh"), "北约");
        answerTo(USER, "北约");
        long attempts = api.calls.of("sendMessage").size();
        assertThat(attempts).isGreaterThanOrEqualTo(4);
        api.fail("getUpdates", 1, 429, 1);
        api.updates.pushMessage(USER, "private", user("zh"), "上海公报");
        answerTo(USER, "上海公报");
    }

    @Test
    void messagesToOneChatKeepTheirOrder() throws Exception {
        String[] qs = {"冬奥会", "一带一路", "上海公报", "北约", "全球发展倡议"};
        for (String q : qs) {
            api.updates.pushMessage(USER, "private", user("zh"), "/ask " + q);
        }
        answerTo(USER, "🔎 全球发展倡议");
        List<String> order =
                api.calls.of("sendMessage").stream()
                        .filter(c -> c.chatId() == USER)
                        .map(c -> c.text().substring(0, c.text().indexOf('\n')))
                        .toList();
        assertThat(order).containsExactly("🔎 冬奥会", "🔎 一带一路", "🔎 上海公报", "🔎 北约", "🔎 全球发展倡议");
    }

    @Test
    void theSameUpdateIsAnsweredOnce() throws Exception {
        ObjectNode u = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        u.set("message", api.updates.message(USER, "private", user("zh"), "红十字会"));
        u.put("update_id", api.updates.nextUpdateId());
        api.updates.pushAll(List.of(u.deepCopy(), u.deepCopy()));
        answerTo(USER, "红十字会");
        int marker = api.updates.pushMessage(USER, "private", user("zh"), "冬残奥会");
        answerTo(USER, "冬残奥");
        api.awaitOffset(marker + 1);
        assertThat(api.calls.of("sendMessage").stream().filter(c -> c.text().contains("🔎 红十字会")))
                .hasSize(1);
    }

    @Test
    void offsetIsConfirmedAfterHandlingAndARestartLosesNothing() throws Exception {
        int first = api.updates.pushMessage(USER, "private", user("zh"), "冬奥会");
        answerTo(USER, "冬奥");
        api.awaitOffset(first + 1);
        h.bot.close();
        // arrives while the bot is down
        int during = api.updates.pushMessage(USER, "private", user("zh"), "印太战略");
        assertThat(api.confirmedOffset()).isLessThanOrEqualTo(during);
        h.start();
        answerTo(USER, "印太");
        api.awaitOffset(during + 1);
        assertThat(api.calls.of("sendMessage").stream().filter(c -> c.text().startsWith("🔎 冬奥会")))
                .hasSize(1);
    }

    @Test
    void theTokenNeverReachesTheLogs() throws Exception {
        api.fail("sendMessage", 1, 500, 0);
        api.updates.pushMessage(USER, "private", user("zh"), "冬奥会");
        answerTo(USER, "冬奥");
        h.bot.close();
        assertThat(MemoryAppender.LINES).isNotEmpty();
        for (String line : MemoryAppender.LINES) {
            assertThat(line).doesNotContain(FakeBotApi.TOKEN).doesNotContain("fake-test-token");
        }
    }

    @Test
    void fairUseLimitGetsOneNoticeNotSilence() throws Exception {
        h.close();
        h = new BotHarness("limits.user.questions.per.minute=3\n").start();
        api = h.api;
        for (int i = 0; i < 6; i++) {
            api.updates.pushMessage(USER, "private", user("zh"), "/ask 冬奥会 " + i);
        }
        answerTo(USER, "有点快");
        int marker =
                api.updates.pushMessage(
                        USER + 1, "private", api.updates.user(USER + 1, "zh"), "一带一路");
        answerTo(USER + 1, "一带一路");
        api.awaitOffset(marker + 1);
        assertThat(
                        api.calls.of("sendMessage").stream()
                                .filter(c -> c.chatId() == USER && c.text().startsWith("🔎")))
                .hasSize(3);
        assertThat(
                        api.calls.of("sendMessage").stream()
                                .filter(c -> c.chatId() == USER && c.text().contains("有点快")))
                .hasSize(1);
    }

    @Test
    void aRefusedTokenIsOneClearSentenceWithItsExitCode() throws Exception {
        var config = h.config("123:wrongwrongwrongwrongwrong");
        TelegramBot bad =
                org.transcriptbot.bot.app.Wiring.telegramBot(
                        config, BotHarness.conversation(config));
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(bad::start)
                    .isInstanceOfSatisfying(
                            TelegramBot.StartException.class,
                            e -> assertThat(e.exit.code).isEqualTo(78))
                    .hasMessageContaining("the bot token was refused")
                    .hasMessageNotContaining("wrongwrong");
        } finally {
            bad.close();
        }
    }
}
