package org.transcriptbot.index.verify;

import java.util.ArrayList;
import java.util.List;
import org.transcriptbot.index.text.Chinese;

/**
 * Judges one claim against the spoken corpus and assembles the QuoteCheck: EXACT for an exact
 * occurrence in one person's words credited to nobody else; NEAR for a close span (or the same
 * clauses in another order), with the real wording, the changes of meaning first and the character
 * differences; NOT_FOUND with the closest span.
 */
final class VerdictAssembler {
    private final SpokenCorpus corpus;
    private final SpanFinder finder;

    VerdictAssembler(SpokenCorpus corpus, SpanFinder finder) {
        this.corpus = corpus;
        this.finder = finder;
    }

    /** The verdict on claim, reported against the quote as the user wrote it. */
    QuoteCheck judge(String quote, ClaimReader.Claim claim) {
        return judge(quote, claim, null);
    }

    /**
     * As judge, looking for a close span first in the passage where the whole quote stood (a
     * sentence of a quote found NEAR is almost always near there), and in the whole collection only
     * when it is not close there.
     */
    QuoteCheck judge(String quote, ClaimReader.Claim claim, QuoteCheck whole) {
        Chinese.Key key = Chinese.key(claim.text());
        int at =
                finder.exact(
                        key.text(),
                        unit -> SpeakerName.agrees(claim.named(), corpus.unit(unit).speaker()));
        if (at >= 0
                && claim.setAside() != null
                && !corpus.speakers().contains(claim.named())
                && sentenceRunsOnBefore(at, claim)) {
            // "我们强调，…" for the transcript's "他们强调，…", "美方认为，…" for its "中方认为，…": the
            // phrase set aside is its own; one naming a speaker of the transcripts ("甘慕川说："
            // before his "所以我常说，…") is an attribution
            return judge(quote, new ClaimReader.Claim(quote, null, null, null));
        }
        if (at >= 0) {
            return found(
                    quote,
                    claim,
                    corpus.unitAt(at),
                    Verdict.EXACT,
                    1.0,
                    Wording.exact(corpus, at, key.length()),
                    List.of());
        }
        SpanFinder.Nearest near = whole == null ? null : nearInPassageOf(key.text(), whole);
        if (near == null) {
            near = finder.nearest(key.text());
        }
        if (near != null && near.similarity() >= QuoteVerifier.NEAR_SIMILARITY) {
            Wording w = Wording.aligned(corpus, near, claim.text(), key);
            return found(
                    quote,
                    claim,
                    near.unit(),
                    Verdict.NEAR,
                    near.similarity(),
                    w,
                    MeaningReader.changes(w.match(), claim.text()));
        }
        ClauseOrder.Swap swap = ClauseOrder.find(claim.text(), corpus, finder);
        if (swap != null) {
            return swapped(quote, claim, swap);
        }
        return notFound(quote, claim, near);
    }

    private SpanFinder.Nearest nearInPassageOf(String key, QuoteCheck whole) {
        for (int unit = 0; whole.passage() != null && unit < corpus.units(); unit++) {
            if (corpus.unit(unit).passage() == whole.passage()) {
                SpanFinder.Nearest near = finder.nearestInUnit(key, unit);
                return near != null && near.similarity() >= QuoteVerifier.NEAR_SIMILARITY
                        ? near
                        : null;
            }
        }
        return null;
    }

    /**
     * Does the transcript have the set-aside phrase's reporting verb right before the claim (one
     * sentence)?
     */
    private boolean sentenceRunsOnBefore(int at, ClaimReader.Claim claim) {
        if (claim.verb() == null) {
            return false;
        }
        String verb = Chinese.key(claim.verb()).text();
        int from = at - verb.length();
        return from >= corpus.start(corpus.unitAt(at)) && corpus.text().startsWith(verb, from);
    }

    private QuoteCheck found(
            String quote,
            ClaimReader.Claim claim,
            int unit,
            Verdict verdict,
            double similarity,
            Wording w,
            List<MeaningChange> changes) {
        SpokenCorpus.Unit u = corpus.unit(unit);
        List<MeaningChange> all = new ArrayList<>();
        Verdict v = verdict;
        if (!SpeakerName.agrees(claim.named(), u.speaker())) {
            all.add(new MeaningChange(MeaningChange.Kind.SPEAKER, u.speaker(), claim.named()));
            v = Verdict.NEAR;
        }
        all.addAll(changes);
        return QuoteCheck.found(
                quote,
                v,
                similarity,
                new QuoteCheck.Match(
                        w.match(), u.passage(), u.meta(), w.differences(), w.segments()),
                attribution(claim, u),
                all);
    }

    private QuoteCheck swapped(String quote, ClaimReader.Claim claim, ClauseOrder.Swap swap) {
        SpokenCorpus.Unit u = corpus.unit(swap.unit());
        String text = u.passage().text();
        String match =
                text.substring(
                        corpus.sourceAt(swap.keyFrom()), corpus.sourceAt(swap.keyTo() - 1) + 1);
        List<MeaningChange> changes = new ArrayList<>();
        changes.add(new MeaningChange(MeaningChange.Kind.CLAUSE_ORDER, match, claim.text()));
        if (!SpeakerName.agrees(claim.named(), u.speaker())) {
            changes.add(
                    0, new MeaningChange(MeaningChange.Kind.SPEAKER, u.speaker(), claim.named()));
        }
        List<QuoteCheck.Segment> segments =
                List.of(
                        new QuoteCheck.Segment(QuoteCheck.Segment.Type.DELETED, match),
                        new QuoteCheck.Segment(QuoteCheck.Segment.Type.INSERTED, claim.text()));
        return QuoteCheck.found(
                quote,
                Verdict.NEAR,
                swap.similarity(),
                new QuoteCheck.Match(
                        match,
                        u.passage(),
                        u.meta(),
                        List.of(new QuoteCheck.Difference(match, claim.text())),
                        segments),
                attribution(claim, u),
                changes);
    }

    private QuoteCheck notFound(String quote, ClaimReader.Claim claim, SpanFinder.Nearest near) {
        QuoteCheck.Closest closest = null;
        double similarity = 0;
        if (near != null) {
            SpokenCorpus.Unit u = corpus.unit(near.unit());
            Wording w = Wording.aligned(corpus, near, claim.text(), Chinese.key(claim.text()));
            closest = new QuoteCheck.Closest(w.match(), u.passage(), u.meta(), u.speaker());
            similarity = near.similarity();
        }
        return QuoteCheck.notFound(
                quote,
                similarity,
                new QuoteCheck.Attribution(
                        null, null, claim.text(), claim.setAside(), claim.named()),
                List.of(),
                closest);
    }

    private static QuoteCheck.Attribution attribution(
            ClaimReader.Claim claim, SpokenCorpus.Unit u) {
        return new QuoteCheck.Attribution(
                u.speaker(), u.role(), claim.text(), claim.setAside(), claim.named());
    }
}
