package org.transcriptbot.index.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.text.Chinese;

/**
 * Checks claimed quotes against what the transcripts' people said (answers and reporters'
 * questions). The quote as written is checked first; only when it is not verbatim is an attribution
 * ("王毅表示，", "Mr. Smith said:") set aside, and the better verdict kept. Quote and transcript are
 * compared in key form (letters and digits only; width, case and Traditional/Simplified folded). A
 * quote of several sentences that is not verbatim as a whole is also judged sentence by sentence.
 */
public final class QuoteVerifier {
    public static final int MIN_CHARS = 5;
    public static final int MAX_CHARS = 500;

    /**
     * At least this share of the quote must survive unchanged for NEAR (similarity = 1 - edits /
     * length).
     */
    static final double NEAR_SIMILARITY = 0.75;

    /**
     * Above this many normalised characters, only candidate passages from the index are aligned.
     */
    public static final int CANDIDATE_THRESHOLD = SpanFinder.CANDIDATE_THRESHOLD;

    private static final Pattern SENTENCES = Pattern.compile("(?<=[。！？!?；;…\\n])");

    private final SpokenCorpus corpus;
    private final SpanFinder finder;
    private final ClaimReader claims;
    private final VerdictAssembler assembler;

    public QuoteVerifier(List<Transcript> transcripts) {
        this.corpus = new SpokenCorpus(transcripts);
        this.finder = new SpanFinder(corpus);
        this.claims = new ClaimReader(corpus.speakers());
        this.assembler = new VerdictAssembler(corpus, finder);
    }

    /**
     * Sets the collection size above which only candidates are aligned (tests use 0 to force that
     * path).
     */
    public void candidateThreshold(int chars) {
        finder.candidateThreshold(chars);
    }

    /**
     * For large collections: a function from a quote (key form) to the passages worth aligning
     * (ords in the order passages were given), e.g. the index's best matches on character pairs.
     * Used above CANDIDATE_THRESHOLD characters, where a full scan would take tens of milliseconds
     * or more.
     */
    public void candidates(Function<String, int[]> f) {
        finder.candidates(f);
    }

    public QuoteCheck verify(String rawQuote) {
        if (rawQuote == null || rawQuote.isBlank()) {
            return QuoteCheck.invalid("", "The quote is empty: send the words you want checked.");
        }
        String quote = rawQuote.strip();
        Chinese.Key key = Chinese.key(quote);
        QuoteCheck refused = refusedBySize(quote, key);
        if (refused != null) {
            return refused;
        }
        ClaimReader.Claim claim = claims.read(quote);
        if (Chinese.key(claim.text()).length() > MAX_CHARS) {
            return QuoteCheck.invalid(
                    abbreviate(quote),
                    "The quote is too long ("
                            + key.length()
                            + " characters without punctuation); check at most "
                            + MAX_CHARS
                            + " at a time.");
        }
        ClaimReader.Claim asWritten = new ClaimReader.Claim(quote, null, null, null);
        if (claim.setAside() == null || finder.exact(key.text(), unit -> true) >= 0) {
            return bySentences(quote, asWritten);
        }
        QuoteCheck attributed = bySentences(quote, claim);
        // an attribution that finds nothing may have been the transcript's own words: try the quote
        // as written
        return attributed.verdict() != Verdict.NOT_FOUND
                ? attributed
                : better(attributed, bySentences(quote, asWritten));
    }

    /** A quote too long or too short to check, said why; null when its size is fine. */
    private static QuoteCheck refusedBySize(String quote, Chinese.Key key) {
        if (quote.length() > MAX_CHARS * 4) {
            return QuoteCheck.invalid(
                    abbreviate(quote),
                    "The quote is too long ("
                            + quote.length()
                            + " characters); check at most "
                            + MAX_CHARS
                            + " characters at a time, a sentence or a paragraph.");
        }
        if (key.length() < MIN_CHARS) {
            return QuoteCheck.invalid(
                    quote,
                    "The quote is too short to check: it needs at least "
                            + MIN_CHARS
                            + " letters or characters (it has "
                            + key.length()
                            + ").");
        }
        return null;
    }

    /**
     * The check with the stronger verdict, or at equal verdicts the higher similarity (the first on
     * a tie).
     */
    private static QuoteCheck better(QuoteCheck a, QuoteCheck b) {
        if (a.verdict() != b.verdict()) {
            return a.verdict().ordinal() < b.verdict().ordinal() ? a : b;
        }
        return a.similarity() >= b.similarity() ? a : b;
    }

    /** The claim judged as a whole and, when that is not verbatim, sentence by sentence. */
    private QuoteCheck bySentences(String quote, ClaimReader.Claim claim) {
        QuoteCheck whole = assembler.judge(quote, claim);
        List<String> sentences = sentences(claim.text());
        if (whole.verdict() == Verdict.EXACT || sentences.size() < 2) {
            return whole;
        }
        List<QuoteCheck> parts = new ArrayList<>();
        Map<String, QuoteCheck> judged = new HashMap<>(); // a sentence quoted twice is judged once
        for (String s : sentences) {
            parts.add(
                    judged.computeIfAbsent(
                            s,
                            k ->
                                    assembler.judge(
                                            k,
                                            new ClaimReader.Claim(k, null, claim.named(), null),
                                            whole)));
        }
        return SentenceParts.combine(whole, parts);
    }

    private static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String s : SENTENCES.split(text)) {
            if (Chinese.key(s).length() >= 2) {
                sentences.add(s.strip());
            } else if (!sentences.isEmpty()) {
                sentences.set(
                        sentences.size() - 1, sentences.get(sentences.size() - 1) + s.strip());
            }
        }
        return sentences;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
