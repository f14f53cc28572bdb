package org.transcriptbot.index.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.transcriptbot.index.AllTranscripts;

/**
 * The splice measurement on every transcript of the repository: splices built in copies (seeded, so
 * the figures in docs/transcripts.md are reproducible) are found where a cut marks them, and the
 * untouched files report only the bundled transcript's two real splices.
 */
class SpliceEvalTest {
    @Test
    void splicesCutMidWordAreFoundAndTheUntouchedFilesReportOnlyTheRealOnes() throws Exception {
        SpliceReport r = SpliceEval.run(AllTranscripts.all(), 30, 7);
        System.out.print(r.table());
        assertThat(r.untouched())
                .hasSize(2)
                .allSatisfy(u -> assertThat(u).startsWith("2022-03-07-wang-yi-press-conference"));
        int cutMidWord = r.kinds().indexOf("cut mid-word, at a paragraph's end");
        assertThat(r.tallies().get(cutMidWord).rate()).isGreaterThan(0.2);
        // moved under a third answer: rare, and never in an untouched file
        assertThat(r.total().misattributed()).isLessThanOrEqualTo(r.total().made() / 50);
    }
}
