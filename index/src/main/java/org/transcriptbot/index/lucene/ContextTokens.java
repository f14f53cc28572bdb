package org.transcriptbot.index.lucene;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.transcriptbot.index.analysis.Analyzers;

/**
 * The analysed question context of the passages one indexing thread is adding: every paragraph of
 * an answer carries the same question, so it is analysed once for its first passage and the tokens
 * replayed for the others (Lucene's CachingTokenFilter) instead of running SmartCN again for each
 * paragraph. The documents are the same as with the text analysed each time. One instance per
 * thread: the streams share their analyzer's per-thread components.
 */
final class ContextTokens {
    private final Analyzer analyzer = Analyzers.indexing();
    private final Map<String, CachingTokenFilter> byField = new HashMap<>();
    private String context;

    /** The tokens of the context for a field, analysed when the context differs from the last. */
    TokenStream stream(String field, String text) {
        if (!text.equals(context)) {
            byField.clear();
            context = text;
        }
        return byField.computeIfAbsent(
                field, f -> new CachingTokenFilter(analyzer.tokenStream(f, text)));
    }
}
