package org.transcriptbot.index.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.transcriptbot.index.lucene.Fields;
import org.transcriptbot.index.text.Chinese;

/**
 * Joins again the characters SmartCN left single (names and terms it does not know: 一 带 一 路, 中 韩):
 * two neighbours join where neither is a function character, or where the pair occurs in the
 * transcripts, never across a particle (的, 了, 吗). Each piece of two or more characters, not all
 * function characters, is a word of the question (a lone character is too weak alone).
 */
final class CharacterRuns {
    /**
     * Characters that join words rather than make them (of, at, with, this, which, how many, ...).
     */
    private static final String FUNCTION_CHARS =
            "的了是在和与及对把被从向就都也还又而并之其这那哪几谁吗呢吧啊呀有会要能说个不给跟第为将得着过所们该";

    /**
     * Particles that end a word whatever follows (获救 的 人 is two words, though 救的 and 的人 both occur
     * in any transcript).
     */
    private static final String PARTICLES = "的了吗呢吧啊呀";

    private CharacterRuns() {}

    /**
     * The pieces, as {start, end} offsets into q, of a run of single characters at consecutive
     * positions.
     */
    static List<int[]> pieces(String q, List<Integer> run, TermQueries terms) {
        List<int[]> out = new ArrayList<>();
        int start = run.isEmpty() ? 0 : run.get(0);
        for (int i = 1; i <= run.size(); i++) {
            boolean end =
                    i == run.size()
                            || !joins(q.charAt(run.get(i - 1)), q.charAt(run.get(i)), terms);
            if (end) {
                int stop = run.get(i - 1) + 1;
                if (stop - start >= 2
                        && !q.substring(start, stop)
                                .chars()
                                .allMatch(c -> FUNCTION_CHARS.indexOf(c) >= 0)) {
                    out.addAll(split(q, start, stop, terms));
                }
                start = i < run.size() ? run.get(i) : start;
            }
        }
        return out;
    }

    /**
     * A joined piece no passage has, made of a word the passages have and one more character (城中村拆
     * of 城中村拆了以后): the word alone (the character is a verb or particle SmartCN left single). Any
     * other piece stays whole: 中韩 is a name the transcripts lack, and a piece made of two words the
     * transcripts have (中新两国) is kept as one, as splitting it lets its common half (两国) rank
     * passages.
     */
    private static List<int[]> split(String q, int start, int stop, TermQueries terms) {
        if (stop - start < 3 || occurs(q.substring(start, stop), terms)) {
            return List.of(new int[] {start, stop});
        }
        if (occurs(q.substring(start, stop - 1), terms)) {
            return List.of(new int[] {start, stop - 1});
        }
        if (occurs(q.substring(start + 1, stop), terms)) {
            return List.of(new int[] {start + 1, stop});
        }
        return List.of(new int[] {start, stop});
    }

    /** Every character pair of the text occurs in some passage. */
    private static boolean occurs(String text, TermQueries terms) {
        for (int i = 0; i + 2 <= text.length(); i++) {
            if (terms.docFreq(
                            new Term(
                                    Fields.TEXT_BIGRAMS,
                                    Chinese.key(text.substring(i, i + 2)).text()))
                    == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean joins(char a, char b, TermQueries terms) {
        if (PARTICLES.indexOf(a) >= 0 || PARTICLES.indexOf(b) >= 0) {
            return false;
        }
        boolean function = FUNCTION_CHARS.indexOf(a) >= 0 || FUNCTION_CHARS.indexOf(b) >= 0;
        return !function
                || terms.docFreq(new Term(Fields.TEXT_BIGRAMS, Chinese.key(a + "" + b).text())) > 0;
    }
}
