package org.transcriptbot.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.Library;
import org.transcriptbot.index.analysis.Synonyms;
import org.transcriptbot.index.model.TurnKind;

class SearchTest {
    private final Library lib = Fixtures.library();

    private SearchHit top(String q) {
        SearchResult r = lib.search(q, 5);
        assertThat(r.hits()).as("hits for " + q).isNotEmpty();
        return r.hits().get(0);
    }

    @Test
    void answersTheMissionQuestion() {
        SearchHit h = top("中方对乌克兰问题的立场是什么？");
        assertThat(h.passage().text()).contains("在乌克兰问题上，我们始终本着客观公正态度");
        assertThat(h.passage().location().asker()).isEqualTo("路透社");
        assertThat(h.passage().location().question()).contains("俄军在乌行动");
        assertThat(h.passage().location().paragraph()).isEqualTo(1);
        assertThat(h.transcript().date()).isEqualTo("2022-03-07");
        assertThat(h.highlighted("[", "]")).contains("[乌克兰").contains("问题]");
    }

    @Test
    void askedWhatTheSpeakerSaidTheAnswersOpeningParagraphComesFirst() {
        SearchHit h = top("王毅对一带一路的进展怎么评价");
        assertThat(h.passage().location().answerer()).isEqualTo("王毅");
        assertThat(h.passage().location().paragraph()).isEqualTo(1);
        assertThat(h.passage().text()).contains("一带一路");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "*:*",
                "中方\"说",
                "*战略",
                "[1 TO",
                "中美关系 AND",
                "AND OR",
                "WHO:疫情",
                "/2/",
                "\"",
                "((((",
                "😀😀😀",
                "\u0000\u0001\u0007",
                "   ",
                "？？？",
                "<b>中美</b>&amp;",
                "\\",
                "~!@#$%^&*()_+",
                "𠀀𠀁𠀂"
            })
    void anyTextIsJustText(String q) {
        SearchResult r = lib.search(q, 5);
        assertThat(r.query()).isEqualTo(q);
        assertThat(r.hits().size()).isLessThanOrEqualTo(5);
    }

    @Test
    void aVeryLongMessageIsSearchedWithoutHittingClauseLimits() {
        String longQ = Fixtures.rawText().substring(0, 5000);
        SearchResult r = lib.search(longQ, 5);
        assertThat(r.hits()).isNotEmpty();
        String repeated = "中美关系".repeat(1500);
        assertThat(lib.search(repeated, 3).hits()).isNotEmpty();
    }

    @Test
    void luceneSyntaxIsNotInterpreted() {
        assertThat(top("WHO:疫情").passage().text()).contains("疫情");
        assertThat(top("冬奥 AND 成功").passage().text()).contains("冬奥");
    }

    @Test
    void oneCharacterQueriesStillFind() {
        assertThat(top("美").passage().text()).contains("美");
        assertThat(top("乌").passage().text()).contains("乌");
    }

    @Test
    void fillerWordsDoNotDominate() {
        SearchHit plain = top("一带一路");
        SearchHit chatty = top("请问一下啊，我想知道一带一路呢？？");
        assertThat(chatty.passage().id()).isEqualTo(plain.passage().id());
    }

    @Test
    void traditionalAndSimplifiedFindTheSamePassage() {
        assertThat(top("中方主張以何種方式化解烏克蘭危機？").passage().id())
                .isEqualTo(top("中方主张以何种方式化解乌克兰危机？").passage().id());
        SearchHit t = top("印太戰略");
        assertThat(t.passage().text()).contains("印太战略");
        assertThat(t.highlights()).isNotEmpty();
    }

    @Test
    void englishNamesReachTheChineseTerms() {
        assertThat(top("Belt and Road").passage().text()).contains("一带一路");
        assertThat(top("Winter Olympics").passage().text()).contains("冬奥");
        assertThat(top("Shanghai Communique").passage().text()).contains("上海公报");
        assertThat(top("Red Cross aid to Ukraine").passage().text()).contains("红十字会");
        assertThat(top("Global Development Initiative").passage().text()).contains("全球发展倡议");
        assertThat(top("NATO").passage().text()).contains("北约");
        assertThat(top("EU").passage().text()).contains("欧");
    }

    @Test
    void shortFormsReachTheFullTerms() {
        assertThat(top("俄乌").passage().text()).containsAnyOf("乌克兰", "俄乌");
        assertThat(top("冬奥").passage().text()).contains("冬奥会");
    }

    @Test
    void highlightsPointAtMatchedWords() {
        SearchHit h = top("劝和促谈 斡旋");
        String text = h.passage().text();
        Set<String> marked = new HashSet<>();
        for (SearchHit.Span s : h.highlights()) {
            assertThat(s.start()).isLessThan(s.end());
            marked.add(text.substring(s.start(), s.end()));
        }
        assertThat(String.join("|", marked)).contains("劝和促谈").contains("斡旋");
    }

    @Test
    void repeatedSectionsNeverFillTwoSlots() {
        for (String q : List.of("一带一路", "中欧关系", "印太战略", "中美两个大国如何找到正确相处之道", "两大力量")) {
            List<SearchHit> hits = lib.search(q, 10).hits();
            Set<String> texts = new HashSet<>();
            for (SearchHit h : hits) {
                assertThat(texts.add(h.passage().text())).as(q).isTrue();
            }
            for (int i = 0; i < hits.size(); i++) {
                for (int j = i + 1; j < hits.size(); j++) {
                    assertThat(
                                    org.transcriptbot.index.analysis.CharPairs.dice(
                                            org.transcriptbot.index.analysis.CharPairs.of(
                                                    hits.get(i).passage().text()),
                                            org.transcriptbot.index.analysis.CharPairs.of(
                                                    hits.get(j).passage().text())))
                            .as(q)
                            .isLessThan(0.8f);
                }
            }
        }
    }

    @Test
    void resultsCarryEveryPlaceAPassageStands() {
        SearchHit h = top("中方始终从战略和长远角度看待中欧关系");
        assertThat(h.passage().occurrences()).hasSize(2);
        assertThat(h.passage().occurrences())
                .extracting(l -> l.asker())
                .containsExactlyInAnyOrder("埃菲社", "今日俄罗斯国际通讯社");
    }

    @Test
    void theOrphanIsFoundWithoutAQuestion() {
        SearchHit h = top("海外同胞 你的背后是祖国");
        assertThat(h.passage().location().kind()).isEqualTo(TurnKind.ORPHAN);
        assertThat(h.passage().location().question()).isNull();
    }

    @Test
    void nothingMatchesGivesNoHits() {
        assertThat(lib.search("xyzzy plugh", 5).hits()).isEmpty();
    }

    @Test
    void onDiskIndexIsReusedUntilTheTranscriptsChange(@TempDir Path dir) throws Exception {
        Path idx = dir.resolve("index");
        var transcripts = List.of(Fixtures.transcript());
        try (TranscriptIndex a =
                TranscriptIndex.build(
                        transcripts, Fixtures.synonyms(), QueryPlanner.Weights.DEFAULT, idx)) {
            assertThat(a.search("一带一路", 1).hits()).isNotEmpty();
        }
        Set<String> before = new HashSet<>();
        try (var s = Files.list(idx)) {
            s.forEach(p -> before.add(p.getFileName().toString()));
        }
        try (TranscriptIndex b =
                TranscriptIndex.build(
                        transcripts, Fixtures.synonyms(), QueryPlanner.Weights.DEFAULT, idx)) {
            assertThat(b.search("一带一路", 1).hits()).isNotEmpty();
        }
        Set<String> after = new HashSet<>();
        try (var s = Files.list(idx)) {
            s.forEach(p -> after.add(p.getFileName().toString()));
        }
        assertThat(after).isEqualTo(before);
        var other =
                new org.transcriptbot.index.parse.TranscriptLoader()
                        .parse(
                                "x.txt",
                                "甲报记者：问题？\n\n王毅：完全不同的回答。\n"
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                null);
        try (TranscriptIndex c =
                TranscriptIndex.build(
                        List.of(other), Synonyms.none(), QueryPlanner.Weights.DEFAULT, idx)) {
            assertThat(c.search("一带一路", 1).hits()).isEmpty();
            assertThat(c.search("完全不同", 1).hits()).isNotEmpty();
        }
    }

    @Test
    void synonymFileErrorsNameTheFile() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> Synonyms.parse("a => \n", "my-synonyms.txt"))
                .hasMessageContaining("my-synonyms.txt");
    }

    @Test
    void synonymExpansionReadsMultiWordSynonymsWhole() {
        Synonyms s = Fixtures.synonyms();
        assertThat(s.expand("俄乌冲突")).contains("俄罗斯").contains("乌克兰");
        assertThat(s.expand("consular protection")).contains("领事保护").contains("海外同胞");
        assertThat(s.expand("nothing relevant here")).isEmpty();
    }
}
