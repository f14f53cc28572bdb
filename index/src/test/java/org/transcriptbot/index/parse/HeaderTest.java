package org.transcriptbot.index.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transcriptbot.index.model.Transcript;

/**
 * Title, date and the people named, read from a transcript's first lines when there is no sidecar.
 */
class HeaderTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2025年3月12日外交部发言人主持例行记者会|2025-03-12",
                "时间：2025 年 4 月 7 日 10 时|2025-04-07",
                "February 6, 2025|2025-02-06",
                "Recorded Jan. 17, 2025|2025-01-17",
                "6 February 2025|2025-02-06",
                "Published 2024-11-20 09:00|2024-11-20",
                "发布时间：2025/06/18 10:30|2025-06-18",
                "2025.6.18 来源：网络|2025-06-18"
            })
    void readsChineseEnglishAndIsoDates(String line, String date) {
        assertThat(Header.date(line)).isEqualTo(date);
    }

    @Test
    void theLatestDateOfTheHeaderIsTheDateOfRecord() {
        assertThat(
                        Header.read(
                                        List.of(
                                                "INTERVIEW: A B",
                                                "Recorded January 17, 2025; published January 22, 2025"))
                                .date())
                .isEqualTo("2025-01-22");
    }

    @Test
    void namesTheAnsweringOfficialAndTheInterviewer() {
        assertThat(Header.read(List.of("2025年3月12日外交部发言人林书远主持例行记者会")).answerer()).isEqualTo("林书远");
        Header en =
                Header.read(
                        List.of(
                                "INTERVIEW: Helena Marsh, Chair of the Port Authority",
                                "Interviewed by Daniel Okoro, The Ledger"));
        assertThat(en.answerer()).isEqualTo("Helena Marsh");
        assertThat(en.interviewer()).isEqualTo("Daniel Okoro");
        assertThat(
                        Header.read(
                                        List.of(
                                                "Department Press Briefing",
                                                "Ellis Holloway, Department Spokesperson",
                                                "Washington, D.C."))
                                .answerer())
                .isEqualTo("Ellis Holloway");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The Metro Weekly Interview: Ruth Adeyemi|Ruth Adeyemi",
                "Interview: Ruth Adeyemi on rebuilding the city's water system|Ruth Adeyemi",
                "The Metro Weekly Interview: Ruth Adeyemi on water, rates and trust|Ruth Adeyemi",
                "Q&A with Ruth Adeyemi, Water Commissioner|Ruth Adeyemi",
                "A Conversation with Ruth Adeyemi|Ruth Adeyemi"
            })
    void namesTheIntervieweeOfEveryInterviewHeading(String line, String name) {
        Header h = Header.read(List.of(line, "By Marcus Lindqvist"));
        assertThat(h.answerer()).isEqualTo(name);
        assertThat(h.interviewer()).isEqualTo("Marcus Lindqvist");
    }

    @Test
    void anUnnamedAnswerIsCreditedToTheFirstOfficialTheHostIntroduces() throws Exception {
        byte[] text =
                ("医保局新闻发布会实录\n\n主持人：出席今天发布会的有国家医保局副局长施某某先生，司长李某女士。\n\n"
                                + "问：新目录何时执行？\n\n答：明年1月1日起执行。\n")
                        .getBytes(StandardCharsets.UTF_8);
        Transcript t = new TranscriptLoader().parse("x.txt", text, null);
        assertThat(t.turns())
                .filteredOn(x -> x.question() != null)
                .singleElement()
                .satisfies(x -> assertThat(x.answerer()).isEqualTo("施某某"));
    }

    @Test
    void theSidecarWinsOverTheHeaderAndTheHeaderOverTheFileName() throws Exception {
        byte[] text = "2025年3月12日外交部例行记者会\n\n问：问题？\n\n答：回答。\n".getBytes(StandardCharsets.UTF_8);
        TranscriptLoader loader = new TranscriptLoader();
        Transcript fromHeader = loader.parse("2020-01-01-x.txt", text, null);
        assertThat(fromHeader.meta().date()).isEqualTo("2025-03-12");
        assertThat(fromHeader.meta().title()).isEqualTo("2025年3月12日外交部例行记者会");
        Transcript fromSidecar =
                loader.parse(
                        "2020-01-01-x.txt",
                        text,
                        "{\"title\": \"T\", \"date\": \"2025-03-13\"}"
                                .getBytes(StandardCharsets.UTF_8));
        assertThat(fromSidecar.meta().date()).isEqualTo("2025-03-13");
        assertThat(fromSidecar.meta().title()).isEqualTo("T");
    }

    @Test
    void answersAreCreditedToTheSpokespersonTheHeaderNames() throws Exception {
        byte[] text =
                "2025年3月12日外交部发言人林书远主持例行记者会\n\n问：中方是否会出席？答：中方将派代表出席。\n"
                        .getBytes(StandardCharsets.UTF_8);
        Transcript t = new TranscriptLoader().parse("x.txt", text, null);
        assertThat(t.turns().get(1).question()).isEqualTo("中方是否会出席？");
        assertThat(t.turns().get(1).answerer()).isEqualTo("林书远");
        assertThat(t.passages().get(1).text()).isEqualTo("中方将派代表出席。");
    }
}
