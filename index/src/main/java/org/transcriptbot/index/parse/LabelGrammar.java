package org.transcriptbot.index.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.transcriptbot.index.parse.SpeakerLabel.Role;

/**
 * The grammar of speaker labels: {@code LABEL COLON WORDS?} at the start of a line, where COLON is
 * full- or half-width and LABEL holds no sentence punctuation, and LABEL is one of
 *
 * <pre>
 *   question  := 问 | 提问 | QUESTION | Q                    follow-up := 追问 | 又问 | 再问 | FOLLOW-UP
 *   answer    := 答 | 回答 | A | ANSWER                       host      := 主持人 NAME? | NAME? 主持人 | MODERATOR
 *   reporter  := OUTLET? 记者 | OUTLET                         (a media name: 澎湃新闻, The Harbour Times)
 *   person    := (TITLE ' '?)? NAME ('（' TITLE '）')?        (TITLE ends in a role word: 发言人, 副局长, 司长, …)
 *              | HONORIFIC? SURNAME                          (all capitals: MR. HOLLOWAY, SECRETARY RUBIO)
 *              | Given Family                                (two or three capitalised English words; see EnglishLabels)
 * </pre>
 *
 * A colon inside a sentence ("第二，中方提出三点倡议：", "他说：") is not a label: sentence punctuation, a verb of
 * saying or a list marker before the colon rules it out.
 */
final class LabelGrammar {
    private static final Pattern LINE =
            Pattern.compile("^([^，,。！？!?；;：:“”\"‘’]{1,40}?)\\s*[：:]\\s*(.*)$");

    /**
     * A reporter's question as the White House writes it: "Q", spaces, no colon ("Q Thank you.
     * Megan Farrow, NPR. Mr. Secretary, …"; the line's spaces are joined to one before it is read),
     * then a capital or a quotation mark; "Q and A" is no label.
     */
    private static final Pattern Q_SPACED = Pattern.compile("^Q[ \\t]+(?!and\\b|&)([A-Z\"“‘(].*)$");

    private static final Pattern PAREN = Pattern.compile("^(.+?)\\s*[（(]([^）)]{1,30})[）)]$");
    static final Pattern QUESTION =
            Pattern.compile(
                    "问\\d{0,2}|问题|提问|记者问|QUESTION|Q\\d{0,2}|QUESTIONER|INTERVIEWER|REPORTER|JOURNALIST"
                            + "|CORRESPONDENT",
                    Pattern.CASE_INSENSITIVE);
    static final Pattern FOLLOWUP =
            Pattern.compile("追问|又问|再问|接着问|FOLLOW-?\\s?UP", Pattern.CASE_INSENSITIVE);
    private static final Pattern OUTLET_FOLLOWUP =
            Pattern.compile("^([^他她我你]{0,20}?)\\s*(?:[记記]者)?\\s*(?:追问|又问|再问|接着问)$");
    static final Pattern ANSWER =
            Pattern.compile("答\\d{0,2}|回答|A\\d{0,2}|ANSWER", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED_REPORTER =
            Pattern.compile("^(.{0,20}?)\\s*[记記]者\\s*[\\p{IsHan}·]{2,4}$");
    static final Pattern HOST_EN =
            Pattern.compile("MODERATOR|HOST|OPERATOR", Pattern.CASE_INSENSITIVE);
    private static final String HAN_NAME = "[\\p{IsHan}][\\p{IsHan}·•]{1,9}";
    private static final Pattern HOST_ZH =
            Pattern.compile("^主持人\\s*(" + HAN_NAME + ")?$|^(" + HAN_NAME + ")?\\s*主持人$");
    static final String ROLE_WORDS =
            "发言人|新闻发言人|部长|局长|司长|厅长|处长|署长|主任|主席|总理|外长|大使|公使|参赞|领事|总领事"
                    + "|秘书长|书记|省长|市长|县长|区长|行长|会长|院长|校长|所长|委员|负责人|董事长|总裁|总经理|总监|专家|教授|研究员"
                    + "|主任委员|干事|司令员|政委|主编|代表|官员|巡视员|预报员|发言员|工程师|经济师|会计师|规划师|总师|助理"
                    + "|常委|检察长|理事长|社长|台长|馆长|负责同志|专员|院士|科学家|医师|督察长";
    private static final Pattern TITLED_NAME =
            Pattern.compile(
                    "^([\\p{IsHan}、·\\s]*?(?:" + ROLE_WORDS + "))\\s*([\\p{IsHan}·]{2,4})$");
    private static final Pattern SPACED_NAME =
            Pattern.compile("^([\\p{IsHan}、·]{2,30})\\s+([\\p{IsHan}·]{2,4})$");
    static final Pattern TITLE_ONLY =
            Pattern.compile("^[\\p{IsHan}、]{0,30}(?:" + ROLE_WORDS + ")$");
    private static final Pattern HAN = Pattern.compile("^[\\p{IsHan}·•]{2,12}$");

    /** Words before a colon that open a list, a quotation or a header field, not a speaker. */
    private static final Pattern NOT_A_NAME =
            Pattern.compile(
                    "^(第|一是|二是|三是|四是|五是|六是|其一|其二|首先|其次|最后|总之"
                            + "|例如|比如|注|备注|附|原文|全文|来源|编辑|责任编辑|时间|地点|日期|主题|地址|标题|记者会|发布会|主办|会议).*"
                            + "|.*(说|表示|指出|强调|认为|称|道|问|答|如下|是|为|有|在|了|的)$");

    private LabelGrammar() {}

    /** The label at the start of a (cleaned) line, if the line starts with one. */
    static Optional<SpeakerLabel> read(String line) {
        Matcher q = Q_SPACED.matcher(line);
        if (q.matches()) {
            return Optional.of(
                    followUpInWords(
                            selfIntroduced(
                                    new SpeakerLabel(
                                            Role.QUESTION, null, null, q.group(1).strip()))));
        }
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String label = m.group(1).strip().replaceAll("\\s+", " ");
        String words = m.group(2).strip();
        return Optional.ofNullable(label(label, words))
                .map(LabelGrammar::selfIntroduced)
                .map(LabelGrammar::followUpInWords);
    }

    /**
     * A reporter who says who they are at the start of an English question: "Thank you. Megan
     * Farrow, NPR. Mr. Secretary, …", "Hi, Owen Hadley with Politico. …": a name of two or three
     * capitalised words, a comma or "with" / "from", the outlet in capitalised words, a full stop.
     */
    private static final Pattern SELF_INTRODUCED =
            Pattern.compile(
                    "^(?:(?:Thank you|Thanks)(?: very much| so much)?(?:,\\s+[A-Z][a-z]+)?[.,!]\\s+)?"
                            + "(?:(?:Hi|Hello)[,.!]?\\s+)?"
                            + "[A-Z][a-z'’-]+(?:\\s+[A-Z][a-z'’-]+){1,2}"
                            + "(?:,\\s+(?:with\\s+|from\\s+)?|\\s+(?:with|from)\\s+)"
                            + "((?:The\\s+)?[A-Z][\\w&'’-]*(?:\\s+[A-Z][\\w&'’-]*){0,3})\\.\\s");

    /** An unnamed question label whose words say the reporter's outlet: that outlet asks. */
    private static SpeakerLabel selfIntroduced(SpeakerLabel label) {
        if (label.role() != Role.QUESTION || label.name() != null) {
            return label;
        }
        Matcher m = SELF_INTRODUCED.matcher(label.words());
        return m.find() ? new SpeakerLabel(Role.QUESTION, m.group(1), null, label.words()) : label;
    }

    /**
     * "记者：追问一下，……", "Question: Follow-up: …", "Q: Just to follow up, …": a reporter who says they
     * follow up.
     */
    private static SpeakerLabel followUpInWords(SpeakerLabel label) {
        boolean question = label.role() == Role.ASKER || label.role() == Role.QUESTION;
        return question && FollowUpWords.announced(label.words())
                ? new SpeakerLabel(Role.FOLLOWUP, label.name(), label.title(), label.words())
                : label;
    }

    private static SpeakerLabel label(String label, String words) {
        Matcher paren = PAREN.matcher(label);
        if (paren.matches()) {
            SpeakerLabel bracketed =
                    BracketedLabels.read(paren.group(1), paren.group(2).strip(), words);
            if (bracketed != null) {
                return bracketed;
            }
        }
        Matcher followup = OUTLET_FOLLOWUP.matcher(label);
        if (followup.matches()) {
            // "法新社记者追问", "记者又问": a follow-up by the outlet named, else by the asker before
            String outlet = followup.group(1).strip();
            return new SpeakerLabel(Role.FOLLOWUP, outlet.isEmpty() ? null : outlet, null, words);
        }
        if (QUESTION.matcher(label).matches()) {
            return new SpeakerLabel(Role.QUESTION, null, null, words);
        }
        if (FOLLOWUP.matcher(label).matches()) {
            return new SpeakerLabel(Role.FOLLOWUP, null, null, words);
        }
        if (ANSWER.matcher(label).matches()) {
            return new SpeakerLabel(Role.ANSWER, null, null, words);
        }
        if (HOST_EN.matcher(label).matches()) {
            return new SpeakerLabel(Role.HOST, null, null, words);
        }
        Matcher named = NAMED_REPORTER.matcher(label);
        if (named.matches() || label.endsWith("记者") || label.endsWith("記者")) {
            // "法新社记者：", or "凤凰卫视记者 王某：" (the reporter named: the outlet asks)
            String outlet =
                    named.matches()
                            ? named.group(1).strip()
                            : label.substring(0, label.length() - 2).strip();
            outlet = Outlets.withoutDateline(outlet);
            return outlet.length() > 20
                    ? null
                    : new SpeakerLabel(Role.ASKER, outlet.isEmpty() ? null : outlet, null, words);
        }
        Matcher host = HOST_ZH.matcher(label);
        if (host.matches()) {
            String name = host.group(1) != null ? host.group(1) : host.group(2);
            return new SpeakerLabel(Role.HOST, name, "主持人", words);
        }
        String outlet = Outlets.named(label);
        return outlet != null
                ? new SpeakerLabel(Role.ASKER, outlet, null, words)
                : person(label, words);
    }

    static SpeakerLabel person(String label, String words) {
        Matcher paren = PAREN.matcher(label);
        if (paren.matches()) {
            SpeakerLabel base = person(paren.group(1), words);
            return base == null || base.role() != Role.SPEAKER
                    ? null
                    : new SpeakerLabel(
                            Role.SPEAKER,
                            base.name(),
                            base.title() == null ? paren.group(2) : base.title(),
                            words);
        }
        Matcher m = TITLED_NAME.matcher(label);
        if (m.matches() && !NOT_A_NAME.matcher(m.group(2)).matches()) {
            return new SpeakerLabel(Role.SPEAKER, m.group(2), m.group(1).strip(), words);
        }
        m = SPACED_NAME.matcher(label);
        if (m.matches() && !NOT_A_NAME.matcher(m.group(2)).matches()) {
            return new SpeakerLabel(Role.SPEAKER, m.group(2), m.group(1), words);
        }
        if (TITLE_ONLY.matcher(label).matches()) {
            return new SpeakerLabel(Role.SPEAKER, label, label, words);
        }
        SpeakerLabel english = EnglishLabels.person(label, words);
        if (english != null) {
            return english;
        }
        boolean han =
                HAN.matcher(label).matches()
                        && !NOT_A_NAME.matcher(label).matches()
                        && ChineseNames.isName(label);
        return han && (!words.isEmpty() || label.length() <= 4)
                ? new SpeakerLabel(Role.SPEAKER, label, null, words)
                : null;
    }
}
