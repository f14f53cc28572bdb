package org.transcriptbot.bot.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** /stats: the search section says what is searched and how it is ranked, in both languages. */
class StatsMessageTest {
    private static final StatsMessage.Usage USAGE =
            new StatsMessage.Usage(3, 1, 0, 0, 0, 0, Duration.ofMinutes(5), List.of());

    private static String text(StatsMessage.Search search, Lang lang) {
        return StatsMessage.of(USAGE, search, null, Messages.of(lang)).plainText();
    }

    private static StatsMessage.Search search(
            StatsMessage.Ranking ranking, long done, long total, double rate, double left) {
        return new StatsMessage.Search(1000, 48684, ranking, done, total, rate, left, null);
    }

    @Test
    void embeddingShowsProgressRateAndTimeLeft() {
        String en = text(search(StatsMessage.Ranking.EMBEDDING, 1200, 47393, 104.04, 444), Lang.EN);
        assertThat(en)
                .contains("Transcripts: 1000, passages: 48684")
                .contains(
                        "Ranking: lexical while passages are embedded: 1200/47393 (3%), 104.0 a"
                                + " second, about 7 min left");
        String zh = text(search(StatsMessage.Ranking.EMBEDDING, 1200, 47393, 104.04, 61), Lang.ZH);
        assertThat(zh).contains("1200/47393（3%），每秒 104.0 段，约剩 61 秒");
        assertThat(text(search(StatsMessage.Ranking.EMBEDDING, 0, 10, 0, Double.NaN), Lang.EN))
                .contains("time left not known yet");
    }

    @Test
    void everyRankingIsNamed() {
        assertThat(text(search(StatsMessage.Ranking.HYBRID, 0, 0, 0, 0), Lang.EN))
                .contains("Ranking: hybrid (all 48684 passages embedded)");
        assertThat(text(search(StatsMessage.Ranking.OFF, 0, 0, 0, 0), Lang.EN))
                .contains("semantic search is off");
        assertThat(text(search(StatsMessage.Ranking.MATCHING, 0, 0, 0, 0), Lang.ZH))
                .contains("正在把已存的向量对应到段落");
        assertThat(
                        text(
                                new StatsMessage.Search(
                                        1,
                                        80,
                                        StatsMessage.Ranking.FAILED,
                                        0,
                                        80,
                                        0,
                                        Double.NaN,
                                        "no onnxruntime for this platform"),
                                Lang.EN))
                .contains(
                        "lexical only: the embedding model could not run (no onnxruntime for this"
                                + " platform)");
        // without a search section (not known), the rest as before
        assertThat(text(null, Lang.EN)).doesNotContain("Ranking").contains("Questions asked: 3");
    }
}
