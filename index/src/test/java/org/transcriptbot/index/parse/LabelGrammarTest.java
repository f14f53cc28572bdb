package org.transcriptbot.index.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.parse.SpeakerLabel.Role;

/** Every label shape of the grammar, and colons that are not labels. */
class LabelGrammarTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "法新社记者：美方宣布加征关税，中方如何回应？|ASKER|法新社|-",
                "中央广播电视总台央广记者:|ASKER|中央广播电视总台央广|-",
                "《联合早报》记者：中国如何评估？|ASKER|《联合早报》|-",
                "记者：韩部长，汛期您是不是又要住在办公室了？|ASKER|-|-",
                "问：中方是否会派代表出席？|QUESTION|-|-",
                "追问：中方具体会采取哪些反制措施？|FOLLOWUP|-|-",
                "又问：那么时间表呢？|FOLLOWUP|-|-",
                "答：中方高度重视。|ANSWER|-|-",
                "主持人：下面请大家提问。|HOST|-|主持人",
                "主持人 王某：请提问。|HOST|王某|主持人",
                "国家统计局副局长 刘某某：谢谢。|SPEAKER|刘某某|国家统计局副局长",
                "国务院新闻办新闻局副局长、新闻发言人 王某：|SPEAKER|王某|国务院新闻办新闻局副局长、新闻发言人",
                "商务部副部长周启航:谢谢主持人。|SPEAKER|周启航|商务部副部长",
                "张某某（部长）：各位记者朋友，大家好。|SPEAKER|张某某|部长",
                "韩志诚（部长）:这个问题问得好。|SPEAKER|韩志诚|部长",
                "林书远：各位记者朋友，下午好。|SPEAKER|林书远|-",
                "MR. SURNAME: Good afternoon.|SPEAKER|Surname|Mr.",
                "MS. PARK: If I could add to that.|SPEAKER|Park|Ms.",
                "SECRETARY SURNAME: Thank you.|SPEAKER|Surname|Secretary",
                "QUESTION: Thanks. On the earthquake?|QUESTION|-|-",
                "Q: Why not automate?|QUESTION|-|-",
                "QUESTION (Reuters): On the trip?|ASKER|Reuters|-",
                "记者（新华社）：今年汛情如何？|ASKER|新华社|-",
                "A: Some have.|ANSWER|-|-",
                "MODERATOR: Questions, please.|HOST|-|-",
                "Helena Marsh: Because the ships have changed.|SPEAKER|Helena Marsh|-",
                "艾伦·惠特克：谢谢。|SPEAKER|艾伦·惠特克|-",
                "欧阳明：谢谢。|SPEAKER|欧阳明|-",
                "洪某：下午好。|SPEAKER|洪某|-",
                "法新社记者追问：那么时间表呢？|FOLLOWUP|法新社|-",
                "彭博社记者又问:是否会扩大？|FOLLOWUP|彭博社|-",
                "记者追问：还有呢？|FOLLOWUP|-|-",
                "追问（路透社记者）：还有呢？|FOLLOWUP|路透社|-",
                "答（施某某）：谢谢。|SPEAKER|施某某|-",
                "答（施某某 副局长）：谢谢。|SPEAKER|施某某|副局长",
                "问（新华社记者）：今年如何？|ASKER|新华社|-",
                "工业和信息化部消费品工业司一级巡视员 王某某：|SPEAKER|王某某|工业和信息化部消费品工业司一级巡视员",
                "国家发展改革委总经济师赵某：谢谢。|SPEAKER|赵某|国家发展改革委总经济师",
                "中国气象局首席预报员 钱某：谢谢。|SPEAKER|钱某|中国气象局首席预报员",
                "国家医保局有关负责同志：谢谢。|SPEAKER|国家医保局有关负责同志|国家医保局有关负责同志",
                "MR PATEL: Thanks.|SPEAKER|Patel|Mr",
                "Spokesperson: Good afternoon.|SPEAKER|Spokesperson|-",
                "Correspondent: On Gaza, any update?|QUESTION|-|-",
                "INTERVIEWER: Why now?|QUESTION|-|-",
                "记者：追问一下，训练将持续多长时间？|FOLLOWUP|-|-",
                "凤凰卫视记者 王某：请问发言人，……|ASKER|凤凰卫视|-",
                "新华社记者李某：今年汛情如何？|ASKER|新华社|-",
                "问1：今年汛情如何？|QUESTION|-|-",
                "答1：总体偏重。|ANSWER|-|-",
                "Question: Follow-up: when will the envoy report?|FOLLOWUP|-|-",
                "Q: Just to follow up, who pays?|FOLLOWUP|-|-",
                "QUESTION: A follow-up on Haiti. How much?|FOLLOWUP|-|-",
                "记者：谢谢。我想再问一下，时间表呢？|FOLLOWUP|-|-",
                "QUESTION: Will the council follow up on the report?|QUESTION|-|-",
                "记者：据报道，有议员追问此事。中方有何评论？|ASKER|-|-",
                "记者：发言人你好，就这个问题再问一下，时间表呢？|FOLLOWUP|-|-",
                "QUESTION: Following on from that, is there a deadline?|FOLLOWUP|-|-",
                "澎湃新闻：今年光伏装机会有多少？|ASKER|澎湃新闻|-",
                "问题：中方对此有何评论？|QUESTION|-|-",
                "主持人（王某）：下面请继续提问。|HOST|王某|-",
                "主持人（国务院新闻办新闻局局长 寿某某）：|HOST|寿某某|国务院新闻办新闻局局长",
                "MODERATOR (Jane Doe): Next question.|HOST|Jane Doe|-",
                "新京报：|ASKER|新京报|-",
                "The Harbour Times: When does the terminal open?|ASKER|The Harbour Times|-",
                "新华社北京5月4日电 记者：今年以来经济运行怎么样？|ASKER|新华社|-",
                // White House style: Q and spaces, no colon; a reporter who names the outlet
                "Q  Thank you. Megan Farrow, NPR. Mr. Secretary, how long will the crews stay?|QUESTION|NPR|-",
                "Q  Thanks, Claire. On the cholera outbreak, is the money enough?|QUESTION|-|-",
                "QUESTION (Diario Financiero): Mr. Secretary, will the agreement change?|ASKER|Diario Financiero|-",
                "QUESTION: Hi, Owen Hadley with Politico. Is Chile in good standing?|QUESTION|Politico|-",
            })
    void readsEveryLabelShape(String line, Role role, String name, String title) {
        SpeakerLabel label = LabelGrammar.read(SourceText.clean(line)).orElseThrow();
        assertThat(label.role()).isEqualTo(role);
        assertThat(label.name()).isEqualTo(name);
        assertThat(label.title()).isEqualTo(title);
    }

    @Test
    void halfAndFullWidthColonsGiveTheSameLabel() {
        assertThat(LabelGrammar.read("新华社记者:今年汛情如何？"))
                .isEqualTo(LabelGrammar.read("新华社记者：今年汛情如何？"));
    }

    @Test
    void theWordsAfterTheLabelAreKept() {
        assertThat(LabelGrammar.read("问：中方是否会派代表出席？").orElseThrow().words())
                .isEqualTo("中方是否会派代表出席？");
        assertThat(LabelGrammar.read("答：").orElseThrow().words()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "第二，中方提出三点倡议：",
                "他说：这是引语。",
                "王毅表示：中方愿意。",
                "我们的目标很明确：确保不发生群死群伤事件。",
                "时间：2025年4月17日10时",
                "地点：国务院新闻办新闻发布厅",
                "2:14 p.m. EST",
                "INTERVIEW: Helena Marsh, Chair",
                "Note: this transcript was edited.",
                "一是：完善协商机制",
                "目前：已有23名中国公民获救。",
                "对此：中方坚决反对。",
                "关于这个问题：中方的立场是明确的。",
                "严格来讲：这不是补贴。",
                "Let me be clear: money alone will not solve this.",
                "Two things: first, the valves.",
                "Observer: a note on the figures.",
                "Whitfield: on June 14.",
                "Q and A sessions are held weekly.",
            })
    void aColonInsideASentenceOrAHeaderFieldIsNotALabel(String line) {
        assertThat(LabelGrammar.read(line)).isEmpty();
    }

    @Test
    void onTheBundledTextOnlyTheRealLabelsAreRead() {
        List<SpeakerLabel> labels =
                Fixtures.rawText()
                        .lines()
                        .map(SourceText::clean)
                        .map(LabelGrammar::read)
                        .flatMap(java.util.Optional::stream)
                        .toList();
        Set<String> names =
                labels.stream().map(l -> l.role() + " " + l.name()).collect(Collectors.toSet());
        assertThat(names)
                .containsExactlyInAnyOrder(
                        "SPEAKER 王毅",
                        "ASKER 中央广播电视台总台央视",
                        "ASKER 路透社",
                        "ASKER 凤凰卫视",
                        "ASKER 今日俄罗斯国际通讯社",
                        "ASKER 中央广播电视台总台国广",
                        "ASKER 《联合早报》",
                        "ASKER 埃菲社",
                        "ASKER 美国全国广播公司",
                        "ASKER 《人民日报》");
        long colonLines =
                Fixtures.rawText().lines().filter(l -> l.contains("：") || l.contains(":")).count();
        assertThat(colonLines)
                .as("the bundled text has colons inside sentences too")
                .isGreaterThan(labels.size());
    }
}
