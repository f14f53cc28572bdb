package org.transcriptbot.bot.messages;

import java.util.List;
import org.transcriptbot.index.model.Location;
import org.transcriptbot.index.model.Paragraph;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.model.TranscriptMeta;
import org.transcriptbot.index.model.Turn;
import org.transcriptbot.index.model.TurnKind;
import org.transcriptbot.index.search.SearchHit;

/** Small hand-made transcripts, passages and hits, for messages whose every part a test can see. */
final class Samples {
    static final TranscriptMeta META =
            new TranscriptMeta("t1", "外长记者会", "2022-03-07", null, null, "t1.txt");
    static final String TEXT = "双方同意加强合作。中欧班列去年开行了1.5万列。这说明合作潜力巨大。";

    private Samples() {}

    static Passage passage(String id, String text) {
        return new Passage(
                id,
                text,
                List.of(
                        new Location(
                                "t1", 1, TurnKind.QA, "路透社", "中欧班列开行了多少列？", "王毅", 1, 2, 20, 21)),
                false);
    }

    static SearchHit hit(int rank, String id, String text, SearchHit.Answer answer) {
        return new SearchHit(
                rank, 1f, passage(id, text), META, List.of(new SearchHit.Span(9, 13)), answer);
    }

    static Transcript transcript() {
        Turn turn =
                new Turn(1, TurnKind.QA, "路透社", "中欧班列开行了多少列？", "王毅", List.of(paragraph()), 20, 21);
        return new Transcript(META, List.of(turn), List.of(passage("p1", TEXT)), List.of());
    }

    private static Paragraph paragraph() {
        return new Paragraph(TEXT, 20, 21);
    }
}
