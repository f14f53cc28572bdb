package org.transcriptbot.index.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.transcriptbot.index.text.Chinese;

/**
 * Finds the sentence (or two) of a passage that answers the question: the one holding the most of
 * the question's topic by weight; for a question asking for a number, a sentence with a number
 * counts for more. A short sentence that only leads in ("对此，我想说三点。") takes the next one with it.
 */
final class AnswerSentence {
    /** Questions asking for a quantity, a date or a count. */
    private static final Pattern ASKS_NUMBER =
            Pattern.compile(
                    "多少|几[个次年天位名项点成倍]|几|哪年|何时|什么时候|哪一年|how (many|much|long|big|high|large)|when|what year",
                    Pattern.CASE_INSENSITIVE);

    private static final Pattern HAS_NUMBER =
            Pattern.compile("\\d|[一二三四五六七八九十百千万亿两]+[个次年天位名项点成倍%]");
    private static final double NUMBER_BONUS = 0.5;
    private static final int SHORT = 14;

    private AnswerSentence() {}

    /** A sentence's char range in the passage text. */
    record Range(int start, int end) {}

    /** The answering sentence of the passage, or null when no sentence holds any of the topic. */
    static org.transcriptbot.index.search.SearchHit.Answer find(
            String text, List<TopicUnit> units, String question) {
        List<Range> sentences = sentences(text);
        if (sentences.size() <= 1 || units.isEmpty()) {
            return null;
        }
        boolean asksNumber = ASKS_NUMBER.matcher(question).find();
        double total = units.stream().mapToDouble(TopicUnit::weight).sum();
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < sentences.size(); i++) {
            String s = text.substring(sentences.get(i).start(), sentences.get(i).end());
            PassageWords words = PassageWords.of(s);
            double score = 0;
            for (TopicUnit u : units) {
                score += u.weight() * u.coverage(words);
            }
            score /= total;
            if (asksNumber && HAS_NUMBER.matcher(s).find()) {
                score += NUMBER_BONUS * score;
            }
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        if (best < 0) {
            return null;
        }
        Range r = sentences.get(best);
        int end = r.end();
        if (r.end() - r.start() < SHORT && best + 1 < sentences.size()) {
            end = sentences.get(best + 1).end();
        }
        return new SearchHit.Answer(text.substring(r.start(), end), r.start(), end);
    }

    /**
     * The sentences of a text (Chinese and English sentence ends, line breaks), closing quotes
     * kept.
     */
    static List<Range> sentences(String text) {
        List<Range> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end =
                    c == '\n' || Chinese.isSentenceEnd(c) || (c == '.' && englishStop(text, i));
            if (!end) {
                continue;
            }
            int stop = i + 1;
            while (stop < text.length() && "”’」』）)\"'".indexOf(text.charAt(stop)) >= 0) {
                stop++;
            }
            add(out, text, start, stop);
            start = stop;
            i = stop - 1;
        }
        add(out, text, start, text.length());
        return out;
    }

    /**
     * A full stop ends an English sentence when a space follows it and it does not end "Mr." or a
     * number.
     */
    private static boolean englishStop(String text, int i) {
        if (i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        int w = i;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, i);
        return !(word.length() <= 3
                && !word.isEmpty()
                && Character.isUpperCase(word.charAt(0))
                && word.matches("Mr|Mrs|Ms|Dr|St|U|S|No|Jr|Sr"));
    }

    private static void add(List<Range> out, String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Range(s, e));
        }
    }
}
