package org.transcriptbot.index.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.transcriptbot.index.analysis.Analyzers;
import org.transcriptbot.index.analysis.NumberForms;
import org.transcriptbot.index.analysis.PhraseList;
import org.transcriptbot.index.analysis.SpeakerWords;
import org.transcriptbot.index.analysis.Synonyms;
import org.transcriptbot.index.analysis.TextBigrams;
import org.transcriptbot.index.lucene.Fields;

/**
 * Turns a user's question into a Lucene query without ever parsing it as query syntax: the text is
 * cleaned (control characters, filler words of chat questions), synonyms are added, and the
 * analysed tokens of each field become de-duplicated, capped term clauses. Anything a user types is
 * just text.
 */
public final class QueryPlanner {
    /** Longest question text analysed; the rest of a very long message is ignored. */
    public static final int MAX_QUERY_CHARS = 600;

    static final int MAX_WORD_TERMS = 48;
    static final int MAX_BIGRAM_TERMS = 96;

    /**
     * Function words that say nothing about the topic (the word field only; bigrams rely on IDF).
     */
    private static final Set<String> STOP =
            Set.of(
                    "的", "了", "是", "在", "和", "与", "及", "对", "把", "被", "从", "向", "就", "都", "也", "还",
                    "又", "而", "并", "之", "其", "这", "那", "这些", "那些", "什么", "怎么", "如何", "为什么", "为何",
                    "哪些", "哪", "谁", "多少", "几", "是否", "能否", "您", "你", "我", "他", "她", "它", "我们", "你们",
                    "他们", "有", "会", "要", "能", "说", "上", "中", "个", "一", "不", "吗", "呢", "吧", "啊", "呀",
                    "认为", "自己", "看待", "怎样", "可以", "a", "an", "the", "of", "to", "in", "on", "and",
                    "or", "is", "are", "was", "be", "what", "how", "why", "does", "do", "did",
                    "will", "with", "for", "about", "at", "by", "from", "it", "this", "that");

    /** Question words as bigrams: how something is asked, not what about. */
    private static final Set<String> STOP_BIGRAMS =
            Set.of(
                    "什么", "怎么", "如何", "为何", "哪些", "认为", "是否", "能否", "可以", "自己", "这个", "那个", "哪个",
                    "哪里", "多少", "看待", "怎样", "为什", "么样");

    private final Analyzer words = Analyzers.words();
    private final Analyzer bigrams = Analyzers.bigrams(false);
    private final Weights weights;

    /** Field weights of the combined query. */
    public record Weights(float text, float textBigrams, float question, float questionBigrams) {
        public static final Weights DEFAULT = new Weights(1.0f, 1.0f, 0.5f, 0.5f);
    }

    /**
     * The analysed form of a question: its topic text (cleaned, without speaker and occasion
     * words), the speakers it names, the synonym and number forms it brings, and what is searched,
     * per field.
     */
    public record Plan(
            String cleaned,
            Set<String> speakers,
            String expansion,
            List<String> words,
            List<String> bigrams) {
        public boolean isEmpty() {
            return words.isEmpty() && bigrams.isEmpty();
        }
    }

    public QueryPlanner(Weights weights) {
        this.weights = weights;
    }

    /** Removes control characters and the filler words of chat questions; caps the length. */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.length() > MAX_QUERY_CHARS * 2 ? raw.substring(0, MAX_QUERY_CHARS * 2) : raw;
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints()
                .forEach(
                        c -> {
                            if (Character.isISOControl(c) || isFormatOrSymbol(c)) {
                                sb.append(' ');
                            } else {
                                sb.appendCodePoint(c);
                            }
                        });
        String out = sb.toString();
        String withoutFillers = PhraseList.FILLERS.remove(out);
        // a question made only of fillers ("吗？") keeps its words
        out = withoutFillers.isBlank() ? out : withoutFillers;
        out = out.strip();
        return out.length() > MAX_QUERY_CHARS ? out.substring(0, MAX_QUERY_CHARS) : out;
    }

    /**
     * Format characters, emoji and other symbols, and emoji variation selectors: no topic in them.
     */
    private static boolean isFormatOrSymbol(int c) {
        int type = Character.getType(c);
        return type == Character.FORMAT
                || type == Character.OTHER_SYMBOL
                || type == Character.MODIFIER_SYMBOL
                || (c >= 0xFE00 && c <= 0xFE0F);
    }

    /** Whether an analysed word says how something is asked rather than what about. */
    static boolean isStop(String term) {
        return STOP.contains(term);
    }

    /** Whether an analysed bigram is a question word. */
    static boolean isStopBigram(String term) {
        return STOP_BIGRAMS.contains(term);
    }

    public Plan plan(String raw, Synonyms synonyms, SpeakerWords speakerWords) {
        String asked = clean(raw);
        SpeakerWords.Stripped stripped = speakerWords.strip(asked);
        // a question that is only a name ("王毅") searches for the name
        String cleaned =
                stripped.text().isBlank() ? asked : stripped.text().strip().replaceAll("\\s+", " ");
        String numbers = NumberForms.alternatives(cleaned);
        String words = synonyms.expand(cleaned);
        String expansion =
                numbers.isEmpty() ? words : words.isEmpty() ? numbers : words + " " + numbers;
        String text = expansion.isEmpty() ? cleaned : cleaned + " \n " + expansion;
        List<String> w = new ArrayList<>();
        for (String t : terms(this.words, text, MAX_WORD_TERMS * 2)) {
            if (!STOP.contains(t) && w.size() < MAX_WORD_TERMS) {
                w.add(t);
            }
        }
        List<String> b = new ArrayList<>();
        for (String t : terms(bigrams, text, MAX_BIGRAM_TERMS * 2)) {
            if (!STOP_BIGRAMS.contains(t) && !STOP.contains(t) && b.size() < MAX_BIGRAM_TERMS) {
                b.add(t);
            }
        }
        return new Plan(cleaned, stripped.speakers(), expansion, w, b);
    }

    public Query query(Plan plan) {
        return query(plan, TermQuery::new);
    }

    /**
     * One flat disjunction of boosted term clauses (a nested query per field costs a rewrite pass
     * per query); termQuery lets the index supply term statistics it has cached, and returns null
     * for a term the index does not have (a clause that can match nothing only costs time, in the
     * search and in the highlighter).
     */
    public Query query(Plan plan, java.util.function.Function<Term, Query> termQuery) {
        if (plan.isEmpty()) {
            return new MatchNoDocsQuery("nothing to search for");
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        add(all, Fields.TEXT, plan.words(), weights.text(), termQuery);
        // a lone character is looked up where every passage holding it is (the pair field has
        // it only where it stands alone)
        add(
                all,
                Fields.TEXT_BIGRAMS,
                pairs(plan.bigrams(), false),
                weights.textBigrams(),
                termQuery);
        add(all, Fields.TEXT_CHARS, pairs(plan.bigrams(), true), weights.textBigrams(), termQuery);
        add(all, Fields.QUESTION, plan.words(), weights.question(), termQuery);
        add(all, Fields.QUESTION_BIGRAMS, plan.bigrams(), weights.questionBigrams(), termQuery);
        BooleanQuery q = all.build();
        return q.clauses().isEmpty() ? new MatchNoDocsQuery("no question term is in the index") : q;
    }

    /** The pair-field terms that are single characters (chars), or the others. */
    private static List<String> pairs(List<String> terms, boolean chars) {
        List<String> out = new ArrayList<>();
        for (String t : terms) {
            if (TextBigrams.isChar(t) == chars) {
                out.add(t);
            }
        }
        return out;
    }

    private static void add(
            BooleanQuery.Builder all,
            String field,
            List<String> terms,
            float boost,
            java.util.function.Function<Term, Query> termQuery) {
        if (terms.isEmpty() || boost <= 0) {
            return;
        }
        for (String t : terms) {
            Query q = termQuery.apply(new Term(field, t));
            if (q == null) {
                continue;
            }
            all.add(boost == 1f ? q : new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
        }
    }

    /** Distinct analysed tokens, in order, at most max. */
    static Set<String> terms(Analyzer analyzer, String text, int max) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && out.size() < max) {
                if (term.length() > 0) {
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
