package org.transcriptbot.bot.core;

import java.util.List;

/** Every label, hint and error of the interface, in Chinese and English. Transcript text is never translated. */
public final class Texts {
    private final Lang lang;

    private Texts(Lang lang) {
        this.lang = lang;
    }

    private static final Texts ZH = new Texts(Lang.ZH);
    private static final Texts EN = new Texts(Lang.EN);

    public static Texts of(Lang lang) {
        return lang == Lang.EN ? EN : ZH;
    }

    public Lang lang() {
        return lang;
    }

    private String t(String zh, String en) {
        return lang == Lang.EN ? en : zh;
    }

    public String welcomeTitle() {
        return t("你好！我从记者会实录中找答案。", "Hello! I find answers in press-conference transcripts.");
    }

    public String welcomeBody() {
        return t("直接发问题给我，我会引用实录原文，并说明是哪位记者问的、谁回答的、第几段。\n"
                        + "核对引语：/quote 加上引语（或回复别人的消息发 /quote）。\n试试这些问题：",
                "Send me a question: I quote the transcript word for word and say which reporter asked, who answered"
                        + " and which paragraph.\nCheck a quote: /quote followed by the quote (or reply /quote to a message).\n"
                        + "Try these:");
    }

    public List<String> examples() {
        return lang == Lang.EN
                ? List.of("What is China's position on Ukraine?", "Will the Ukraine crisis affect China-Europe relations?",
                        "Belt and Road after the pandemic")
                : List.of("中方对乌克兰问题的立场是什么？", "中美两个大国应该如何相处？", "北京冬奥会的成功说明了什么？");
    }

    public String help() {
        return t("""
                我能做的：
                • 直接发问题（或 /ask 问题）：引用最相关的原文段落，标出关键词，附上提问记者和段落位置
                • /quote 引语：核对引语是否原文 ✅、有改动 ⚠️ 或查无此言 ❌；回复别人的消息发 /quote 可核对那条消息
                • /topics：记者会上提出的所有问题
                • /source：已载入的实录、来源和文本问题
                • 在任何聊天里输入 @%s 加问题，可直接插入引文
                群聊中：用 /ask@%s 问题、@我，或回复我的消息。""",
                """
                What I can do:
                • Send a question (or /ask question): I quote the most relevant passage, highlight the key words and say who asked and where it stands
                • /quote text: is the quote verbatim ✅, altered ⚠️ or not in the transcript ❌; reply /quote to someone's message to check it
                • /topics: every question asked at the press conference
                • /source: the transcripts loaded, their origin and text problems
                • In any chat, type @%s and a question to insert a quote
                In groups: /ask@%s question, mention me, or reply to my message.""");
    }

    public String askWhat() {
        return t("请在 /ask 后面写上问题，例如：/ask 中方对乌克兰问题的立场", "Write your question after /ask, e.g. /ask China's position on Ukraine");
    }

    public String quoteWhat() {
        return t("请在 /quote 后面写上要核对的引语，或回复某条消息发送 /quote。",
                "Write the quote after /quote, or reply /quote to the message you want checked.");
    }

    public String quoteNoText() {
        return t("被回复的消息里没有可核对的文字。", "The message you replied to has no text to check.");
    }

    public String unknownCommand(String cmd) {
        return t("我不认识 " + cmd + " 这个命令。发送 /help 查看用法。", "I don't know the command " + cmd + ". Send /help to see what I can do.");
    }

    public String onlyText() {
        return t("我只能读文字问题：请用文字发给我。", "I can only read text: please send your question as text.");
    }

    public String noResultTitle() {
        return t("实录中没有找到与这个问题相关的段落。", "I found no passage in the transcript that answers this.");
    }

    public String noResultHint() {
        return t("可以换个说法，用实录里的词（例如“乌克兰”“一带一路”“中美关系”），或发 /topics 看看记者会谈了哪些话题：",
                "Try other words, the terms the transcript uses (e.g. Ukraine, Belt and Road, China-US relations), or send /topics to see what was discussed:");
    }

    public String question() {
        return t("问", "Q");
    }

    public String answeredBy(String answerer) {
        return t(answerer + " 答", "answered by " + answerer);
    }

    public String askedBy(String asker) {
        return t(asker + "记者问：", asker + " asked: ");
    }

    public String openingStatement() {
        return t("开场讲话（无提问）", "opening statement (no question)");
    }

    public String lead() {
        return t("新闻导语", "news lead");
    }

    public String orphan() {
        return t("没有对应提问的回答段落（实录中此段前缺少问题）", "answer text with no question before it in the transcript");
    }

    public String paragraph(int k, int n) {
        return t("第 " + k + " 段，共 " + n + " 段", "paragraph " + k + " of " + n);
    }

    public String lines(int a, int b) {
        return a == b ? t("第 " + a + " 行", "line " + a) : t("第 " + a + "–" + b + " 行", "lines " + a + "–" + b);
    }

    public String alsoAppears() {
        return t("这段文字在实录中还出现在：", "This text also stands under: ");
    }

    public String truncated() {
        return t("⚠️ 实录在此处中断，段落不完整。", "⚠️ The transcript is cut off here; this passage is incomplete.");
    }

    public String otherPassages() {
        return t("其他相关段落：", "Other passages:");
    }

    public String result(int k, int n) {
        return t("结果 " + k + "/" + n, "result " + k + "/" + n);
    }

    public String prev() {
        return t("◀ 上一条", "◀ Previous");
    }

    public String next() {
        return t("下一条 ▶", "Next ▶");
    }

    public String fullAnswer() {
        return t("📄 完整回答", "📄 Full answer");
    }

    public String theQuestion() {
        return t("❓ 原提问", "❓ The question");
    }

    public String expired() {
        return t("这个结果已过期，请重新提问。", "This result has expired; please ask again.");
    }

    public String fullAnswerTitle(String asker) {
        return asker == null ? t("完整段落", "Full text") : t(asker + "记者提问的完整回答", "Full answer to " + asker + "'s question");
    }

    public String part(int k, int n) {
        return t("（" + k + "/" + n + "）", " (" + k + "/" + n + ")");
    }

    public String noQuestion() {
        return t("这段文字前没有提问。", "No question stands before this text.");
    }

    public String topicsTitle() {
        return t("记者会上的提问：", "Questions asked at the press conference:");
    }

    public String topicsHint() {
        return t("点按钮阅读回答。", "Press a button to read the answer.");
    }

    public String sourceTitle() {
        return t("已载入的实录：", "Transcripts loaded:");
    }

    public String anomaliesTitle() {
        return t("文本问题（供核对参考）：", "Text problems found (for moderators):");
    }

    public String quoteExact() {
        return t("✅ 原文如此：这句话在实录中一字不差。", "✅ Verbatim: these words are in the transcript.");
    }

    public String quoteNear(double similarity) {
        return t(String.format("⚠️ 有改动：实录中有相近的原话（相似度 %.0f%%），但措辞不同。", similarity * 100),
                String.format("⚠️ Altered: the transcript has close wording (%.0f%% similar), but not these words.", similarity * 100));
    }

    public String quoteNotFound() {
        return t("❌ 查无此言：实录中没有这句话，也没有相近的原话。", "❌ Not in the transcript: nothing there is close to these words.");
    }

    public String quoteOriginal() {
        return t("实录原文（删去的字划线，加入的字下划线）：", "The transcript's wording (deleted struck through, inserted underlined):");
    }

    public String quoteParts() {
        return t("逐句核对：", "Sentence by sentence:");
    }

    public String quoteDifferences() {
        return t("差异：", "Differences:");
    }

    public String changed(String from, String to) {
        return t("“" + from + "”改成了“" + to + "”", "\"" + from + "\" changed to \"" + to + "\"");
    }

    public String added(String s) {
        return t("多了“" + s + "”", "\"" + s + "\" added");
    }

    public String dropped(String s) {
        return t("少了“" + s + "”", "\"" + s + "\" dropped");
    }

    public String quoteInvalid(String reason) {
        return t("无法核对：", "Cannot check this: ") + reason;
    }

    public String slowDown(int perMinute) {
        return t("你提问有点快了（每分钟最多 " + perMinute + " 个问题）。请稍等一分钟再问，我会继续回答。",
                "You are asking faster than I can fairly answer (at most " + perMinute + " questions a minute). "
                        + "Please wait a minute, then ask again.");
    }

    public String adminOnly() {
        return t("抱歉，这个命令只供管理员使用。", "Sorry, this command is for the bot's administrators only.");
    }

    public String reloaded(int transcripts, int passages) {
        return t("已重新载入 " + transcripts + " 份实录，共 " + passages + " 个段落。",
                "Reloaded " + transcripts + " transcript(s), " + passages + " passages.");
    }

    public String reloadFailed(String why) {
        return t("重新载入失败，仍在使用原来的实录：", "Reload failed; still serving the previous transcripts: ") + why;
    }

    public String statsTitle() {
        return t("统计", "Statistics");
    }

    public String inlineTopicsHint() {
        return t("记者会话题", "Press-conference topics");
    }

    public String source() {
        return t("出处", "Source");
    }

    public String error() {
        return t("抱歉，处理这条消息时出错了。请再试一次。", "Sorry, something went wrong with this message. Please try again.");
    }
}
