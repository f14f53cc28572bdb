package org.transcriptbot.index.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.transcriptbot.index.Fixtures;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.model.Turn;
import org.transcriptbot.index.model.TurnKind;

/**
 * A TV interview whose host asks every question (主持人： … ？ — 甘慕川： …; no reporter's label anywhere):
 * the host's questions are questions, the guest's words their answers, the host's closing thanks a
 * host turn. At a press conference, where reporters ask, the host stays the host.
 */
class InterviewHostTest {
    private static Transcript load(String set, String file) throws Exception {
        return new TranscriptLoader()
                .loadDirectory(Fixtures.evalFile(set + "/transcripts")).transcripts().stream()
                        .filter(t -> t.meta().file().equals(file))
                        .findFirst()
                        .orElseThrow();
    }

    @Test
    void theInterviewingHostAsksAndTheGuestAnswers() throws Exception {
        Transcript t = load("layouts-own4", "2026-02-03-zh-tv-interview.txt");
        List<Turn> answers = t.turns().stream().filter(x -> x.kind().answersQuestion()).toList();
        assertThat(answers).hasSize(10);
        assertThat(answers).allSatisfy(x -> assertThat(x.answerer()).isEqualTo("甘慕川"));
        assertThat(answers).allSatisfy(x -> assertThat(x.asker()).isEqualTo("主持人"));
        assertThat(answers.get(0).question()).contains("是怎么“抢”出来的");
        assertThat(t.turns().get(t.turns().size() - 1).kind()).isEqualTo(TurnKind.HOST);
        assertThat(t.turns()).noneMatch(x -> x.kind() == TurnKind.OPENING);
    }

    @Test
    void aPanelHostWithReportersAskingStaysTheHost() throws Exception {
        Transcript t = load("layouts-own3", "2025-12-16-scio-panel.txt");
        assertThat(t.turns()).anyMatch(x -> x.kind() == TurnKind.HOST);
        assertThat(t.turns().stream().filter(x -> x.kind().answersQuestion()))
                .noneMatch(x -> x.asker() != null && x.asker().contains("主持人"));
    }
}
