package org.transcriptbot.index.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads cleaned source lines into fragments: the words of one line with the speaker label that
 * opens it, if any. A question and its answer on one line ("问：……？答：……", "Q: …? A: …") become two
 * fragments of that line.
 */
final class LineReader {
    /**
     * One line's words (or part of a line) and the label before them (null when the line has none).
     */
    record Fragment(String text, int line, SpeakerLabel label) {}

    private static final Pattern INLINE_ANSWER =
            Pattern.compile("(?<=[？?。.！!])\\s*(答|A)\\s*[：:]\\s*");

    private LineReader() {}

    static List<Fragment> read(List<String> lines) {
        List<Fragment> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = SourceText.clean(lines.get(i));
            if (text.isEmpty()) {
                continue;
            }
            SpeakerLabel label = LabelGrammar.read(text).orElse(null);
            if (label == null) {
                out.add(new Fragment(text, i + 1, null));
                continue;
            }
            Matcher answer = label.asks() ? INLINE_ANSWER.matcher(label.words()) : null;
            if (answer != null && answer.find()) {
                String question = label.words().substring(0, answer.start()).strip();
                String words = label.words().substring(answer.end()).strip();
                out.add(new Fragment(question, i + 1, label.withWords(question)));
                out.add(
                        new Fragment(
                                words,
                                i + 1,
                                new SpeakerLabel(SpeakerLabel.Role.ANSWER, null, null, words)));
            } else {
                out.add(new Fragment(label.words(), i + 1, label));
            }
        }
        return out;
    }
}
