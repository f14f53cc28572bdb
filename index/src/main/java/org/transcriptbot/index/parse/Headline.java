package org.transcriptbot.index.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.transcriptbot.index.parse.LineReader.Fragment;

/**
 * The headline at the top of a file, whose colon is not a speaker label: "专访种子库主任某某：给高原植物存一份“备份”"
 * or "Mayor Chen: 'We will rebuild the pier'" reads like "NAME：WORDS", but its words were never
 * said in a turn. One of the first lines is a headline when it opens with an interview word (专访,
 * 访谈, 对话, Interview, Exclusive, …), when a dateline, source or byline follows it ("2025-12-02 07:30
 * 来源：…", "By Anna Lee"), or when its words are a short phrase with no sentence punctuation at all
 * and unlabelled text follows after a blank line (a speech broken over lines goes on in the next
 * line); a reporter's label followed by names only ("记者：郝某") is a byline. Its label is dropped: the
 * line is header text (the title), and so is the reporter's lead paragraph after it, up to the
 * first real label.
 */
final class Headline {
    /** How many of the first lines may be a headline (a title and a subtitle, a kicker). */
    private static final int HEAD_LINES = 3;

    private static final Pattern INTERVIEW_WORD =
            Pattern.compile(
                    "^[【\\[「“\"]?(专访|独家专访|人物专访|访谈|对话|面对面|独家|"
                            + "(?i:exclusive|interview|in conversation|conversation|q\\s?&\\s?a)\\b)");

    /** A dateline, source or byline line that follows a headline. */
    private static final Pattern DATELINE =
            Pattern.compile(
                    "^(\\d{4}\\s*[-/.年]\\s*\\d{1,2}|(来源|作者|编辑|责任编辑|发布时间|发表时间|本报记者|新华社|中新网)"
                            + "|(?i:(?:interviewed|conducted|reported|written|edited)\\s+by|by|source|published|posted|updated)\\b|[A-Z][a-z]+\\.? \\d{1,2}, \\d{4})");

    /** Any punctuation that a sentence or a clause has and a short headline phrase lacks. */
    private static final Pattern CLAUSE_PUNCTUATION = Pattern.compile("[。！？!?.，,；;]");

    private static final int PHRASE_LENGTH = 30;

    /** Only names after a reporter's label: a byline ("记者：郝某", "记者：郝某 李某"). */
    private static final Pattern BYLINE_NAMES =
            Pattern.compile("^[\\p{IsHan}·]{2,4}([\\s、，,]+[\\p{IsHan}·]{2,4}){0,3}$");

    private Headline() {}

    /**
     * The fragments with the label of a headline among the first lines dropped (the same list when
     * there is none).
     */
    static List<Fragment> unlabel(List<Fragment> fragments, List<String> lines) {
        List<Fragment> out = new ArrayList<>(fragments);
        for (int i = 0; i < Math.min(HEAD_LINES, out.size()); i++) {
            Fragment f = out.get(i);
            if (f.label() == null) {
                continue;
            }
            SpeakerLabel.Role role = f.label().role();
            if (role != SpeakerLabel.Role.SPEAKER && role != SpeakerLabel.Role.ASKER
                    || !isHeadline(out, i)) {
                break;
            }
            out.set(i, new Fragment(SourceText.clean(lines.get(f.line() - 1)), f.line(), null));
        }
        return out;
    }

    private static boolean isHeadline(List<Fragment> fragments, int i) {
        Fragment f = fragments.get(i);
        if (f.label().role() == SpeakerLabel.Role.ASKER
                && BYLINE_NAMES.matcher(f.label().words()).matches()) {
            return true; // "记者：郝某 李某": the byline, not a question
        }
        Fragment next = i + 1 < fragments.size() ? fragments.get(i + 1) : null;
        String label = labelText(f);
        if (INTERVIEW_WORD.matcher(label).find()) {
            return true;
        }
        if (next == null || next.label() != null || f.label().words().isEmpty()) {
            return false;
        }
        boolean blankLineAfter = next.line() > f.line() + 1;
        return DATELINE.matcher(next.text()).find()
                || blankLineAfter && isPhrase(f.label().words());
    }

    private static boolean isPhrase(String words) {
        return words.length() <= PHRASE_LENGTH && !CLAUSE_PUNCTUATION.matcher(words).find();
    }

    /** The label part of a labelled line, as the title and the name were written. */
    private static String labelText(Fragment f) {
        String name = f.label().name() == null ? "" : f.label().name();
        return f.label().title() == null ? name : f.label().title() + name;
    }
}
