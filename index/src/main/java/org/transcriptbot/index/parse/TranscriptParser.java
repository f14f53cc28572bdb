package org.transcriptbot.index.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.transcriptbot.index.model.Anomaly;
import org.transcriptbot.index.model.Paragraph;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.model.TranscriptMeta;
import org.transcriptbot.index.model.Turn;
import org.transcriptbot.index.model.TurnKind;
import org.transcriptbot.index.parse.LineJoiner.Para;
import org.transcriptbot.index.parse.LineReader.Fragment;

/**
 * Turns a press-conference transcript, mess included, into turns and de-duplicated passages, stage
 * by stage: decoding ({@link SourceText}), speaker labels ({@link LabelGrammar} via {@link
 * LineReader}), line repair and splices ({@link LineJoiner}, {@link SpliceDetector}), the header
 * ({@link Header}), turns ({@link TurnBuilder} with {@link Speakers}), re-pasted sections ({@link
 * RepeatedSections}), passages ({@link PassageBuilder}), a cut-off ending ({@link Truncation}) and
 * near-duplicates ({@link NearDuplicates}). Stateless and thread-safe.
 */
public final class TranscriptParser {
    public Transcript parse(TranscriptMeta meta, byte[] bytes) throws TranscriptException {
        String file = meta.file() == null ? meta.id() : meta.file();
        SourceText.Decoded decoded = SourceText.decode(file, bytes);
        List<Anomaly> anomalies = new ArrayList<>();
        Keys keys = new Keys();
        List<Fragment> fragments =
                HeaderNames.relabel(
                        Headline.unlabel(LineReader.read(decoded.lines()), decoded.lines()));
        if (fragments.isEmpty()) {
            throw new TranscriptException(file + " has no text.");
        }
        boolean hasSpeakers = fragments.stream().anyMatch(f -> f.label() != null);
        List<Para> paras =
                LineJoiner.join(
                        fragments, new SpliceDetector(fragments, keys), anomalies, hasSpeakers);
        Header header =
                Header.read(
                        fragments.stream()
                                .takeWhile(f -> f.label() == null)
                                .map(Fragment::text)
                                .toList());
        String language =
                Passage.languageOf(
                        String.join("", fragments.stream().map(Fragment::text).toList()));
        Speakers speakers = Speakers.of(paras, header, "en".equals(language));
        List<Turn> turns =
                hasSpeakers
                        ? TurnBuilder.build(paras, speakers, anomalies)
                        : plainTurns(paras, file, anomalies);
        turns = RepeatedSections.split(turns, keys, anomalies);
        turns =
                MovedTextSplices.relocate(
                        turns, new LineLocator(fragments), spliceLines(anomalies), anomalies);
        List<Passage> passages = PassageBuilder.build(meta.id(), turns, keys, anomalies);
        passages = Truncation.mark(paras, passages, anomalies);
        int[] nearDuplicateGroups = NearDuplicates.report(passages, keys, anomalies);
        anomalies.sort(Comparator.comparingInt(Anomaly::firstLine).thenComparing(Anomaly::kind));
        TranscriptMeta withHeader =
                new TranscriptMeta(
                        meta.id(),
                        meta.title() != null ? meta.title() : header.title(),
                        meta.date() != null ? meta.date() : header.date(),
                        meta.occasion(),
                        meta.source(),
                        meta.file());
        return new Transcript(
                withHeader,
                turns,
                passages,
                anomalies,
                decoded.encoding(),
                language,
                speakers.all(),
                nearDuplicateGroups);
    }

    /** The lines where a splice was already found (the cut sentence before pasted text). */
    private static java.util.Set<Integer> spliceLines(List<Anomaly> anomalies) {
        return anomalies.stream()
                .filter(a -> a.kind() == Anomaly.Kind.SPLICE)
                .map(Anomaly::firstLine)
                .collect(java.util.stream.Collectors.toSet());
    }

    private static List<Turn> plainTurns(List<Para> paras, String file, List<Anomaly> anomalies) {
        anomalies.add(
                new Anomaly(
                        Anomaly.Kind.NO_TURNS,
                        paras.get(0).first(),
                        paras.get(paras.size() - 1).last(),
                        file
                                + " has no recognisable speaker turns (\"某某记者：\" / \"王毅：\"); indexed as plain paragraphs"));
        List<Paragraph> ps = new ArrayList<>();
        for (Para p : paras) {
            ps.add(new Paragraph(p.text(), p.first(), p.last()));
        }
        return List.of(
                new Turn(
                        0,
                        TurnKind.TEXT,
                        null,
                        null,
                        null,
                        ps,
                        ps.get(0).firstLine(),
                        ps.get(ps.size() - 1).lastLine()));
    }
}
