package org.transcriptbot.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a question asks for, what it counts, and which sentences state such a fact. */
class AskedFactTest {
    @ParameterizedTest
    @CsvSource({
        "中欧班列去年开行了多少列？, NUMBER",
        "俄乌谈了几轮了, NUMBER",
        "How many containers does the port handle?, NUMBER",
        "雅万高铁什么时候通车？, TIME",
        "When will the Secretary travel to Nairobi?, TIME",
        "中方如何评价中欧关系？, NONE",
        "中方在多大程度上支持和谈？, NONE",
        "他几乎没有提到这个问题, NONE",
        "What did he say when asked about Peru?, NONE",
        "老旧小区加装一部电梯平均要花多少钱？, MONEY",
        "How much will the expansion cost?, MONEY",
        "养老护理员的工资是多少？, MONEY",
        "How much humanitarian aid has the US given?, NUMBER",
        "今年第一个登陆我国的台风叫什么名字？, NAME",
        "What is the new programme called?, NAME",
        "新西兰外长访华期间会见了哪些中国领导人？, PERSON",
        "Who did the Secretary meet in Nairobi?, PERSON",
        "谁是最大的受益者？, NONE",
        "赞比亚那处矿山塌方是什么原因造成的？, CAUSE",
        "乌克兰危机发生的原因是什么, CAUSE",
        "What caused the ferry to capsize?, CAUSE",
        "为什么说中欧合作经得起风浪？, NONE",
        "Why bother saving wild plants?, NONE",
        // 好几十, 好几个月, 几百: an indefinite number, not a question
        "好几十个国家都喊着要暂停深海开采，中方到底支不支持？, NONE",
        "在船上好几个月，能跟家里打电话不, NONE",
        "几百家企业参加了博览会，效果怎么样？, NONE",
        "种子放冰箱里存几十年还能发芽吗？, NONE",
        "船上一共有几名中国船员？, NUMBER",
        "中方由哪位领导出席开幕式并致辞？, PERSON"
    })
    void theKindOfFactIsReadFromHowTheQuestionAsks(String question, AskedFact kind) {
        assertThat(AskedFact.of(question)).isEqualTo(kind);
    }

    @Test
    void whatANumberQuestionCountsFollowsTheQuestionWordAndClassifier() {
        assertThat(AskedObject.counted("北京冬奥会有多少名运动员参赛？")).isEqualTo("运动员参赛");
        assertThat(AskedObject.counted("How many tourists visited the port?"))
                .isEqualTo("tourists visited the");
        // the English noun comes after its adjectives: "broken" alone would miss "valves"
        assertThat(AskedObject.counted("How many broken valves has the department replaced?"))
                .contains("valves");
        // a unit of measure is itself what is counted
        assertThat(AskedObject.counted("习近平是在第几天与普京通的电话？")).isNull();
        assertThat(AskedObject.counted("解救了多少人")).isNull();
        assertThat(AskedObject.counted("中欧班列去年开行了多少列？")).isNull();
        assertThat(AskedObject.counted("中方如何评价中欧关系？")).isNull();
    }

    @Test
    void aSumIsStatedOnlyWithItsCurrency() {
        assertThat(AskedFact.MONEY.statedIn("将加装电梯的审批时限压缩至20个工作日以内")).isFalse();
        assertThat(AskedFact.MONEY.statedIn("中国政府决定向汤方提供500万元人民币紧急人道主义现汇援助")).isTrue();
        assertThat(AskedFact.MONEY.statedIn("Last week her board approved a $1.2 billion plan."))
                .isTrue();
        assertThat(AskedFact.MONEY.statedIn("That is about 4 million bucks.")).isTrue();
    }

    @Test
    void aNameIsStatedByQuotesOrCapitalsAndAPersonByANameOrATitle() {
        assertThat(AskedFact.NAME.statedIn("预计将有7到9个台风登陆我国")).isFalse();
        assertThat(AskedFact.NAME.statedIn("今年第一号台风“玛娃”已于昨天登陆")).isTrue();
        assertThat(AskedFact.PERSON.statedIn("中新双方将就双边关系深入交换意见")).isFalse();
        assertThat(AskedFact.PERSON.statedIn("新西兰外交部长艾伦·惠特克将于3月17日访华")).isTrue();
        assertThat(AskedFact.PERSON.statedIn("he will meet with African Union leadership"))
                .isTrue();
        assertThat(AskedObject.named("今年第一个登陆我国的台风叫什么名字？")).isEqualTo("台风");
        assertThat(AskedObject.named("What is the new programme called?")).isEqualTo("programme");
    }

    @Test
    void aDateIsNotACountButStatesATime() {
        String date = "首届论坛将于4月8日至9日在福建厦门举行。";
        assertThat(AskedFact.NUMBER.statedIn(date)).isFalse();
        assertThat(AskedFact.TIME.statedIn(date)).isTrue();
        assertThat(AskedFact.NUMBER.statedIn("成功营救数十名被绑架的中国公民")).isTrue();
        assertThat(AskedFact.NUMBER.statedIn("Routine processing is currently six to eight weeks."))
                .isTrue();
        assertThat(AskedFact.TIME.statedIn("中巴经济走廊、雅万高铁等建设运营稳步推进。")).isFalse();
        assertThat(AskedFact.NONE.statedIn("任何句子")).isTrue();
    }

    @Test
    void aCauseIsStatedByAConnectiveNotByACallToFindIt() {
        assertThat(AskedFact.CAUSE.statedIn("要求赞方尽快查明事故原因，妥善处理善后事宜。")).isFalse();
        assertThat(
                        AskedFact.CAUSE.statedIn(
                                "I'd refer you to the Bangladeshi authorities on the cause."))
                .isFalse();
        assertThat(AskedFact.CAUSE.statedIn("The cause is still under investigation.")).isFalse();
        assertThat(AskedFact.CAUSE.statedIn("事故造成4名中国公民受伤，1人失联。")).isFalse();
        assertThat(AskedFact.CAUSE.statedIn("冰冻三尺非一日之寒，乌克兰局势发展到今天，原因错综复杂。")).isTrue();
        assertThat(AskedFact.CAUSE.statedIn("塌方是连日暴雨引发山体滑坡造成的。")).isTrue();
        assertThat(AskedFact.CAUSE.statedIn("由于连日降雨，矿区地质条件发生变化。")).isTrue();
        assertThat(AskedFact.CAUSE.statedIn("The ferry capsized because it was overloaded."))
                .isTrue();
        assertThat(AskedFact.CAUSE.statedIn("The cause was a cracked main.")).isTrue();
    }

    @Test
    void anAnswerToWhyOrWhatWentWrongGivesACause() {
        assertThat(
                        AskedFact.CAUSE.askedBy(
                                "Let's start with the break in April. What actually went wrong?"))
                .isTrue();
        assertThat(AskedFact.CAUSE.askedBy("事故为何频发？")).isTrue();
        assertThat(AskedFact.CAUSE.askedBy("中方对此有何回应？")).isFalse();
        assertThat(AskedFact.CAUSE.askedBy(null)).isFalse();
        // only the cause kind reads the reporter's question
        assertThat(AskedFact.NUMBER.askedBy("Why so many?")).isFalse();
    }

    @Test
    void howManyOfTheCountsWhatFollows() {
        assertThat(AskedObject.counted("How many of the Ocean Harvester's crew are Americans?"))
                .isEqualTo("Ocean Harvester's crew");
    }

    @Test
    void aYearOrADayAskedIsStatedOnlyByADate() {
        assertThat(AskedFact.asksDate("叶蔚然是哪一年第一次出海当观察员的？")).isTrue();
        assertThat(AskedFact.asksDate("What year did the port open?")).isTrue();
        assertThat(AskedFact.asksDate("雅万高铁什么时候通车？")).isFalse();
        String count = "目前持证上岗的观察员有260多人。";
        assertThat(AskedFact.TIME.statedIn(count, false)).isFalse();
        // asked only when, a span of time may answer, but a count is none
        assertThat(AskedFact.TIME.statedIn(count, true)).isFalse();
        assertThat(AskedFact.TIME.statedIn("从2019年开始，我们用库存种子培育幼苗。", false)).isTrue();
        // asked when, a span of time answers; a share or a count does not
        assertThat(AskedFact.TIME.statedIn("预计三个月后恢复正常通航。", true)).isTrue();
        assertThat(AskedFact.TIME.statedIn("We expect that in two weeks.", true)).isTrue();
        assertThat(AskedFact.TIME.statedIn("Roughly 40 percent of the traffic is affected.", true))
                .isFalse();
    }
}
