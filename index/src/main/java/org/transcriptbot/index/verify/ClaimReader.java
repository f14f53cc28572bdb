package org.transcriptbot.index.verify;

import static org.transcriptbot.index.verify.AttributionGrammar.*;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.transcriptbot.index.text.Chinese;

/**
 * Separates a quote into the claim (the words to check) and an attribution set aside: a speaker
 * label ("王毅：", "MR. HOLLOWAY:"), a reporting phrase before or after the words ("王毅表示，", "外长称",
 * "他强调", "据报道，", "Wang Yi said:", "Mr. Smith said that", "“…”，王毅说。") or quotation marks around the
 * whole claim. Anything else before a quotation mark is part of the sentence and stays in the
 * claim. The grammar is of reporting verbs and subjects (names, titles, pronouns) plus the speaker
 * labels of the loaded transcripts.
 */
final class ClaimReader {
    /**
     * The words to check, what was set aside (or null), who the attribution names (or null), its
     * verb (or null).
     */
    record Claim(String text, String setAside, String named, String verb) {}

    private final Set<String> speakers;

    ClaimReader(Set<String> speakers) {
        this.speakers = speakers;
    }

    /**
     * The claim of a quote; the whole quote when no attribution is recognised or too little would
     * be left.
     */
    Claim read(String quote) {
        Claim c = new Claim(quote, null, null, null);
        for (int depth = 0; depth < 2; depth++) { // "据报道，王毅称…": a report of a statement
            Claim inner = attribution(c.text());
            if (inner == null || Chinese.key(inner.text()).length() < QuoteVerifier.MIN_CHARS) {
                break;
            }
            c =
                    new Claim(
                            inner.text(),
                            c.setAside() == null
                                    ? inner.setAside()
                                    : c.setAside() + inner.setAside(),
                            inner.named() != null ? inner.named() : c.named(),
                            inner.verb() != null ? inner.verb() : c.verb());
        }
        return c;
    }

    /**
     * The attribution of a quote, read on its Simplified form (外交部發言人表示 is 外交部发言人表示; the forms have
     * the same length, one character for one), the claim cut from the quote as written.
     */
    private Claim attribution(String original) {
        String quote = Chinese.toSimplified(original);
        Matcher m = REPORTED.matcher(quote);
        if (m.matches()) {
            return claim(m, original, null, null);
        }
        m = MIDDLE.matcher(quote);
        if (m.matches()) {
            String first = original.substring(m.start("first"), m.end("first")).strip();
            String second = original.substring(m.start("second"), m.end("second")).strip();
            String aside = original.substring(m.end("first") + 1, m.start("second") - 1).strip();
            boolean latin = second.codePoints().findFirst().orElse(0) < 0x2E80;
            return new Claim(
                    latin ? first + " " + second : first + second,
                    aside,
                    SpeakerName.of(m.group("subject"), speakers),
                    m.group("verb"));
        }
        m = TRAILING.matcher(quote);
        if (!m.matches()) {
            m = TRAILING_INVERTED.matcher(quote);
        }
        if (m.matches()) {
            return claim(
                    m, original, SpeakerName.of(m.group("subject"), speakers), m.group("verb"));
        }
        m = ACCORDING.matcher(quote);
        if (m.matches()) {
            return claim(
                    m,
                    original,
                    SpeakerName.of(m.group("subject").substring("According to".length()), speakers),
                    null);
        }
        m = EN_LEAD.matcher(quote);
        if (m.matches()) {
            return claim(
                    m, original, SpeakerName.of(m.group("subject"), speakers), m.group("verb"));
        }
        m = ZH_LEAD.matcher(quote);
        if (m.matches() && reporting(m)) {
            return claim(
                    m, original, SpeakerName.of(m.group("subject"), speakers), m.group("verb"));
        }
        m = LABEL.matcher(quote);
        if (m.matches() && isLabel(m.group("subject").strip())) {
            return claim(m, original, SpeakerName.of(m.group("subject"), speakers), null);
        }
        m = WRAPPED.matcher(quote);
        return m.matches()
                ? new Claim(
                        original.substring(m.start("claim"), m.end("claim")).strip(),
                        null,
                        null,
                        null)
                : null;
    }

    /**
     * A Chinese lead is a reporting phrase when its verb is one (not "号称", "所说") and, where no
     * punctuation or quotation mark follows, its subject is one a reader would take for a speaker
     * (a pronoun, a title, a known name).
     */
    private boolean reporting(Matcher m) {
        String subject = m.group("subject");
        if (NOT_REPORTING.matcher(subject).matches()
                && !PERSON_TITLE.matcher(subject).matches()
                && m.group("verb").length() == 1) {
            return false;
        }
        if (!m.group("sep").isEmpty()) {
            return true;
        }
        return SpeakerName.looksLikePerson(subject, speakers);
    }

    private boolean isLabel(String label) {
        if (EN_LABEL.matcher(label).matches() || label.matches("(?:问|答|记者|主持人)")) {
            return true;
        }
        String lower = label.toLowerCase(Locale.ROOT);
        return speakers.stream()
                .anyMatch(s -> !s.isBlank() && lower.endsWith(s.toLowerCase(Locale.ROOT)));
    }

    /** The claim group of a match on the Simplified form, cut from the quote as written. */
    private static Claim claim(Matcher m, String original, String named, String verb) {
        String claim = original.substring(m.start("claim"), m.end("claim")).strip();
        String setAside =
                original.substring(0, m.start("claim")).strip()
                        + original.substring(m.end("claim")).strip();
        Matcher wrapped = WRAPPED.matcher(claim);
        if (wrapped.matches()) {
            claim = wrapped.group("claim").strip();
        }
        return new Claim(claim, setAside.isEmpty() ? null : setAside, named, verb);
    }
}
