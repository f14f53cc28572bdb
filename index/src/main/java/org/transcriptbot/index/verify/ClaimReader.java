package org.transcriptbot.index.verify;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final String OPEN = "[“\"「『‘'„]";
    private static final String CLOSE = "[”\"」』’']";
    private static final String ZH_VERB =
            "(?:(?:说道|说过|曾说|说|表示|指出|强调|声称|宣称|称|提到|谈到|讲道|讲|坦言|直言|透露|"
                    + "回应|回答|答道|答|问道|问|补充|重申|呼吁|警告|写道|认为|介绍|宣布|解释|披露)"
                    // a verb of saying after another: 回应称, 补充说, 介绍说
                    + "(?:称|说|道)?)";
    private static final String ZH_SUBJECT = "[^，,。：:；;！？!?“”\"「」『』\\s]{1,20}?";
    private static final Pattern ZH_LEAD =
            Pattern.compile(
                    "^(?<subject>"
                            + ZH_SUBJECT
                            + ")(?<verb>"
                            + ZH_VERB
                            + ")(?<sep>[：:，,]\\s*|\\s*(?="
                            + OPEN
                            + ")|(?![明法服为作之赞谓呼职]))(?<claim>.+)$",
                    Pattern.DOTALL);

    /** Words that end in a reporting verb but are not one: "号称", "堪称", "被称为", "听说", "所说"… */
    private static final Pattern NOT_REPORTING =
            Pattern.compile(".*(?:号|堪|简|俗|人|自|誉|统|通|并|著|总|名|职|对|被|听|所|小|传|学|游|虽|可以|就是|比如|换句话)$");

    /**
     * A title ending in 人 that names a speaker (外交部发言人说，…), which {@link #NOT_REPORTING} would take
     * for 有人说-like words.
     */
    private static final Pattern PERSON_TITLE =
            Pattern.compile(".*(?:发言人|负责人|主持人|领导人|代言人|当事人|候选人|创始人|证人)$");

    private static final Pattern REPORTED =
            Pattern.compile(
                    "^(?<subject>据(?:[^，,。：:]{0,10}?)(?:报道|消息|悉|介绍|了解|透露)|(?:有|据)?(?:报道|消息|媒体|外媒|人)(?:称|说|指出))"
                            + "[，,：:]?\\s*(?<claim>.+)$",
                    Pattern.DOTALL);
    private static final Pattern LABEL =
            Pattern.compile(
                    "^(?<subject>[^，,。：:“”\"\\n]{1,30}?)\\s*[：:]\\s*(?<claim>.+)$", Pattern.DOTALL);
    private static final Pattern EN_LABEL =
            Pattern.compile(
                    "^(?:Q|A|QUESTION|ANSWER|(?:MR|MS|MRS|DR)\\.?\\s+[A-Z][A-Za-z'’-]+"
                            + "|[A-Z][A-Z.'’ -]{1,30}|(?:Mr|Ms|Mrs|Dr)\\.?\\s+[A-Z][A-Za-z'’-]+)$");
    private static final String EN_VERB =
            "(?:said|says|told reporters|told|stated|added|noted|stressed|emphasi[sz]ed|insisted|"
                    + "claimed|declared|explained|argued|warned|replied|answered|asked|remarked|wrote|observed|acknowledged|admitted)";

    /**
     * A capitalised word of a name: an apostrophe only before a capital (O'Brien), so a contraction
     * ("I'm told", "It's said") is no subject.
     */
    private static final String EN_NAME_WORD = "[A-Z](?:[\\p{L}.-]|['’](?=\\p{Lu}))*";

    private static final String EN_SUBJECT =
            "(?:[Tt]he\\s+)?(?:"
                    + EN_NAME_WORD
                    + "\\s+){0,3}"
                    + EN_NAME_WORD
                    + "|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|(?:[Tt]he|[Aa]n?)\\s+\\p{L}+(?:\\s+\\p{L}+)?";
    private static final Pattern EN_LEAD =
            Pattern.compile(
                    "^(?<subject>(?:According to\\s+)?(?:"
                            + EN_SUBJECT
                            + "))\\s+(?:also\\s+|then\\s+|later\\s+|again\\s+)?(?<verb>"
                            + EN_VERB
                            + ")(?:\\s+that)?\\s*[:,]?\\s*(?<claim>.+)$",
                    Pattern.DOTALL);
    private static final Pattern ACCORDING =
            Pattern.compile(
                    "^(?<subject>According to\\s+(?:" + EN_SUBJECT + ")),\\s*(?<claim>.+)$",
                    Pattern.DOTALL);

    /** A subject and a reporting verb, in either language ("王毅说", "Holloway said"). */
    private static final String SUBJECT_VERB =
            "(?<subject>"
                    + ZH_SUBJECT
                    + "|"
                    + EN_SUBJECT
                    + ")\\s*(?<verb>"
                    + ZH_VERB
                    + "|"
                    + EN_VERB
                    + ")";

    private static final Pattern TRAILING =
            Pattern.compile(
                    "^(?<claim>"
                            + OPEN
                            + ".+"
                            + CLOSE
                            + ")\\s*[，,。.]?\\s*"
                            + SUBJECT_VERB
                            + "[。.!！]?$",
                    Pattern.DOTALL);

    /** The words, then the verb before the speaker: "…," said Ruth Adeyemi. */
    private static final Pattern TRAILING_INVERTED =
            Pattern.compile(
                    "^(?<claim>"
                            + OPEN
                            + ".+"
                            + CLOSE
                            + ")\\s*[,.]?\\s*(?<verb>"
                            + EN_VERB
                            + ")\\s+(?<subject>"
                            + EN_SUBJECT
                            + ")[.!]?$",
                    Pattern.DOTALL);

    /**
     * The attribution between two quoted halves of one passage: “…”王毅说，“…” or "…," he said, "…":
     * the claim is the two halves together.
     */
    private static final Pattern MIDDLE =
            Pattern.compile(
                    "^"
                            + OPEN
                            + "(?<first>[^“”\"「」『』]+)"
                            + CLOSE
                            + "\\s*[，,]?\\s*"
                            + SUBJECT_VERB
                            + "\\s*[，,：:]?\\s*"
                            + OPEN
                            + "(?<second>[^“”\"「」『』]+)"
                            + CLOSE
                            + "[。.!！]?$",
                    Pattern.DOTALL);

    private static final Pattern WRAPPED =
            Pattern.compile("^" + OPEN + "(?<claim>.+)" + CLOSE + "[。.！!？?]?$", Pattern.DOTALL);

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
