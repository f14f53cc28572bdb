package org.transcriptbot.index.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Query-side synonyms in Lucene's (Solr) synonym format: a question is run through a
 * SynonymGraphFilter and the synonyms it emits are added to the question text, which is then
 * analysed for every field as usual. English names of topics and Chinese short forms thus reach the
 * words the transcript uses, in both the word and the bigram fields.
 */
public final class Synonyms {
    private static final Synonyms NONE = new Synonyms(null, 0);

    private final SynonymMap map;
    private final int rules;
    private final Analyzer expander;

    private Synonyms(SynonymMap map, int rules) {
        this.map = map;
        this.rules = rules;
        this.expander =
                map == null
                        ? null
                        : Analyzers.normalised(
                                () -> {
                                    Tokenizer t = new StandardTokenizer();
                                    return new Analyzer.TokenStreamComponents(
                                            t, new SynonymGraphFilter(base(t), map, true));
                                });
    }

    public static Synonyms none() {
        return NONE;
    }

    private static TokenStream base(Tokenizer t) {
        return new PorterStemFilter(
                new EnglishPossessiveFilter(new LowerCaseFilter(new CJKWidthFilter(t))));
    }

    private static Analyzer ruleAnalyzer() {
        return Analyzers.normalised(
                () -> {
                    Tokenizer t = new StandardTokenizer();
                    return new Analyzer.TokenStreamComponents(t, base(t));
                });
    }

    /** Parses synonym rules; a malformed file is an error naming where it stopped. */
    public static Synonyms parse(String rules, String source) throws IOException {
        try (Analyzer a = ruleAnalyzer()) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, a);
            parser.parse(new StringReader(rules + "\n" + ReverseLexicon.of(rules)));
            long count =
                    rules.lines()
                            .map(String::strip)
                            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                            .count();
            return new Synonyms(parser.build(), (int) count);
        } catch (ParseException e) {
            throw new IOException(
                    "The synonyms file "
                            + source
                            + " has an error near line "
                            + e.getErrorOffset()
                            + ": "
                            + e.getMessage(),
                    e);
        } catch (IllegalArgumentException e) {
            throw new IOException(
                    "The synonyms file " + source + " has an error: " + e.getMessage(), e);
        }
    }

    public static Synonyms load(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    public int size() {
        return rules;
    }

    /** Synonyms of a map built before (SynonymsCache reads it back). */
    static Synonyms of(SynonymMap map, int rules) {
        return new Synonyms(map, rules);
    }

    /** The synonym map (null: none). */
    SynonymMap map() {
        return map;
    }

    private record Edge(int from, int to, String text, long span) {}

    /**
     * One place where synonyms apply: the matched words' char offsets in the question and the
     * phrases they bring.
     */
    public record Match(int start, int end, java.util.List<String> phrases) {}

    /** The synonym text a question brings in (empty when none applies). */
    public String expand(String question) {
        java.util.LinkedHashSet<String> phrases = new java.util.LinkedHashSet<>();
        for (Match m : matches(question)) {
            phrases.addAll(m.phrases());
        }
        return String.join(" ", phrases);
    }

    /**
     * Where synonyms apply in a question and what each brings. The filter's output is a token graph
     * in which the tokens of different multi-word synonyms interleave, so each synonym is read back
     * as a path through that graph (from a token's position to position + position length).
     */
    public java.util.List<Match> matches(String question) {
        if (map == null || question.isBlank()) {
            return java.util.List.of();
        }
        // every token of one synonym match carries the offsets of the matched words: one graph per
        // match
        java.util.Map<Long, java.util.List<Edge>> bySpan = new java.util.LinkedHashMap<>();
        for (Edge e : edges(question)) {
            bySpan.computeIfAbsent(e.span(), k -> new java.util.ArrayList<>()).add(e);
        }
        java.util.List<Match> out = new java.util.ArrayList<>();
        int total = 0;
        for (var entry : bySpan.entrySet()) {
            java.util.Map<Integer, java.util.List<Edge>> byFrom = new java.util.HashMap<>();
            int start = Integer.MAX_VALUE;
            for (Edge e : entry.getValue()) {
                byFrom.computeIfAbsent(e.from(), k -> new java.util.ArrayList<>()).add(e);
                start = Math.min(start, e.from());
            }
            java.util.LinkedHashSet<String> phrases = new java.util.LinkedHashSet<>();
            for (Edge e : byFrom.get(start)) {
                walk(e, new StringBuilder(), byFrom, phrases, 0);
            }
            total += phrases.size();
            out.add(
                    new Match(
                            (int) (entry.getKey() >>> 32),
                            (int) (long) entry.getKey(),
                            java.util.List.copyOf(phrases)));
            if (total > 64) {
                break;
            }
        }
        return out;
    }

    private java.util.List<Edge> edges(String question) {
        java.util.List<Edge> edges = new java.util.ArrayList<>();
        try (TokenStream ts = expander.tokenStream("q", question)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
            OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                if (SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())) {
                    edges.add(
                            new Edge(
                                    pos,
                                    pos + len.getPositionLength(),
                                    term.toString(),
                                    ((long) offsets.startOffset() << 32) | offsets.endOffset()));
                }
            }
            ts.end();
        } catch (IOException e) {
            return java.util.List.of();
        }
        return edges;
    }

    private static void walk(
            Edge e,
            StringBuilder prefix,
            java.util.Map<Integer, java.util.List<Edge>> byFrom,
            java.util.Set<String> out,
            int depth) {
        int mark = prefix.length();
        boolean han =
                !e.text().isEmpty()
                        && Character.UnicodeScript.of(e.text().codePointAt(0))
                                == Character.UnicodeScript.HAN;
        if (prefix.length() > 0
                && !(han
                        && Character.UnicodeScript.of(prefix.codePointBefore(prefix.length()))
                                == Character.UnicodeScript.HAN)) {
            prefix.append(' ');
        }
        prefix.append(e.text());
        java.util.List<Edge> next = byFrom.get(e.to());
        if (next == null || depth > 32 || out.size() > 64) {
            out.add(prefix.toString());
        } else {
            for (Edge n : next) {
                walk(n, prefix, byFrom, out, depth + 1);
            }
        }
        prefix.setLength(mark);
    }
}
