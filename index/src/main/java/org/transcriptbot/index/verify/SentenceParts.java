package org.transcriptbot.index.verify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The verdict on a quote of several sentences that is not verbatim as a whole, from its sentences'
 * verdicts: the weakest of them. All verbatim is EXACT only when one person said them all, in this
 * order (an omission "……" between them is fine); otherwise NEAR, saying why.
 */
final class SentenceParts {
    private static final String OMISSION = " … ";

    private SentenceParts() {}

    static QuoteCheck combine(QuoteCheck whole, List<QuoteCheck> parts) {
        Verdict overall = Verdict.EXACT;
        for (QuoteCheck p : parts) {
            overall = overall.weakest(p.verdict());
        }
        if (overall == Verdict.EXACT) {
            return stitched(whole, parts);
        }
        List<MeaningChange> changes = mergedChanges(whole, parts);
        if (overall == Verdict.NOT_FOUND) {
            return notFound(whole, parts, changes);
        }
        QuoteCheck shown =
                whole.verdict() == Verdict.NEAR
                        ? whole
                        : parts.stream()
                                .filter(p -> p.verdict() != Verdict.NOT_FOUND)
                                .findFirst()
                                .orElseThrow();
        return QuoteCheck.found(
                        whole.quote(),
                        Verdict.NEAR,
                        shown.similarity(),
                        shown.where(),
                        withClaimOf(whole, shown.attribution()),
                        changes)
                .withParts(parts);
    }

    /** The whole quote's changes of meaning, then each sentence's that says something new. */
    private static List<MeaningChange> mergedChanges(QuoteCheck whole, List<QuoteCheck> parts) {
        List<MeaningChange> changes = new ArrayList<>(whole.meaningChanges());
        for (QuoteCheck p : parts) {
            for (MeaningChange m : p.meaningChanges()) {
                if (changes.stream()
                        .noneMatch(
                                c ->
                                        c.kind() == m.kind()
                                                && c.transcript().contains(m.transcript()))) {
                    changes.add(m);
                }
            }
        }
        return List.copyOf(changes);
    }

    /** A sentence not found: the whole is NOT_FOUND, with the closest the transcript comes. */
    private static QuoteCheck notFound(
            QuoteCheck whole, List<QuoteCheck> parts, List<MeaningChange> changes) {
        QuoteCheck.Closest closest =
                whole.passage() == null
                        ? whole.closest()
                        : new QuoteCheck.Closest(
                                whole.match(),
                                whole.passage(),
                                whole.transcript(),
                                whole.speaker());
        QuoteCheck.Attribution a = whole.attribution();
        return QuoteCheck.notFound(
                        whole.quote(),
                        whole.similarity(),
                        new QuoteCheck.Attribution(
                                null, null, a.claim(), a.setAside(), a.claimedSpeaker()),
                        changes,
                        closest)
                .withParts(parts);
    }

    /** Every sentence verbatim: shown as found, joined by omission marks. */
    private static QuoteCheck stitched(QuoteCheck whole, List<QuoteCheck> parts) {
        List<QuoteCheck.Segment> segments = new ArrayList<>();
        List<String> matches = new ArrayList<>();
        for (QuoteCheck p : parts) {
            if (!segments.isEmpty()) {
                segments.add(new QuoteCheck.Segment(QuoteCheck.Segment.Type.SAME, OMISSION));
            }
            segments.addAll(p.segments());
            matches.add(p.match());
        }
        QuoteCheck first = parts.get(0);
        List<MeaningChange> changes = new ArrayList<>();
        Set<String> speakers = new LinkedHashSet<>();
        parts.forEach(p -> speakers.add(p.speaker() + " (" + p.attribution().role() + ")"));
        if (speakers.size() > 1) {
            changes.add(
                    new MeaningChange(
                            MeaningChange.Kind.SPEAKERS_MIXED, String.join("、", speakers), ""));
        } else if (!inOrder(parts)) {
            changes.add(
                    new MeaningChange(
                            MeaningChange.Kind.CLAUSE_ORDER,
                            String.join(OMISSION, matches),
                            whole.attribution().claim()));
        }
        return QuoteCheck.found(
                        whole.quote(),
                        changes.isEmpty() ? Verdict.EXACT : Verdict.NEAR,
                        1.0,
                        new QuoteCheck.Match(
                                String.join(OMISSION, matches),
                                first.passage(),
                                first.transcript(),
                                List.of(),
                                segments),
                        withClaimOf(whole, first.attribution()),
                        changes)
                .withParts(parts);
    }

    /**
     * Do the sentences stand in the transcript in the order quoted (by line, then by place in the
     * passage)?
     */
    private static boolean inOrder(List<QuoteCheck> parts) {
        for (int i = 1; i < parts.size(); i++) {
            QuoteCheck a = parts.get(i - 1);
            QuoteCheck b = parts.get(i);
            int lineA = a.passage().location().firstLine();
            int lineB = b.passage().location().firstLine();
            boolean samePassage = Objects.equals(a.passage().id(), b.passage().id());
            if (!Objects.equals(a.transcript(), b.transcript())
                    || lineB < lineA
                    || samePassage
                            && b.passage().text().indexOf(b.match())
                                    < a.passage().text().indexOf(a.match())) {
                return false;
            }
        }
        return true;
    }

    /** The speaker found for a part, with the whole quote's claim and set-aside text. */
    private static QuoteCheck.Attribution withClaimOf(
            QuoteCheck whole, QuoteCheck.Attribution found) {
        QuoteCheck.Attribution w = whole.attribution();
        return new QuoteCheck.Attribution(
                found.speaker(), found.role(), w.claim(), w.setAside(), w.claimedSpeaker());
    }
}
