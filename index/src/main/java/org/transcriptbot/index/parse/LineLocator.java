package org.transcriptbot.index.parse;

import java.util.List;
import org.transcriptbot.index.model.Paragraph;
import org.transcriptbot.index.parse.LineReader.Fragment;

/**
 * The source lines of a piece of a paragraph: a paragraph joined from broken lines keeps only its
 * first and last line, so the piece is found again in the fragments the paragraph was joined from.
 */
final class LineLocator {
    private final List<Fragment> fragments;

    LineLocator(List<Fragment> fragments) {
        this.fragments = fragments;
    }

    /** The first and last source line of the text at [start, end) of the paragraph. */
    int[] lines(Paragraph p, int start, int end) {
        int first = p.firstLine();
        int last = p.firstLine();
        int at = 0;
        for (Fragment f : fragments) {
            if (f.line() < p.firstLine() || f.line() > p.lastLine() || f.text().isEmpty()) {
                continue;
            }
            int found = p.text().indexOf(f.text(), at);
            if (found < 0) {
                continue;
            }
            if (found <= start) {
                first = f.line();
            }
            if (found < end) {
                last = f.line();
            }
            at = found + f.text().length();
        }
        return new int[] {first, Math.max(first, last)};
    }
}
