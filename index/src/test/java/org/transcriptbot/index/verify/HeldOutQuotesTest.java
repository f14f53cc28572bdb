package org.transcriptbot.index.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.eval.QuoteEval;
import org.transcriptbot.index.parse.TranscriptLoader;

/**
 * The held-out layout set's quotes (eval/layouts-own: transcripts written after the parser, in the
 * five layouts) against its own transcripts: every verdict and every speaker right, no false EXACT.
 */
class HeldOutQuotesTest {
    /** The quotes of an evaluation set checked against its own transcripts. */
    private static QuoteEval.Report run(String set) throws Exception {
        Path dir = Fixtures.evalFile(set);
        QuoteVerifier verifier =
                new QuoteVerifier(
                        new TranscriptLoader()
                                .loadDirectory(dir.resolve("transcripts"))
                                .transcripts());
        return QuoteEval.run(QuoteEval.read(dir.resolve("quotes.jsonl")), verifier::verify);
    }

    @Test
    void everyVerdictAndSpeakerOfTheHeldOutSetIsRight() throws Exception {
        QuoteEval.Report report = run("layouts-own");
        assertThat(report.falseExact()).isZero();
        assertThat(report.right()).as(report.table()).isEqualTo(40);
        assertThat(report.speakersRight()).as(report.table()).isEqualTo(report.speakerCases());
    }

    /**
     * eval/quotes-attr-own: 76 quotes over the three held-out sets' transcripts, written to vary
     * how an attribution is put (a title or name before or after the words, in the middle of two
     * quoted halves, "said X", Traditional characters, contractions). One verdict is left NEAR: the
     * interview's 记者 is named only in its dateline, so a quote naming her is taken for a quote
     * naming someone else.
     */
    @Test
    void attributionsOfEveryFormAreSetAside() throws Exception {
        QuoteEval.Report report = run("quotes-attr-own");
        assertThat(report.falseExact()).isZero();
        assertThat(report.right()).as(report.table()).isGreaterThanOrEqualTo(75);
        assertThat(report.speakersRight()).as(report.table()).isEqualTo(report.speakerCases());
    }

    /**
     * eval/layouts-own4 (a TV interview, a joint availability, a provincial panel, a ministry
     * briefing): every verdict right and no false EXACT, among them the guest's words credited to
     * the host that the interview labels 主持人 (NEAR, not EXACT) and the guest's words after his own
     * "所以我常说，" quoted as "甘慕川在节目中说：" (EXACT).
     */
    @Test
    void theFourthHeldOutSetsQuotesAreRight() throws Exception {
        QuoteEval.Report report = run("layouts-own4");
        assertThat(report.falseExact()).isZero();
        // the NPR reporter names herself in her question ("Megan Farrow, NPR."): her outlet asks
        assertThat(report.right()).as(report.table()).isEqualTo(34);
        assertThat(report.speakersRight()).as(report.table()).isEqualTo(report.speakerCases());
    }
}
