package org.transcriptbot.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Past times a question pins its fact to, announced events, and the measure a count is asked in.
 */
class TimeAnchorsTest {
    @Test
    void aPastTimeIsReadTheSameInChineseAndEnglish() {
        assertThat(TimeAnchors.of("How many containers did the port handle ten years ago?"))
                .containsExactly("Y-10");
        assertThat(TimeAnchors.of("十年前港口的吞吐量是多少？")).containsExactly("Y-10");
        assertThat(TimeAnchors.of("中欧班列去年开行了多少列？")).containsExactly("Y-1");
        assertThat(TimeAnchors.of("What happened last year?")).containsExactly("Y-1");
        assertThat(TimeAnchors.of("2015年的贸易额是多少？")).containsExactly("2015");
        assertThat(TimeAnchors.of("中方如何评价中欧关系？")).isEmpty();
    }

    @Test
    void aPassageSpeaksOfTheTimeAskedOrOfAYearWrittenOut() {
        Set<String> lastYear = TimeAnchors.of("去年");
        assertThat(TimeAnchors.spokenOf(lastYear, "去年中欧班列开行15000多列")).isTrue();
        assertThat(TimeAnchors.spokenOf(lastYear, "2021年中欧班列开行15000多列")).isTrue();
        assertThat(TimeAnchors.spokenOf(lastYear, "中欧班列开行量再创历史新高")).isFalse();
        assertThat(TimeAnchors.spokenOf(TimeAnchors.of("2015年"), "2021年的数字")).isFalse();
        assertThat(TimeAnchors.spokenOf(Set.of(), "任何段落")).isTrue();
    }

    @Test
    void anAnnouncementIsNotAnEventThatTookPlace() {
        assertThat(TimeAnchors.asksPast("新西兰外长访华期间会见了哪些中国领导人？")).isTrue();
        assertThat(TimeAnchors.asksPast("Who will the Secretary meet?")).isFalse();
        assertThat(TimeAnchors.onlyAnnounces("新西兰外交部长艾伦·惠特克将于3月17日至19日对中国进行正式访问。")).isTrue();
        assertThat(TimeAnchors.onlyAnnounces("俄乌双方已经谈了两轮，希望即将开启的第三轮谈判能取得新的进展。")).isFalse();
        assertThat(
                        TimeAnchors.onlyAnnounces(
                                "In Addis Ababa he will meet with African Union leadership."))
                .isTrue();
    }

    @Test
    void aCountInAMeasureNeedsAFigureInThatMeasure() {
        var tons = AskedMeasure.of("中欧班列去年运了多少吨货？", List.of());
        assertThat(tons.matcher("去年中欧班列开行15000多列").find()).isFalse();
        assertThat(tons.matcher("全年发送货物146万标箱，约1000万吨").find()).isTrue();
        assertThat(
                        AskedMeasure.of("How many tons of grain were shipped?", List.of())
                                .matcher("about 3 million tonnes")
                                .find())
                .isTrue();
        assertThat(AskedMeasure.of("中方如何评价中欧关系？", List.of())).isNull();
        // 人 begins a word of the topic: a sum of aid, not a count of people
        TopicUnit aid = new TopicUnit("人道主义", 6, List.of("人道主义"), List.of(), 1, 1);
        assertThat(AskedMeasure.of("美国向秘鲁提供了多少人道主义援助？", List.of(aid))).isNull();
        TopicUnit cargo = new TopicUnit("吨货", 8, List.of("吨货"), List.of(), 1, 0, true);
        assertThat(AskedMeasure.of("中欧班列去年运了多少吨货？", List.of(cargo))).isNotNull();
    }
}
