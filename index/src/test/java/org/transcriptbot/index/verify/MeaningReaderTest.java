package org.transcriptbot.index.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Changes of meaning between the transcript's wording and a close quote. */
class MeaningReaderTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "大国竞争不是时代主题|大国竞争是时代主题|negation dropped: 不",
                "面对全球性挑战，没有国家可以置身事外|面对全球性挑战，有国家可以置身事外|negation dropped: 没有",
                "冰冻三尺非一日之寒|冰冻三尺一日之寒|negation dropped: 非",
                "新冠肺炎疫情仍未彻底战胜|新冠肺炎疫情仍已彻底战胜|negation dropped: 未",
                "They will not be automated.|They will be automated.|negation dropped: not",
                "It can't survive a town|It can survive a town|negation dropped: not",
                "We never said that|We said that|negation dropped: never",
                "中方支持和谈|中方不支持和谈|negation added: 不",
                "大家庭成员达到180个|大家庭成员已达到200个|number changed: 180 → 200",
                "贸易额首次突破8000亿美元|贸易额首次突破8000亿欧元|number changed: 8000亿美元 → 8000亿欧元",
                "举行视频会晤并两次通话|举行视频会晤并三次通话|number changed: 两 → 三",
                "an initial $4 million in assistance|an initial $4 billion in assistance|number changed: $4 million → $4 billion",
                "six to eight weeks|six to nine weeks|number changed: eight → nine",
                "共同反对制造“新冷战”|共同支持制造“新冷战”|opposite word: 反对 → 支持",
                "prices will increase next year|prices will decrease next year|opposite word: increase → decrease",
            })
    void namesTheChange(String transcript, String quote, String expected) {
        assertThat(MeaningReader.changes(transcript, quote))
                .extracting(MeaningChange::text)
                .containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "无论什么时刻、无论身处何方|不论什么时刻、不论身处何方",
                "不仅是中国的成功|仅是中国的成功",
                "中国始终扎根亚太|中国一直扎根亚太",
                "Routine processing is currently six weeks|Routine processing is now six weeks",
                "We don't seek a trade war|We do not seek a trade war"
            })
    void wordingChangesThatKeepTheMeaningAreNotNamed(String pair) {
        String[] sides = pair.split("\\|");
        assertThat(MeaningReader.changes(sides[0], sides[1])).isEmpty();
    }

    @Test
    void negationsComeFirst() {
        List<MeaningChange> changes = MeaningReader.changes("达到180个，不是200个", "达到200个，是180个");
        assertThat(changes)
                .extracting(MeaningChange::kind)
                .first()
                .isEqualTo(MeaningChange.Kind.NEGATION_DROPPED);
    }
}
