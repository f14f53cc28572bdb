package org.transcriptbot.index.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.transcriptbot.index.AllTranscripts;

class SpliceEvalTest {
    @Test
    void splicesMadeInCopiesOfEveryTranscriptAreFoundAndNoneIsInventedInTheUntouchedFiles()
            throws Exception {
        SpliceEval.Report r = SpliceEval.run(AllTranscripts.all(), 30, 7);
        System.out.print(r.table());
        assertThat(r.untouched()).hasSize(2);
    }
}
