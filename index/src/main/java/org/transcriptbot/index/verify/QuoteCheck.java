package org.transcriptbot.index.verify;

import java.util.List;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.TranscriptMeta;

/**
 * The verdict on a claimed quote. For EXACT and NEAR: the transcript's real wording (match), the
 * passage it stands in (with every location), the differences, the changes of meaning (named first)
 * and a rendering plan (segments). For NOT_FOUND, match and passage are null and closest holds the
 * closest the transcript comes (or null). For a quote of several sentences that is not verbatim as
 * a whole, parts judges each sentence and the overall verdict is the weakest part's. error is set
 * (and verdict null) when the input cannot be checked. Built by {@link #found}, {@link #notFound}
 * and {@link #invalid}.
 */
public record QuoteCheck(
        String quote,
        Verdict verdict,
        double similarity,
        String match,
        Passage passage,
        TranscriptMeta transcript,
        List<Difference> differences,
        List<Segment> segments,
        List<QuoteCheck> parts,
        String error,
        Attribution attribution,
        List<MeaningChange> meaningChanges,
        Closest closest) {
    public QuoteCheck {
        differences = differences == null ? List.of() : List.copyOf(differences);
        segments = segments == null ? List.of() : List.copyOf(segments);
        parts = parts == null ? List.of() : List.copyOf(parts);
        meaningChanges = meaningChanges == null ? List.of() : List.copyOf(meaningChanges);
    }

    /**
     * Who said the matched words and what was set aside from the quote before checking. speaker is
     * the person whose words matched (the answerer, or the asker for a question's words); role is
     * "answer" or "question"; claim is the text actually checked; setAside is the attribution or
     * reporting phrase that was not checked (null when nothing was set aside); claimedSpeaker is
     * the person the quote names, if any.
     */
    public record Attribution(
            String speaker, String role, String claim, String setAside, String claimedSpeaker) {}

    /** The person whose words matched, or null (NOT_FOUND, invalid input). */
    public String speaker() {
        return attribution == null ? null : attribution.speaker();
    }

    /**
     * For NOT_FOUND: the transcript's words closest to the quote (shown as "the closest the
     * transcript comes", never as a match), where they stand and who said them; the similarity is
     * the check's.
     */
    public record Closest(
            String text, Passage passage, TranscriptMeta transcript, String speaker) {}

    /**
     * Where and how a quote stands in the transcript: the transcript's wording, its passage and
     * transcript, the character differences and the rendering plan.
     */
    public record Match(
            String text,
            Passage passage,
            TranscriptMeta transcript,
            List<Difference> differences,
            List<Segment> segments) {}

    /** EXACT or NEAR: the quote found as match, said by the attribution's speaker. */
    public static QuoteCheck found(
            String quote,
            Verdict verdict,
            double similarity,
            Match match,
            Attribution attribution,
            List<MeaningChange> meaningChanges) {
        return new QuoteCheck(
                quote,
                verdict,
                similarity,
                match.text(),
                match.passage(),
                match.transcript(),
                match.differences(),
                match.segments(),
                List.of(),
                null,
                attribution,
                meaningChanges,
                null);
    }

    /** NOT_FOUND, with the closest the transcript comes (or null). */
    public static QuoteCheck notFound(
            String quote,
            double similarity,
            Attribution attribution,
            List<MeaningChange> meaningChanges,
            Closest closest) {
        return new QuoteCheck(
                quote,
                Verdict.NOT_FOUND,
                similarity,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                attribution,
                meaningChanges,
                closest);
    }

    /** A quote that cannot be checked, and why (one sentence for the user). */
    public static QuoteCheck invalid(String quote, String error) {
        return new QuoteCheck(
                quote, null, 0, null, null, null, null, null, null, error, null, null, null);
    }

    /** This verdict with the verdicts on the quote's sentences. */
    public QuoteCheck withParts(List<QuoteCheck> sentences) {
        return new QuoteCheck(
                quote,
                verdict,
                similarity,
                match,
                passage,
                transcript,
                differences,
                segments,
                sentences,
                error,
                attribution,
                meaningChanges,
                closest);
    }

    /** Where the quote was found (null text and passage for NOT_FOUND). */
    public Match where() {
        return new Match(match, passage, transcript, differences, segments);
    }

    public boolean isValid() {
        return error == null;
    }

    /**
     * One difference: the transcript's words and what the quote has instead (either may be empty).
     */
    public record Difference(String transcript, String quote) {
        public String kind() {
            return transcript.isEmpty() ? "added" : quote.isEmpty() ? "dropped" : "changed";
        }
    }

    /**
     * A piece of the rendering: the transcript's wording, with deleted (transcript only) and
     * inserted (quote only) text.
     */
    public record Segment(Type type, String text) {
        public enum Type {
            SAME,
            DELETED,
            INSERTED
        }
    }
}
