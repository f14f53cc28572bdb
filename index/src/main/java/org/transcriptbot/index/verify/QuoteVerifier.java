package org.transcriptbot.index.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.model.TranscriptMeta;
import org.transcriptbot.index.text.Chinese;

/**
 * Checks claimed quotes against the transcripts. Quote and transcript are compared in key form (letters and
 * digits only, width, case and Traditional/Simplified folded), over passages whose broken lines are already
 * joined. An exact occurrence is EXACT; otherwise Myers' bit-parallel approximate matching finds the transcript
 * span with the fewest edits, and a short Sellers alignment over that span says what differs.
 */
public final class QuoteVerifier {
    public static final int MIN_CHARS = 5;
    public static final int MAX_CHARS = 500;
    /** At least this share of the quote must survive unchanged for NEAR (similarity = 1 - edits / length). */
    static final double NEAR_SIMILARITY = 0.75;
    private static final Pattern ATTRIBUTED = Pattern.compile("^[^“\"「『]{0,24}?[“\"「『](.+)[”\"」』][。.！!]?$", Pattern.DOTALL);
    /** "王毅说：…", "王毅表示，…": an attribution before the words claimed. */
    private static final Pattern SAID = Pattern.compile(
            "^(?:[^，,。：:“\"「]{1,12}?(?:说过|曾说|说|表示|指出|强调|称|提到|讲)[：:，,]|[\\p{IsHan}·]{2,8}[：:])\\s*(.+)$",
            Pattern.DOTALL);
    private static final Pattern SENTENCES = Pattern.compile("(?<=[。！？!?；;…\\n])");

    private final List<Passage> passages = new ArrayList<>();
    private final List<TranscriptMeta> metas = new ArrayList<>();
    private final String corpus;
    private final int[] keyPassage;
    private final int[] keySource;
    /** Where each passage's key form starts in the corpus (one past its end is the next start minus one). */
    private final int[] passageStart;
    /** Above this many normalised characters, only candidate passages from the index are aligned. */
    public static final int CANDIDATE_THRESHOLD = 1_000_000;
    private volatile java.util.function.Function<String, int[]> candidates;
    private volatile int candidateThreshold = CANDIDATE_THRESHOLD;

    /** Sets the collection size above which only candidates are aligned (tests use 0 to force that path). */
    public void candidateThreshold(int chars) {
        this.candidateThreshold = chars;
    }

    public QuoteVerifier(List<Transcript> transcripts) {
        StringBuilder sb = new StringBuilder();
        int[] ords = new int[1024];
        int[] srcs = new int[1024];
        int n = 0;
        List<Integer> starts = new ArrayList<>();
        for (Transcript t : transcripts) {
            for (Passage p : t.passages()) {
                Chinese.Key key = Chinese.key(p.text());
                int ord = passages.size();
                starts.add(n);
                passages.add(p);
                metas.add(t.meta());
                if (n + key.length() + 1 > ords.length) {
                    int cap = Math.max(ords.length * 2, n + key.length() + 1);
                    ords = java.util.Arrays.copyOf(ords, cap);
                    srcs = java.util.Arrays.copyOf(srcs, cap);
                }
                for (int i = 0; i < key.length(); i++) {
                    ords[n] = ord;
                    srcs[n++] = key.srcIndex()[i];
                }
                sb.append(key.text());
                sb.append('\u0000');
                ords[n] = ord;
                srcs[n++] = p.text().length();
            }
        }
        this.corpus = sb.toString();
        this.keyPassage = java.util.Arrays.copyOf(ords, n);
        this.keySource = java.util.Arrays.copyOf(srcs, n);
        this.passageStart = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * For large collections: a function from a quote (key form) to the passages worth aligning (ords in the
     * order passages were given), e.g. the index's best matches on character pairs. Used above
     * CANDIDATE_THRESHOLD characters, where a full scan would take tens of milliseconds or more.
     */
    public void candidates(java.util.function.Function<String, int[]> f) {
        this.candidates = f;
    }

    /** Characters of normalised transcript text searched (the collection size the cost grows with). */
    public int corpusSize() {
        return corpus.length();
    }

    public QuoteCheck verify(String rawQuote) {
        QuoteCheck c = verifyRaw(rawQuote);
        String original = rawQuote == null ? "" : rawQuote.strip();
        if (c.quote() == null || c.quote().equals(original) || original.length() > MAX_CHARS * 4) {
            return c;
        }
        // report the quote as the user wrote it (attribution and quotation marks included)
        return new QuoteCheck(original, c.verdict(), c.similarity(), c.match(), c.passage(), c.transcript(),
                c.differences(), c.segments(), c.parts(), c.error());
    }

    private QuoteCheck verifyRaw(String rawQuote) {
        if (rawQuote == null || rawQuote.isBlank()) {
            return QuoteCheck.invalid("", "The quote is empty: send the words you want checked.");
        }
        if (rawQuote.length() > MAX_CHARS * 4) {
            return QuoteCheck.invalid(abbreviate(rawQuote), "The quote is too long (" + rawQuote.length()
                    + " characters); check at most " + MAX_CHARS + " characters at a time, a sentence or a paragraph.");
        }
        String quote = unwrap(rawQuote.strip());
        Matcher said = SAID.matcher(quote);
        if (said.matches() && Chinese.key(said.group(1)).length() >= MIN_CHARS) {
            // try both: with the attribution (it may be the transcript's own words) and without it
            QuoteCheck with = verifyText(quote);
            if (with.isValid() && with.verdict() == Verdict.EXACT) {
                return with;
            }
            QuoteCheck without = verifyText(unwrap(said.group(1).strip()));
            if (!with.isValid() || without.isValid() && (without.verdict().ordinal() < with.verdict().ordinal()
                    || without.verdict() == with.verdict() && without.similarity() >= with.similarity())) {
                return without;
            }
            return with;
        }
        return verifyText(quote);
    }

    private QuoteCheck verifyText(String quote) {
        Chinese.Key key = Chinese.key(quote);
        if (key.length() < MIN_CHARS) {
            return QuoteCheck.invalid(quote, "The quote is too short to check: it needs at least " + MIN_CHARS
                    + " letters or characters (it has " + key.length() + ").");
        }
        if (key.length() > MAX_CHARS) {
            return QuoteCheck.invalid(abbreviate(quote), "The quote is too long (" + key.length()
                    + " characters without punctuation); check at most " + MAX_CHARS + " at a time.");
        }
        QuoteCheck whole = check(quote, key);
        if (whole.verdict() == Verdict.EXACT) {
            return whole;
        }
        List<String> sentences = new ArrayList<>();
        for (String s : SENTENCES.split(quote)) {
            if (Chinese.key(s).length() >= 2) {
                sentences.add(s.strip());
            } else if (!sentences.isEmpty()) {
                sentences.set(sentences.size() - 1, sentences.get(sentences.size() - 1) + s.strip());
            }
        }
        if (sentences.size() < 2) {
            return whole;
        }
        List<QuoteCheck> parts = new ArrayList<>();
        Verdict overall = Verdict.EXACT;
        for (String s : sentences) {
            Chinese.Key k = Chinese.key(s);
            QuoteCheck part = check(s, k);
            parts.add(part);
            overall = overall.weakest(part.verdict());
        }
        if (overall == Verdict.EXACT) {
            // every sentence is verbatim (an omission "……" between them, or sentences from different places):
            // show the sentences as found, not the whole quote's approximate alignment
            List<QuoteCheck.Segment> segments = new ArrayList<>();
            List<String> matches = new ArrayList<>();
            for (QuoteCheck p : parts) {
                if (!segments.isEmpty()) {
                    segments.add(new QuoteCheck.Segment(QuoteCheck.Segment.Type.SAME, " … "));
                }
                segments.addAll(p.segments());
                matches.add(p.match());
            }
            QuoteCheck first = parts.get(0);
            return new QuoteCheck(whole.quote(), Verdict.EXACT, 1.0, String.join(" … ", matches), first.passage(),
                    first.transcript(), List.of(), segments, parts, null);
        }
        return new QuoteCheck(whole.quote(), overall, whole.similarity(), whole.match(), whole.passage(),
                whole.transcript(), whole.differences(), whole.segments(), parts, null);
    }

    /** "王毅说：“……”" checks what stands inside the quotation marks. */
    static String unwrap(String quote) {
        Matcher m = ATTRIBUTED.matcher(quote);
        if (m.matches() && Chinese.key(m.group(1)).length() >= MIN_CHARS) {
            return m.group(1).strip();
        }
        return quote;
    }

    /**
     * One quote against the whole collection, or, above the candidate threshold, against the passages the index
     * proposes: an exact occurrence, else the span with the fewest edits.
     */
    private QuoteCheck check(String quote, Chinese.Key key) {
        String k = key.text();
        java.util.function.Function<String, int[]> cand = candidates;
        int[][] ranges;
        if (cand != null && corpus.length() > candidateThreshold) {
            int[] ords = cand.apply(k);
            ranges = new int[ords.length][];
            for (int i = 0; i < ords.length; i++) {
                int ord = ords[i];
                ranges[i] = new int[] {passageStart[ord], ord + 1 < passageStart.length ? passageStart[ord + 1] : corpus.length()};
            }
        } else {
            ranges = new int[][] {{0, corpus.length()}};
        }
        for (int[] r : ranges) {
            int rel = corpus.substring(r[0], r[1]).indexOf(k);
            if (rel >= 0) {
                return exact(quote, r[0] + rel, k.length());
            }
        }
        Myers myers = new Myers(k);
        Myers.Best best = null;
        for (int[] r : ranges) {
            Myers.Best b = myers.scan(corpus, r[0], r[1], null);
            if (best == null || b.distance() < best.distance()) {
                best = b;
            }
        }
        double similarity = best == null ? 0 : 1.0 - (double) best.distance() / k.length();
        if (best == null || similarity < NEAR_SIMILARITY) {
            return new QuoteCheck(quote, Verdict.NOT_FOUND, Math.max(0, similarity), null, null, null, null, null, null, null);
        }
        int from = Math.max(0, best.end() - k.length() - best.distance() - 1);
        Alignment.Result a = Alignment.align(k, corpus, from, best.end());
        int firstText = a.steps().stream().filter(st -> st.textIndex() >= 0).mapToInt(Alignment.Step::textIndex).min()
                .orElse(best.end() - 1);
        int ord = keyPassage[firstText];
        return describe(quote, key, passages.get(ord), metas.get(ord), a, similarity);
    }

    private QuoteCheck exact(String quote, int at, int length) {
        int ord = keyPassage[at];
        Passage p = passages.get(ord);
        String match = p.text().substring(keySource[at], keySource[at + length - 1] + 1);
        return new QuoteCheck(quote, Verdict.EXACT, 1.0, match, p, metas.get(ord), List.of(),
                List.of(new QuoteCheck.Segment(QuoteCheck.Segment.Type.SAME, match)), List.of(), null);
    }

    /** Turns an alignment in key space into the transcript's wording with what differs. */
    private QuoteCheck describe(String quote, Chinese.Key key, Passage p, TranscriptMeta meta, Alignment.Result a,
                                double similarity) {
        String text = p.text();
        List<QuoteCheck.Segment> segments = new ArrayList<>();
        List<QuoteCheck.Difference> diffs = new ArrayList<>();
        StringBuilder delBuf = new StringBuilder();
        StringBuilder insBuf = new StringBuilder();
        int firstSrc = -1;
        int lastSrc = -1;
        for (Alignment.Step st : a.steps()) {
            if (st.textIndex() >= 0 && keyPassage[st.textIndex()] != keyPassage[a.steps().stream()
                    .filter(x -> x.textIndex() >= 0).findFirst().get().textIndex()]) {
                continue; // a match running past its passage: keep to the first passage
            }
            String quoteChar = st.patternIndex() >= 0 ? quoteSource(quote, key, st.patternIndex()) : "";
            switch (st.op()) {
                case EQUAL -> {
                    flush(diffs, delBuf, insBuf);
                    int src = keySource[st.textIndex()];
                    add(segments, QuoteCheck.Segment.Type.SAME, between(text, lastSrc, src) + text.charAt(src));
                    if (firstSrc < 0) {
                        firstSrc = src;
                    }
                    lastSrc = src;
                }
                case SUBSTITUTE, DELETE -> {
                    int src = keySource[st.textIndex()];
                    String gap = between(text, lastSrc, src);
                    if (!gap.isEmpty()) {
                        add(segments, QuoteCheck.Segment.Type.SAME, gap);
                    }
                    add(segments, QuoteCheck.Segment.Type.DELETED, String.valueOf(text.charAt(src)));
                    delBuf.append(text.charAt(src));
                    if (st.op() == Alignment.Op.SUBSTITUTE) {
                        add(segments, QuoteCheck.Segment.Type.INSERTED, quoteChar);
                        insBuf.append(quoteChar);
                    }
                    if (firstSrc < 0) {
                        firstSrc = src;
                    }
                    lastSrc = src;
                }
                case INSERT -> {
                    add(segments, QuoteCheck.Segment.Type.INSERTED, quoteChar);
                    insBuf.append(quoteChar);
                }
                default -> throw new IllegalStateException();
            }
        }
        flush(diffs, delBuf, insBuf);
        String match = firstSrc < 0 ? "" : text.substring(firstSrc, lastSrc + 1);
        return new QuoteCheck(quote, Verdict.NEAR, similarity, match, p, meta, diffs, segments, List.of(), null);
    }

    /** Transcript text strictly between two source indexes (punctuation the key form dropped). */
    private static String between(String text, int lastSrc, int src) {
        return lastSrc < 0 || src <= lastSrc + 1 ? "" : text.substring(lastSrc + 1, src);
    }

    private static String quoteSource(String quote, Chinese.Key key, int patternIndex) {
        int i = key.srcIndex()[patternIndex];
        return quote.substring(i, i + Character.charCount(quote.codePointAt(i)));
    }

    private static void flush(List<QuoteCheck.Difference> diffs, StringBuilder del, StringBuilder ins) {
        if (del.length() > 0 || ins.length() > 0) {
            diffs.add(new QuoteCheck.Difference(del.toString(), ins.toString()));
            del.setLength(0);
            ins.setLength(0);
        }
    }

    private static void add(List<QuoteCheck.Segment> segments, QuoteCheck.Segment.Type type, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!segments.isEmpty() && segments.get(segments.size() - 1).type() == type) {
            QuoteCheck.Segment last = segments.remove(segments.size() - 1);
            segments.add(new QuoteCheck.Segment(type, last.text() + text));
        } else {
            segments.add(new QuoteCheck.Segment(type, text));
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
