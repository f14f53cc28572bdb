package org.transcriptbot.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
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
        return api.user(USER, lang);
    }

    private FakeBotApi.Call answerTo(long chatId, String contains) throws InterruptedException {
        return api.await("sendMessage", c -> c.chatId() == chatId && c.text().contains(contains));
    }

    @Test
    void startsWithGetMeAndRegistersCommandsInTwoLanguages() throws Exception {
        assertThat(api.calls("getMe")).isNotEmpty();
        api.await("setMyCommands", c -> c.params().path("language_code").asText("").equals("zh"));
        api.await("setMyCommands", c -> !c.params().has("language_code"));
        List<FakeBotApi.Call> cmds = api.calls("setMyCommands");
        assertThat(cmds).hasSize(2);
        assertThat(cmds).anySatisfy(c -> assertThat(c.params().path("language_code").asText()).isEqualTo("zh"));
        assertThat(cmds.get(0).params().path("commands").toString()).contains("quote").contains("ask");
        assertThat(h.bot.conversation().username()).isEqualTo(FakeBotApi.USERNAME);
    }

    @Test
    void aPrivateQuestionGetsTheQuotedPassageWithContextAndButtons() throws Exception {
        api.pushMessage(USER, "private", user("zh"), "中方对乌克兰问题的立场是什么？");
        FakeBotApi.Call c = answerTo(USER, "<blockquote>");
        String html = c.text();
        assertThat(html).contains("在<b>乌克兰问题</b>上").contains("路透社").contains("第 1 段，共 11 段")
                .contains("王毅就中国外交政策和对外关系回答中外记者提问").contains("2022-03-07");
        JsonNode kb = c.params().path("reply_markup").path("inline_keyboard");
        assertThat(kb.toString()).contains("p:").contains("f:").contains("q:");
        assertThat(c.params().has("reply_parameters")).isFalse();
        assertThat(api.calls("sendChatAction")).anySatisfy(a -> assertThat(a.params().path("action").asText()).isEqualTo("typing"));
    }

    @Test
    void englishUsersGetAnEnglishInterfaceAndTheOriginalText() throws Exception {
        api.pushMessage(USER, "private", user("en"), "/start");
        assertThat(answerTo(USER, "Hello!").text()).contains("Try these");
        api.pushMessage(USER, "private", user("en-GB"), "Belt and Road");
        FakeBotApi.Call c = answerTo(USER, "一带一路");
        assertThat(c.text()).contains("paragraph").contains("asked");
        api.pushMessage(USER, "private", user("zh-hans"), "/help");
        answerTo(USER, "我能做的");
    }

    @Test
    void noResultGetsAHelpfulReply() throws Exception {
        api.pushMessage(USER, "private", user("zh"), "xyzzy plugh");
        assertThat(answerTo(USER, "实录没有谈到这个问题").text()).contains("/topics").contains("路透社");
    }

    @Test
    void hostileInputIsEscapedAndFitsTheLimits() throws Exception {
        api.pushMessage(USER, "private", user("zh"), "<b>中美关系</b> & <script>alert(1)</script> &amp;");
        FakeBotApi.Call c = answerTo(USER, "&lt;script&gt;");
        assertThat(c.text()).contains("&amp;amp;").doesNotContain("<script>");
        String huge = "中美关系怎么样".repeat(800);
        api.pushMessage(USER, "private", user("zh"), huge);
        FakeBotApi.Call big = api.await("sendMessage", x -> x.chatId() == USER && x.text().contains("中美关系怎么样中美"));
        assertThat(FakeBotApi.visible(big.text()).length()).isLessThanOrEqualTo(4096);
        api.pushMessage(USER, "private", user("zh"), "😀😀 冬奥会 \u0000\u0007\u202e 成功？？");
        answerTo(USER, "冬奥");
        api.pushSticker(USER, "private", user("zh"));
        answerTo(USER, "只能读文字");
    }

    @Test
    void groupsAnswerOnlyWhenAddressedAndThreadTheReply() throws Exception {
        ObjectNode u = user("zh");
        api.pushMessage(GROUP, "supergroup", u, "大家好，今天天气不错");
        api.pushMessage(GROUP, "supergroup", u, "/ask@OtherBot 中美关系");
        api.pushMessage(GROUP, "supergroup", u, "/start@OtherBot");
        ObjectNode otherBot = api.user(777, "zh");
        otherBot.put("is_bot", true);
        api.pushMessage(GROUP, "supergroup", otherBot, "/ask 中美关系");
        api.pushEdited(GROUP, "supergroup", u, "/ask@" + FakeBotApi.USERNAME + " 北约");
        api.pushSticker(GROUP, "supergroup", u);
        int marker = api.pushMessage(GROUP, "supergroup", u, "/ask@" + FakeBotApi.USERNAME + " 一带一路");
        FakeBotApi.Call c = answerTo(GROUP, "一带一路");
        assertThat(c.params().path("reply_parameters").path("message_id").asInt()).isPositive();
        api.awaitOffset(marker + 1);
        // nothing else was said in the group
        assertThat(api.calls("sendMessage").stream().filter(x -> x.chatId() == GROUP)).hasSize(1);

        api.pushMessage(GROUP, "supergroup", u, "@" + FakeBotApi.USERNAME + " 冬奥会成功的意义");
        answerTo(GROUP, "冬奥");
        JsonNode botMessage = api.message(GROUP, "supergroup", api.user(FakeBotApi.BOT_ID, null), "🔎 之前的回答");
        ((ObjectNode) botMessage.get("from")).put("is_bot", true);
        api.pushReply(GROUP, "supergroup", u, "那印太战略呢？", botMessage);
        answerTo(GROUP, "印太");
        api.pushMessage(GROUP, "supergroup", u, "/ask 全球发展倡议");
        answerTo(GROUP, "全球发展倡议");
    }

    @Test
    void quoteCommandGivesTheVerdictAndWhatDiffers() throws Exception {
        api.pushMessage(USER, "private", user("zh"), "/quote 习近平主席同拜登总统举行视频会晤并三次通话");
        FakeBotApi.Call c = answerTo(USER, "⚠️");
        assertThat(c.text()).contains("<s>两</s><u>三</u>").contains("美国全国广播公司");
        api.pushMessage(USER, "private", user("en"), "/quote 解决复杂问题需要的是冷静和理性，而不是火上浇油、激化矛盾。");
        answerTo(USER, "✅");
        api.pushMessage(USER, "private", user("en"), "/quote 中方呼吁有关各方保持最大限度克制，避免局势进一步升级。");
        answerTo(USER, "❌");
        JsonNode someone = api.message(GROUP, "supergroup", api.user(5, "zh"), "王毅说过：中国始终扎根亚太、建设亚太、造福亚太。");
        api.pushReply(GROUP, "supergroup", user("zh"), "/quote@" + FakeBotApi.USERNAME, someone);
        answerTo(GROUP, "✅");
        api.pushMessage(USER, "private", user("zh"), "/quote 好");
        answerTo(USER, "无法核对");
    }

    @Test
    void buttonsPageEditAndExplainAndAreAlwaysAcknowledged() throws Exception {
        api.pushMessage(USER, "private", user("zh"), "中方对乌克兰问题的立场是什么？");
        FakeBotApi.Call answer = answerTo(USER, "<blockquote>");
        JsonNode sent = sentMessage(answer);
        JsonNode kb = answer.params().path("reply_markup").path("inline_keyboard");
        String next = find(kb, "p:");
        api.pushCallback(user("zh"), sent, next);
        FakeBotApi.Call edit = api.await("editMessageText", x -> x.chatId() == USER);
        assertThat(edit.text()).contains("<blockquote>");
        assertThat(edit.params().path("reply_markup").toString()).contains("◀");

        api.pushCallback(user("zh"), sent, find(kb, "f:"));
        FakeBotApi.Call full = answerTo(USER, "完整回答");
        assertThat(full.text()).contains("冰冻三尺非一日之寒").contains("中国红十字会");

        api.pushCallback(user("zh"), sent, find(kb, "q:"));
        FakeBotApi.Call q = api.await("answerCallbackQuery", x -> x.params().path("text").asText("").contains("俄军"));
        assertThat(q.params().path("show_alert").asBoolean()).isTrue();

        // a button from before a restart: the session is gone, the question is read back from the message
        api.pushCallback(user("zh"), sent, "p:zzz9:2");
        api.await("editMessageText", x -> x.chatId() == USER && x.params().path("reply_markup").toString().contains("2/"));
        // garbage or unknown data still gets an answer
        int last = api.pushCallback(user("zh"), sent, "nonsense:1:2:3");
        api.await("answerCallbackQuery", x -> x.params().path("text").asText("").contains("过期"));
        api.awaitOffset(last + 1);
        api.awaitCount("answerCallbackQuery", 5); // every press acknowledged
        assertThat(api.calls("answerCallbackQuery").stream().map(c -> c.params().path("callback_query_id").asText())
                .distinct().count()).isEqualTo(5);
    }

    private static JsonNode sentMessage(FakeBotApi.Call c) {
        ObjectNode m = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        m.put("message_id", 77).put("date", 1);
        m.putObject("chat").put("id", c.chatId()).put("type", c.chatId() > 0 ? "private" : "supergroup");
        m.put("text", FakeBotApi.visible(c.text()));
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
        api.pushMessage(USER, "private", user("en"), "What is China's position on Ukraine?");
        FakeBotApi.Call answer = answerTo(USER, "<blockquote>");
        JsonNode kb = answer.params().path("reply_markup").path("inline_keyboard");
        h.restart();
        api.pushCallback(user("en"), sentMessage(answer), find(kb, "p:"));
        api.await("editMessageText", x -> x.chatId() == USER && x.params().path("reply_markup").toString().contains("2/"));
        api.pushCallback(user("en"), sentMessage(answer), find(kb, "f:"));
        answerTo(USER, "Full answer");
        // the message text is gone too (an old, inaccessible message): a clear notice, still acknowledged
        ObjectNode inaccessible = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        inaccessible.put("message_id", 77).put("date", 0);
        inaccessible.putObject("chat").put("id", USER).put("type", "private");
        api.pushCallback(user("en"), inaccessible, "p:old1:2");
        api.await("answerCallbackQuery", x -> x.params().path("text").asText("").contains("expired"));
    }

    @Test
    void inlineModeOffersQuotesAndTopics() throws Exception {
        api.pushInline(user("zh"), "一带一路");
        FakeBotApi.Call c = api.await("answerInlineQuery", x -> x.params().path("results").size() > 0);
        JsonNode results = c.params().path("results");
        assertThat(results.size()).isBetween(1, 10);
        assertThat(results.get(0).path("input_message_content").path("message_text").asText()).contains("<blockquote");
        assertThat(results.get(0).path("description").asText()).contains("国广");
        assertThat(c.params().path("cache_time").asInt()).isPositive();
        api.pushInline(user("zh"), "");
        FakeBotApi.Call topics = api.await("answerInlineQuery", x -> x.params().path("results").toString().contains("埃菲社"));
        assertThat(topics.params().path("results").size()).isBetween(5, 50);
        api.pushInline(user("zh"), "xyzzy plugh");
        api.await("answerInlineQuery", x -> x.params().path("results").isEmpty());
    }

    @Test
    void topicsAndSourceDescribeTheTranscript() throws Exception {
        api.pushMessage(USER, "private", user("zh"), "/topics");
        FakeBotApi.Call t = answerTo(USER, "记者会上的提问");
        java.util.regex.Matcher turn3 = java.util.regex.Pattern.compile("t:[0-9a-f]+:3:-?[0-9a-f]+")
                .matcher(t.params().path("reply_markup").toString());
        assertThat(turn3.find()).isTrue();
        api.pushCallback(user("zh"), sentMessage(t), turn3.group());
        answerTo(USER, "冰冻三尺");
        api.pushMessage(USER, "private", user("en"), "/source");
        FakeBotApi.Call s = answerTo(USER, "Transcripts loaded");
        assertThat(s.text()).contains("新华社").contains("repeated").contains("cut-off ending").contains("no question");
    }

    @Test
    void adminCommandsAreForAdminsOnly() throws Exception {
        api.pushMessage(USER, "private", user("en"), "/stats");
        answerTo(USER, "administrators only");
        ObjectNode admin = api.user(42, "en");
        api.pushMessage(42, "private", admin, "一带一路");
        answerTo(42, "一带一路");
        api.pushMessage(42, "private", admin, "/stats");
        FakeBotApi.Call s = answerTo(42, "Questions asked");
        assertThat(s.text()).contains("一带一路").contains("Uptime");
        api.pushMessage(42, "private", admin, "/reload");
        answerTo(42, "Reloading the transcripts in the background");
        answerTo(42, "Reloaded 1 transcript");
    }

    @Test
    void unknownCommandsAndEmptyAsksGetAPoliteAnswer() throws Exception {
        api.pushMessage(USER, "private", user("zh"), "/frobnicate");
        answerTo(USER, "不认识");
        api.pushMessage(USER, "private", user("zh"), "/ask");
        answerTo(USER, "/ask 后面");
    }

    @Test
    void rateLimitAndServerErrorsAreRetriedNotLost() throws Exception {
        api.fail("sendMessage", 1, 429, 1);
        api.fail("sendMessage", 2, 500, 0);
        api.pushMessage(USER, "private", user("zh"), "北约");
        answerTo(USER, "北约");
        long attempts = api.calls("sendMessage").size();
        assertThat(attempts).isGreaterThanOrEqualTo(4);
        api.fail("getUpdates", 1, 429, 1);
        api.pushMessage(USER, "private", user("zh"), "上海公报");
        answerTo(USER, "上海公报");
    }

    @Test
    void messagesToOneChatKeepTheirOrder() throws Exception {
        String[] qs = {"冬奥会", "一带一路", "上海公报", "北约", "全球发展倡议"};
        for (String q : qs) {
            api.pushMessage(USER, "private", user("zh"), "/ask " + q);
        }
        answerTo(USER, "🔎 全球发展倡议");
        List<String> order = api.calls("sendMessage").stream().filter(c -> c.chatId() == USER)
                .map(c -> c.text().substring(0, c.text().indexOf('\n'))).toList();
        assertThat(order).containsExactly("🔎 冬奥会", "🔎 一带一路", "🔎 上海公报", "🔎 北约", "🔎 全球发展倡议");
    }

    @Test
    void theSameUpdateIsAnsweredOnce() throws Exception {
        ObjectNode u = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        u.set("message", api.message(USER, "private", user("zh"), "红十字会"));
        u.put("update_id", api.nextUpdateId());
        api.pushAll(List.of(u.deepCopy(), u.deepCopy()));
        answerTo(USER, "红十字会");
        int marker = api.pushMessage(USER, "private", user("zh"), "冬残奥会");
        answerTo(USER, "冬残奥");
        api.awaitOffset(marker + 1);
        assertThat(api.calls("sendMessage").stream().filter(c -> c.text().contains("🔎 红十字会"))).hasSize(1);
    }

    @Test
    void offsetIsConfirmedAfterHandlingAndARestartLosesNothing() throws Exception {
        int first = api.pushMessage(USER, "private", user("zh"), "冬奥会");
        answerTo(USER, "冬奥");
        api.awaitOffset(first + 1);
        h.bot.close();
        // arrives while the bot is down
        int during = api.pushMessage(USER, "private", user("zh"), "印太战略");
        assertThat(api.confirmedOffset()).isLessThanOrEqualTo(during);
        h.start();
        answerTo(USER, "印太");
        api.awaitOffset(during + 1);
        assertThat(api.calls("sendMessage").stream().filter(c -> c.text().startsWith("🔎 冬奥会"))).hasSize(1);
    }

    @Test
    void theTokenNeverReachesTheLogs() throws Exception {
        api.fail("sendMessage", 1, 500, 0);
        api.pushMessage(USER, "private", user("zh"), "冬奥会");
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
            api.pushMessage(USER, "private", user("zh"), "/ask 冬奥会 " + i);
        }
        answerTo(USER, "有点快");
        int marker = api.pushMessage(USER + 1, "private", api.user(USER + 1, "zh"), "一带一路");
        answerTo(USER + 1, "一带一路");
        api.awaitOffset(marker + 1);
        assertThat(api.calls("sendMessage").stream().filter(c -> c.chatId() == USER && c.text().startsWith("🔎"))).hasSize(3);
        assertThat(api.calls("sendMessage").stream().filter(c -> c.chatId() == USER && c.text().contains("有点快"))).hasSize(1);
    }

    @Test
    void aWrongTokenIsOneClearSentence() throws Exception {
        var config = org.transcriptbot.bot.config.BotConfig.load(null, java.util.Map.of("TELEGRAM_BOT_TOKEN",
                "123:wrongwrongwrongwrongwrong", "TELEGRAM_API_URL", api.url()));
        TelegramBot bad = org.transcriptbot.bot.app.Wiring.telegramBot(config, BotHarness.conversation(config));
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(bad::start)
                    .isInstanceOf(TelegramBot.StartException.class)
                    .hasMessageContaining("rejected the bot token").hasMessageNotContaining("wrongwrong");
        } finally {
            bad.close();
        }
    }

    static Duration seconds(int s) {
        return Duration.ofSeconds(s);
    }
}
