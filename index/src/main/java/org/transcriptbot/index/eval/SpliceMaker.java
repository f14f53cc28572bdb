package org.transcriptbot.index.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.transcriptbot.index.model.Paragraph;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.model.Turn;
import org.transcriptbot.index.model.TurnKind;

/**
 * Builds a splice in a copy of a transcript: a tail of a paragraph of answer B (a run of clauses of
 * 20-80 letters and digits, from a clause boundary to the paragraph's end) is cut out of B and
 * pasted into a paragraph of answer A, at a clause boundary inside it or at its end. Only
 * paragraphs that stand on one source line are used, so the copy has the same lines as the file.
 * Clauses are cut here independently of the parser's own code, which is what is measured.
 */
final class SpliceMaker {
    private static final int MIN_TAIL = 20;
    private static final int MAX_TAIL = 80;
    private static final int MIN_LEFT = 10;
    private static final int ATTEMPTS = 50;

    /**
     * A spliced copy: its lines, the turn the text was cut from and the one it was pasted into, the
     * line pasted into, the pasted text, and how it was made.
     */
    record Splice(
            List<String> lines,
            int fromTurn,
            int intoTurn,
            int intoLine,
            String pasted,
            Kind kind) {}

    /** Where and how the text is pasted. */
    enum Kind {
        INSIDE("pasted at a clause boundary inside"),
        AT_END("pasted at a paragraph's end"),
        CUT_AT_END("cut mid-word, at a paragraph's end");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private SpliceMaker() {}

    static Optional<Splice> make(Transcript t, List<String> lines, Random random, Kind kind) {
        List<Turn> answers =
                t.turns().stream()
                        .filter(SpliceMaker::answers)
                        .filter(x -> !oneLine(x, lines).isEmpty())
                        .toList();
        for (int attempt = 0; attempt < ATTEMPTS && answers.size() > 1; attempt++) {
            Turn from = answers.get(random.nextInt(answers.size()));
            Turn into = answers.get(random.nextInt(answers.size()));
            List<Paragraph> fromPs = oneLine(from, lines);
            List<Paragraph> intoPs = oneLine(into, lines);
            Paragraph b = fromPs.get(random.nextInt(fromPs.size()));
            Paragraph a = intoPs.get(random.nextInt(intoPs.size()));
            List<Integer> tails = tails(b.text());
            if (from == into || a.firstLine() == b.firstLine() || tails.isEmpty()) {
                continue;
            }
            int cut = tails.get(random.nextInt(tails.size()));
            List<Integer> inside = inside(a.text());
            if (kind == Kind.INSIDE && inside.isEmpty()) {
                continue;
            }
            int at =
                    kind == Kind.INSIDE
                            ? inside.get(random.nextInt(inside.size()))
                            : a.text().length();
            String pasted = b.text().substring(cut).strip();
            if (kind == Kind.CUT_AT_END) {
                pasted = cutMidWord(pasted, random);
            }
            List<String> copy = edited(lines, b, cut, a, at, pasted);
            return Optional.of(
                    new Splice(copy, from.index(), into.index(), a.firstLine(), pasted, kind));
        }
        return Optional.empty();
    }

    /** The lines with paragraph b cut at offset cut and the pasted text put into a at offset at. */
    private static List<String> edited(
            List<String> lines, Paragraph b, int cut, Paragraph a, int at, String pasted) {
        List<String> copy = new ArrayList<>(lines);
        String bLine = copy.get(b.firstLine() - 1);
        int bAt = bLine.indexOf(b.text());
        copy.set(
                b.firstLine() - 1,
                bLine.substring(0, bAt + cut).stripTrailing()
                        + bLine.substring(bAt + b.text().length()));
        String aLine = copy.get(a.firstLine() - 1);
        int aAt = aLine.indexOf(a.text()) + at;
        String space = pasted.charAt(0) < 0x2E80 ? " " : "";
        copy.set(
                a.firstLine() - 1,
                aLine.substring(0, aAt).stripTrailing()
                        + space
                        + pasted
                        + space
                        + aLine.substring(aAt).stripLeading());
        return copy;
    }

    private static boolean answers(Turn t) {
        return t.kind() != TurnKind.LEAD && t.kind() != TurnKind.HOST && t.kind() != TurnKind.TEXT;
    }

    /** The turn's paragraphs that stand whole on one source line. */
    private static List<Paragraph> oneLine(Turn t, List<String> lines) {
        return t.paragraphs().stream()
                .filter(
                        p ->
                                p.firstLine() == p.lastLine()
                                        && lines.get(p.firstLine() - 1).contains(p.text()))
                .toList();
    }

    /** Clause boundaries where a tail of 20-80 letters and digits starts, some text left before. */
    private static List<Integer> tails(String text) {
        List<Integer> out = new ArrayList<>();
        for (int b : boundaries(text)) {
            int tail = keyLength(text.substring(b));
            if (tail >= MIN_TAIL
                    && tail <= MAX_TAIL
                    && keyLength(text.substring(0, b)) >= MIN_LEFT) {
                out.add(b);
            }
        }
        return out;
    }

    /** Clause boundaries with some text either side. */
    private static List<Integer> inside(String text) {
        return boundaries(text).stream()
                .filter(
                        b ->
                                keyLength(text.substring(0, b)) >= 5
                                        && keyLength(text.substring(b)) >= 5)
                .toList();
    }

    private static List<Integer> boundaries(String text) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            boolean chinese = "，。；！？".indexOf(c) >= 0;
            boolean latin = ",.;!?".indexOf(c) >= 0 && text.charAt(i + 1) == ' ';
            if (chinese || latin) {
                int end = i + 1;
                while (end < text.length() && "”’」』）)\"' ".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                out.add(end);
            }
        }
        return out;
    }

    /**
     * The text with its last few letters cut off, so that it stops inside a word, as scraped text
     * cut at a page or block boundary does.
     */
    private static String cutMidWord(String text, Random random) {
        int end = text.length();
        while (end > 0 && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        end -= 1 + random.nextInt(3);
        while (end > 0 && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, Math.max(1, end));
    }

    static int keyLength(String s) {
        return (int) s.codePoints().filter(Character::isLetterOrDigit).count();
    }
}
