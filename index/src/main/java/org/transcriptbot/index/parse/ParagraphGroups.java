package org.transcriptbot.index.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.transcriptbot.index.model.Paragraph;

/**
 * Which paragraphs of a turn are read together as one passage, sized for a chat: a list with its
 * introduction ("三点倡议：" + 一是… 二是…), a run of short list items, short paragraphs with their
 * neighbour, and a short last paragraph with the group before it.
 */
final class ParagraphGroups {
    private static final Pattern LIST_ITEM =
            Pattern.compile(
                    "^(第?[一二三四五六七八九十]{1,3}(是|、|，|：|\\.)|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,2}[.、．)）]|[①②③④⑤⑥⑦⑧⑨⑩]).*");
    private static final int SHORT = 60;
    private static final int MAX_GROUP = 500;
    private static final int MAX_LIST_GROUP = 800;

    private ParagraphGroups() {}

    /** Ranges [from, to) of paragraphs read together. */
    static List<int[]> of(List<Paragraph> ps) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < ps.size()) {
            int j = end(ps, i);
            int len = length(ps, i, j);
            if (len < SHORT / 2 && j == ps.size() && !out.isEmpty()) {
                int[] prev = out.get(out.size() - 1);
                if (length(ps, prev[0], prev[1]) + len <= MAX_LIST_GROUP) {
                    prev[1] = j;
                    i = j;
                    continue;
                }
            }
            out.add(new int[] {i, j});
            i = j;
        }
        return out;
    }

    /** Where the group starting at paragraph i ends (exclusive). */
    private static int end(List<Paragraph> ps, int i) {
        int len = ps.get(i).text().length();
        int j = i + 1;
        String text = ps.get(i).text();
        if (text.endsWith("：") || text.endsWith(":")) {
            while (j < ps.size()
                    && isItem(ps.get(j))
                    && len + length(ps, j, j + 1) <= MAX_LIST_GROUP) {
                len += length(ps, j, ++j);
            }
        } else if (LIST_ITEM.matcher(text).matches() && len < SHORT) {
            while (j < ps.size()
                    && isItem(ps.get(j))
                    && length(ps, j, j + 1) < SHORT * 2
                    && len + length(ps, j, j + 1) <= MAX_LIST_GROUP) {
                len += length(ps, j, ++j);
            }
        } else {
            while (j < ps.size() && len < SHORT && len + length(ps, j, j + 1) <= MAX_GROUP) {
                len += length(ps, j, ++j);
            }
        }
        return j;
    }

    private static boolean isItem(Paragraph p) {
        return LIST_ITEM.matcher(p.text()).matches();
    }

    private static int length(List<Paragraph> ps, int from, int to) {
        int len = 0;
        for (int k = from; k < to; k++) {
            len += ps.get(k).text().length();
        }
        return len;
    }
}
