package org.transcriptbot.index.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.model.Anomaly;
import org.transcriptbot.index.model.Paragraph;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.model.Turn;
import org.transcriptbot.index.model.TurnKind;

/**
 * A headline with a colon is the title, not a speaker's words; the reporter's lead after it is the
 * writer's; a procedural line (giving the floor, the closing) is a host turn whoever says it; a
 * question that announces itself as a follow-up is one. On transcripts written for these tests and
 * on the held-out set eval/layouts-own2.
 */
class HeadlinesAndProceduralLinesTest {
    private static final List<Transcript> ALL = load();

    private static List<Transcript> load() {
        try {
            TranscriptLoader loader = new TranscriptLoader();
            Path own =
                    Path.of(HeadlinesAndProceduralLinesTest.class.getResource("/layouts").toURI());
            List<Transcript> all = new ArrayList<>(loader.loadDirectory(own).transcripts());
            all.addAll(
                    loader.loadDirectory(Fixtures.evalFile("layouts-own2/transcripts"))
                            .transcripts());
            return all;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Transcript named(String part) {
        return ALL.stream().filter(t -> t.id().contains(part)).findFirst().orElseThrow();
    }

    private static Transcript parse(String text) throws TranscriptException {
        return new TranscriptLoader().parse("x.txt", text.getBytes(StandardCharsets.UTF_8), null);
    }

    private static Turn asking(Transcript t, String words) {
        return t.turns().stream()
                .filter(x -> x.question() != null && x.question().contains(words))
                .findFirst()
                .orElseThrow(() -> new AssertionError(words));
    }

    private static Turn saying(Transcript t, String words) {
        return t.turns().stream()
                .filter(x -> x.paragraphs().stream().anyMatch(p -> p.text().contains(words)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(words));
    }

    private static List<String> texts(Turn turn) {
        return turn.paragraphs().stream().map(Paragraph::text).toList();
    }

    @Test
    void aHeadlineWithAnInterviewWordAndAColonIsTheTitleAndTheLeadIsNobodysAnswer() {
        Transcript t = named("zh-headline-interview");
        assertThat(t.meta().title()).isEqualTo("对话市水务局局长谭维民：暴雨来了，我们提前三小时知道");
        Turn lead = t.turns().get(0);
        assertThat(lead.kind()).isEqualTo(TurnKind.LEAD);
        assertThat(lead.answerer()).isNull();
        assertThat(texts(lead))
                .anyMatch(p -> p.contains("暴雨来了"))
                .anyMatch(p -> p.startsWith("入汛以来"));
        assertThat(t.turns())
                .filteredOn(x -> "谭维民".equals(x.answerer()))
                .allMatch(x -> x.kind().answersQuestion())
                .noneMatch(x -> texts(x).stream().anyMatch(p -> p.contains("本报记者")));
        assertThat(t.anomalies()).noneMatch(a -> a.kind() == Anomaly.Kind.BROKEN_LINE_JOIN);
    }

    @Test
    void aHeadlineFollowedByABylineIsTheTitleInEnglishToo() {
        Transcript t = named("en-headline-interview");
        assertThat(t.meta().title()).startsWith("Ines Calder: 'We will rebuild");
        assertThat(t.turns().get(0).kind()).isEqualTo(TurnKind.LEAD);
        assertThat(t.turns()).noneMatch(x -> x.kind() == TurnKind.OPENING);
        assertThat(asking(t, "How bad is the damage").answerer()).isEqualTo("Ines Calder");
        assertThat(asking(t, "How bad is the damage").asker()).isEqualTo("Martin Oduya");
    }

    @Test
    void aShortPhraseAfterANameAtTheTopIsAHeadlineButASpeechIsNot() throws Exception {
        Transcript headline = parse("蒋某某：种子是高原的底气\n\n日前，本报记者专访了蒋某某。\n\n记者：种子能存多久？\n\n蒋某某：一百年以上。\n");
        assertThat(headline.turns().get(0).kind()).isEqualTo(TurnKind.LEAD);
        assertThat(headline.turns().get(0).answerer()).isNull();
        assertThat(headline.meta().title()).isEqualTo("蒋某某：种子是高原的底气");

        Transcript byline =
                parse("种子是高原的底气\n记者：郝某 李某\n\n日前，本报记者专访了蒋某某。\n\n记者：种子能存多久？\n\n蒋某某：一百年以上。\n");
        assertThat(byline.turns())
                .extracting(Turn::kind)
                .containsExactly(TurnKind.LEAD, TurnKind.QA);
        assertThat(byline.turns().get(1).question()).isEqualTo("种子能存多久？");
        assertThat(byline.anomalies())
                .noneMatch(a -> a.kind() == Anomaly.Kind.QUESTION_WITHOUT_ANSWER);

        Transcript speech = parse("林某某：各位记者朋友，下午好。今天没有要发布的消息。\n\n记者：种子能存多久？\n\n林某某：一百年以上。\n");
        assertThat(speech.turns().get(0).kind()).isEqualTo(TurnKind.OPENING);
        assertThat(speech.turns().get(0).answerer()).isEqualTo("林某某");
        Transcript broken = parse("林某某：各位记者朋友\n下午好。今天没有要发布的消息。\n\n记者：种子能存多久？\n\n林某某：一百年以上。\n");
        assertThat(broken.turns().get(0).kind()).isEqualTo(TurnKind.OPENING);
        Transcript alone = parse("林某某：\n各位记者朋友，下午好。\n\n记者：种子能存多久？\n\n林某某：一百年以上。\n");
        assertThat(alone.turns().get(0).kind()).isEqualTo(TurnKind.OPENING);
    }

    @Test
    void theHeldOutInterviewsHeadlineAndLeadAreNotTheInterviewees() {
        Transcript t = named("zh-interview");
        assertThat(t.meta().title()).startsWith("专访").contains("：");
        Turn lead = t.turns().get(0);
        assertThat(lead.kind()).isEqualTo(TurnKind.LEAD);
        assertThat(lead.answerer()).isNull();
        assertThat(t.turns()).noneMatch(x -> x.kind() == TurnKind.OPENING);
        assertThat(t.turns().subList(1, t.turns().size()))
                .allMatch(x -> x.kind() == TurnKind.QA && "记者".equals(x.asker()));
    }

    @Test
    void theSpokespersonsClosingAndCallForQuestionsAreHostTurnsNotOrphans() {
        Transcript t = named("zh-closing-briefing");
        assertThat(t.anomalies()).noneMatch(a -> a.kind() == Anomaly.Kind.ORPHAN);
        assertThat(saying(t, "下面请提问").kind()).isEqualTo(TurnKind.HOST);
        Turn closing = saying(t, "今天的发布会就到这里");
        assertThat(closing.kind()).isEqualTo(TurnKind.HOST);
        assertThat(closing.answerer()).isEqualTo("柯文澜");
        assertThat(saying(t, "上半年，我国对外").kind()).isEqualTo(TurnKind.OPENING);

        Transcript en = named("en-followup-briefing");
        assertThat(saying(en, "That concludes today's briefing").kind()).isEqualTo(TurnKind.HOST);
        assertThat(en.anomalies()).noneMatch(a -> a.kind() == Anomaly.Kind.ORPHAN);

        Transcript heldOut = named("mfa-regular");
        assertThat(heldOut.anomalies()).noneMatch(a -> a.kind() == Anomaly.Kind.ORPHAN);
        Turn last = heldOut.turns().get(heldOut.turns().size() - 1);
        assertThat(last.kind()).isEqualTo(TurnKind.HOST);
        assertThat(texts(last)).singleElement().asString().startsWith("如果没有其他提问");
    }

    @Test
    void aClosingLineInsideAnAnswerStaysInTheAnswer() {
        Transcript t = named("en-briefing");
        Turn last = asking(t, "Port Moresby");
        assertThat(last.kind()).isEqualTo(TurnKind.QA);
        assertThat(texts(last)).anyMatch(p -> p.endsWith("All right, thanks, everybody."));
    }

    @Test
    void aQuestionThatSaysItFollowsUpIsAFollowUpOfTheSameAsker() {
        Transcript zh = named("zh-closing-briefing");
        Turn outlet = asking(zh, "海外仓");
        assertThat(outlet.kind()).as("label alone on its line").isEqualTo(TurnKind.FOLLOWUP);
        assertThat(outlet.asker()).isEqualTo("经济参考报");
        Turn unnamed = asking(zh, "应诉指导");
        assertThat(unnamed.kind()).isEqualTo(TurnKind.FOLLOWUP);
        assertThat(unnamed.asker()).as("记者： keeps the asker it follows").isEqualTo("第一财经");
        assertThat(asking(named("zh-headline-interview"), "易涝点").kind())
                .isEqualTo(TurnKind.FOLLOWUP);

        Transcript en = named("en-followup-briefing");
        assertThat(asking(en, "Just to follow up").kind()).isEqualTo(TurnKind.FOLLOWUP);
        assertThat(asking(en, "A follow-up on that").kind()).isEqualTo(TurnKind.FOLLOWUP);
        assertThat(asking(en, "Different subject").kind())
                .as("'follow up' inside the question asks about something else")
                .isEqualTo(TurnKind.QA);
        Transcript interview = named("en-headline-interview");
        assertThat(asking(interview, "Just to follow up").kind()).isEqualTo(TurnKind.FOLLOWUP);
        assertThat(asking(interview, "Just to follow up").asker()).isEqualTo("Martin Oduya");
        assertThat(asking(interview, "Will the council follow up").kind()).isEqualTo(TurnKind.QA);
    }

    @Test
    void anOutletOrAHeaderPersonsSurnameAloneIsALabel() throws Exception {
        Transcript zh =
                parse(
                        "独家｜国家能源局副局长钱某某：今年新增光伏装机将超2亿千瓦\n2025-05-02 09:12 澎湃新闻记者 方某\n\n"
                                + "澎湃新闻：今年光伏装机会有多少？\n\n钱某某：预计新增装机将超过2亿千瓦。\n\n"
                                + "澎湃新闻：消纳问题怎么解决？\n\n钱某某：我们将加快特高压通道建设。\n");
        assertThat(zh.turns().subList(1, zh.turns().size()))
                .extracting(Turn::kind, Turn::asker, Turn::answerer)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(TurnKind.QA, "澎湃新闻", "钱某某"));
        assertThat(zh.turns()).noneMatch(x -> texts(x).stream().anyMatch(p -> p.contains("怎么解决")));

        Transcript en =
                parse(
                        "Q&A: Harbour Commissioner Dana Whitfield on the new ferry terminal\n"
                                + "By Sam Ortiz | The Harbour Times | May 3, 2025\n\n"
                                + "Dana Whitfield has run the harbour commission for six years.\n\n"
                                + "Ortiz: When does the terminal open?\n\n"
                                + "Whitfield: On June 14, if the last inspection goes well.\n\n"
                                + "The Harbour Times: What is left to check?\n\n"
                                + "Whitfield: The fire system.\n");
        assertThat(asking(en, "When does the terminal open").asker()).isEqualTo("Sam Ortiz");
        assertThat(asking(en, "When does the terminal open").answerer())
                .isEqualTo("Dana Whitfield");
        assertThat(asking(en, "What is left to check").asker()).isEqualTo("The Harbour Times");
        assertThat(texts(asking(en, "What is left to check"))).containsExactly("The fire system.");
    }

    @Test
    void theIntervieweeTheHeadlineNamesAnswersTheUnnamedAnswers() throws Exception {
        Transcript zh =
                parse(
                        "专访国家气候中心主任严某某：极端天气为何越来越多\n2025年5月5日 来源：科技日报\n\n"
                                + "问：今年极端天气多吗？\n\n答：比常年偏多。\n\n问：原因是什么？\n\n答：气候变暖是主要原因。\n");
        assertThat(zh.turns().subList(1, zh.turns().size()))
                .extracting(Turn::answerer)
                .containsOnly("严某某");
        Transcript role =
                parse(
                        "外交部发言人：中方坚决反对单边制裁\n2025年5月5日外交部发言人林某某主持例行记者会\n\n"
                                + "问：中方如何回应？\n\n答：中方坚决反对。\n");
        assertThat(asking(role, "如何回应").answerer()).isEqualTo("林某某");
        Transcript en =
                parse(
                        "Helena Marsh: 'The port has to grow'\n"
                                + "Interviewed by Daniel Okoro, The Coastal Ledger\n\n"
                                + "Q: Why does the port need to be bigger?\n\nA: Because the ships have changed.\n");
        assertThat(asking(en, "bigger").answerer()).isEqualTo("Helena Marsh");
        assertThat(asking(en, "bigger").asker()).isEqualTo("Daniel Okoro");
    }

    @Test
    void aSecondOfficialsThanksIsAHostLineButTheirAdditionEndingInThanksIsNot() throws Exception {
        Transcript t =
                parse(
                        "主持人：下面请提问。\n\n新华社记者：今年投资增速如何？\n\n张某某：同比增长百分之五。\n\n"
                                + "李某某：我补充一点，民间投资增长百分之三。谢谢大家。\n\n李某某：谢谢大家！\n");
        assertThat(saying(t, "民间投资").kind()).isEqualTo(TurnKind.SUPPLEMENTARY);
        assertThat(t.turns().get(t.turns().size() - 1).kind()).isEqualTo(TurnKind.HOST);
        assertThat(t.anomalies()).noneMatch(a -> a.kind() == Anomaly.Kind.ORPHAN);
    }
}
