package org.transcriptbot.index.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.transcriptbot.index.analysis.Analyzers;
import org.transcriptbot.index.analysis.NumberForms;
import org.transcriptbot.index.analysis.PhraseList;
import org.transcriptbot.index.analysis.Synonyms;
import org.transcriptbot.index.lucene.Fields;
import org.transcriptbot.index.text.Chinese;

/**
 * What a question asks about, as topic units: its words without question words, fillers, speaker
 * and occasion words; characters SmartCN split apart (一 带 一 路) joined again; a synonym's or
 * number's words one unit with the forms they take in the transcripts. Each unit weighs by its
 * rarity (inverse document frequency), so a rare word the transcripts lack counts for more than a
 * common one they have.
 */
final class QuestionTopic {
    private static final Analyzer WORDS = Analyzers.words();

    private static final PhraseList QUESTION_WORDS =
            PhraseList.load(QuestionTopic.class, "question-words.txt");

    /** The share of its weight a word counts for where no form of it can be found. */
    static final double UNTRANSLATED = 0.3;

    private record Token(String term, int start, int end) {}

    private QuestionTopic() {}

    /**
     * The topic units in the order of the question, and whether its subject is unknown (a word
     * before a topic head, or an untranslated acronym, that no passage has).
     */
    record Topic(List<TopicUnit> units, boolean subjectAbsent) {}

    static Topic of(QueryPlanner.Plan plan, Synonyms synonyms, TermQueries terms) {
        List<TopicUnit> units = units(plan, synonyms, terms);
        return new Topic(units, AbsentSubject.in(units));
    }

    static List<TopicUnit> units(QueryPlanner.Plan plan, Synonyms synonyms, TermQueries terms) {
        String q = QUESTION_WORDS.remove(plan.cleaned());
        List<Token> tokens = tokens(q);
        List<Synonyms.Match> matches = new ArrayList<>();
        for (Synonyms.Match m : synonyms.matches(q)) {
            if (wholeTokens(m, tokens)) {
                matches.add(m);
            }
        }
        matches.addAll(NumberForms.matches(q));
        List<TopicUnit> units = new ArrayList<>();
        for (Synonyms.Match m : matches) {
            List<String> forms = new ArrayList<>(m.phrases());
            forms.add(q.substring(m.start(), m.end()));
            units.add(unit(q.substring(m.start(), m.end()), m.start(), forms, terms));
        }
        List<Integer> run = new ArrayList<>();
        for (Token t : tokens) {
            if (inside(t, matches)) {
                continue;
            }
            boolean single = t.end() - t.start() == 1 && isHan(q.charAt(t.start()));
            if (single && !run.isEmpty() && run.get(run.size() - 1) != t.start() - 1) {
                flush(q, run, units, terms);
            }
            if (single) {
                run.add(t.start());
                continue;
            }
            flush(q, run, units, terms);
            String word = q.substring(t.start(), t.end());
            if (!QueryPlanner.isStop(t.term())
                    && !isQuestionWho(word)
                    && !(word.length() == 1 && !isHan(word.charAt(0)))) {
                units.add(unit(word, t.start(), List.of(word), terms));
            }
        }
        flush(q, run, units, terms);
        units.removeIf(u -> isQuestionWho(u.text()));
        units.sort(java.util.Comparator.comparingInt(TopicUnit::start));
        return units;
    }

    /** The words of a run of single characters (see CharacterRuns). */
    private static void flush(
            String q, List<Integer> run, List<TopicUnit> units, TermQueries terms) {
        for (int[] piece : CharacterRuns.pieces(q, run, terms)) {
            String word = q.substring(piece[0], piece[1]);
            TopicUnit u = unit(word, piece[0], List.of(word), terms);
            units.add(
                    new TopicUnit(
                            u.text(),
                            u.start(),
                            u.hanForms(),
                            u.latinForms(),
                            u.weight(),
                            u.docFreq(),
                            true));
        }
        run.clear();
    }

    /** A synonym matched on whole words of the question (乌 alone, not the 乌 of 乌克兰). */
    private static boolean wholeTokens(Synonyms.Match m, List<Token> tokens) {
        boolean starts = false;
        boolean ends = false;
        for (Token t : tokens) {
            starts |= t.start() == m.start();
            ends |= t.end() == m.end();
        }
        return starts && ends;
    }

    private static boolean inside(Token t, List<Synonyms.Match> matches) {
        for (Synonyms.Match m : matches) {
            if (t.start() >= m.start() && t.end() <= m.end()) {
                return true;
            }
        }
        return false;
    }

    private static TopicUnit unit(String text, int start, List<String> forms, TermQueries terms) {
        List<String> han = new ArrayList<>();
        List<List<String>> latin = new ArrayList<>();
        int docFreq = 0;
        for (String form : forms) {
            if (form.chars().anyMatch(c -> isHan((char) c))) {
                String key = Chinese.key(form).text();
                if (!key.isEmpty() && !han.contains(key)) {
                    han.add(key);
                    docFreq = Math.max(docFreq, hanDocFreq(key, terms));
                }
            } else {
                List<String> stems = new ArrayList<>(PassageWords.stems(form));
                if (!stems.isEmpty()) {
                    latin.add(stems);
                    docFreq = Math.max(docFreq, latinDocFreq(stems, terms));
                }
            }
        }
        int n = Math.max(1, terms.docCount());
        double idf = Math.log(1 + (n - docFreq + 0.5) / (docFreq + 0.5));
        if (han.isEmpty() && docFreq == 0 && text.equals(text.toLowerCase(java.util.Locale.ROOT))) {
            // an English word in lower case no passage has: mostly a general word the lexicon does
            // not translate
            // ("progress", "worse"); a capitalised one (a name: "Glasgow", "WHO") keeps its full
            // weight
            idf *= UNTRANSLATED;
        }
        return new TopicUnit(text, start, han, latin, idf, docFreq);
    }

    /** At most the passages having its rarest character pair (its character, for one character). */
    private static int hanDocFreq(String key, TermQueries terms) {
        if (key.length() == 1) {
            return terms.docFreq(new Term(Fields.TEXT_CHARS, key));
        }
        int min = Integer.MAX_VALUE;
        for (int i = 0; i + 2 <= key.length(); i++) {
            min =
                    Math.min(
                            min,
                            terms.docFreq(new Term(Fields.TEXT_BIGRAMS, key.substring(i, i + 2))));
        }
        return min;
    }

    private static int latinDocFreq(List<String> stems, TermQueries terms) {
        int min = Integer.MAX_VALUE;
        for (String s : stems) {
            min = Math.min(min, terms.docFreq(new Term(Fields.TEXT, s)));
        }
        return min;
    }

    /** The question word who, not the organisation WHO (written in capitals). */
    private static boolean isQuestionWho(String word) {
        return word.equals("who") || word.equals("Who");
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = WORDS.tokenStream("q", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Token(term.toString(), offsets.startOffset(), offsets.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
