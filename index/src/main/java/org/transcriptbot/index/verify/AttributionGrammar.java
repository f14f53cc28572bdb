package org.transcriptbot.index.verify;

import java.util.regex.Pattern;

/**
 * The grammar of attributions {@link ClaimReader} reads: quotation marks, Chinese and English
 * reporting verbs and subjects, and the patterns of an attribution before the words, behind them,
 * between two quoted halves, a speaker label, a report ("据报道") and quotation marks around the
 * whole. Hand-written: the reporting verbs and the shapes of a subject are a small closed set of
 * each language, which no library lists.
 */
final class AttributionGrammar {
    private AttributionGrammar() {}

    static final String OPEN = "[“\"「『‘'„]";
    static final String CLOSE = "[”\"」』’']";
    static final String ZH_VERB =
            "(?:(?:说道|说过|曾说|说|表示|指出|强调|声称|宣称|称|提到|谈到|讲道|讲|坦言|直言|透露|"
                    + "回应|回答|答道|答|问道|问|补充|重申|呼吁|警告|写道|认为|介绍|宣布|解释|披露)"
                    // a verb of saying after another: 回应称, 补充说, 介绍说
                    + "(?:称|说|道)?)";
    static final String ZH_SUBJECT = "[^，,。：:；;！？!?“”\"「」『』\\s]{1,20}?";
    static final Pattern ZH_LEAD =
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
    static final Pattern NOT_REPORTING =
            Pattern.compile(".*(?:号|堪|简|俗|人|自|誉|统|通|并|著|总|名|职|对|被|听|所|小|传|学|游|虽|可以|就是|比如|换句话)$");

    /**
     * A title ending in 人 that names a speaker (外交部发言人说，…), which {@link #NOT_REPORTING} would take
     * for 有人说-like words.
     */
    static final Pattern PERSON_TITLE =
            Pattern.compile(".*(?:发言人|负责人|主持人|领导人|代言人|当事人|候选人|创始人|证人)$");

    static final Pattern REPORTED =
            Pattern.compile(
                    "^(?<subject>据(?:[^，,。：:]{0,10}?)(?:报道|消息|悉|介绍|了解|透露)|(?:有|据)?(?:报道|消息|媒体|外媒|人)(?:称|说|指出))"
                            + "[，,：:]?\\s*(?<claim>.+)$",
                    Pattern.DOTALL);
    static final Pattern LABEL =
            Pattern.compile(
                    "^(?<subject>[^，,。：:“”\"\\n]{1,30}?)\\s*[：:]\\s*(?<claim>.+)$", Pattern.DOTALL);
    static final Pattern EN_LABEL =
            Pattern.compile(
                    "^(?:Q|A|QUESTION|ANSWER|(?:MR|MS|MRS|DR)\\.?\\s+[A-Z][A-Za-z'’-]+"
                            + "|[A-Z][A-Z.'’ -]{1,30}|(?:Mr|Ms|Mrs|Dr)\\.?\\s+[A-Z][A-Za-z'’-]+)$");
    static final String EN_VERB =
            "(?:said|says|told reporters|told|stated|added|noted|stressed|emphasi[sz]ed|insisted|"
                    + "claimed|declared|explained|argued|warned|replied|answered|asked|remarked|wrote|observed|acknowledged|admitted)";

    /**
     * A capitalised word of a name: an apostrophe only before a capital (O'Brien), so a contraction
     * ("I'm told", "It's said") is no subject.
     */
    static final String EN_NAME_WORD = "[A-Z](?:[\\p{L}.-]|['’](?=\\p{Lu}))*";

    static final String EN_SUBJECT =
            "(?:[Tt]he\\s+)?(?:"
                    + EN_NAME_WORD
                    + "\\s+){0,3}"
                    + EN_NAME_WORD
                    + "|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|(?:[Tt]he|[Aa]n?)\\s+\\p{L}+(?:\\s+\\p{L}+)?";
    static final Pattern EN_LEAD =
            Pattern.compile(
                    "^(?<subject>(?:According to\\s+)?(?:"
                            + EN_SUBJECT
                            + "))\\s+(?:also\\s+|then\\s+|later\\s+|again\\s+)?(?<verb>"
                            + EN_VERB
                            + ")(?:\\s+that)?\\s*[:,]?\\s*(?<claim>.+)$",
                    Pattern.DOTALL);
    static final Pattern ACCORDING =
            Pattern.compile(
                    "^(?<subject>According to\\s+(?:" + EN_SUBJECT + ")),\\s*(?<claim>.+)$",
                    Pattern.DOTALL);

    /** A subject and a reporting verb, in either language ("王毅说", "Holloway said"). */
    static final String SUBJECT_VERB =
            "(?<subject>"
                    + ZH_SUBJECT
                    + "|"
                    + EN_SUBJECT
                    + ")\\s*(?<verb>"
                    + ZH_VERB
                    + "|"
                    + EN_VERB
                    + ")";

    static final Pattern TRAILING =
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
    static final Pattern TRAILING_INVERTED =
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
    static final Pattern MIDDLE =
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

    static final Pattern WRAPPED =
            Pattern.compile("^" + OPEN + "(?<claim>.+)" + CLOSE + "[。.！!？?]?$", Pattern.DOTALL);
}
