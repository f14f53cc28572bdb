package org.transcriptbot.index.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.transcriptbot.index.analysis.Analyzers;
import org.transcriptbot.index.text.Chinese;

/**
 * A text as topic units are looked up in it: its key form (letters and digits, folded) for Chinese
 * forms, and the set of its English stems for English ones.
 */
record PassageWords(String key, Set<String> stems) {
    private static final Analyzer LATIN = Analyzers.latinWords();

    static PassageWords of(String text) {
        return new PassageWords(Chinese.key(text).text(), stems(text));
    }

    /** The English stems (and numbers) of a text. */
    static Set<String> stems(String text) {
        Set<String> out = new HashSet<>();
        try (TokenStream ts = LATIN.tokenStream("t", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                char first = term.charAt(0);
                if (first < 0x2E80 && Character.isLetterOrDigit(first)) {
                    out.add(term.toString());
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
