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
 *   reporter  := OUTLET? 记者
 *   person    := (TITLE ' '?)? NAME ('（' TITLE '）')?        (TITLE ends in a role word: 发言人, 副局长, 司长, …)
 *              | HONORIFIC? SURNAME                          (all capitals: MR. HOLLOWAY, SECRETARY RUBIO)
 *              | Given Family                                (two or three capitalised English words)
 * </pre>
 *
 * A colon inside a sentence ("第二，中方提出三点倡议：", "他说：") is not a label: sentence punctuation, a verb of
 * saying or a list marker before the colon rules it out.
 */
final class LabelGrammar {
    private static final Pattern LINE =
            Pattern.compile("^([^，,。！？!?；;：:“”\"‘’]{1,40}?)\\s*[：:]\\s*(.*)$");
    private static final Pattern PAREN = Pattern.compile("^(.+?)\\s*[（(]([^）)]{1,16})[）)]$");
    private static final Pattern QUESTION =
            Pattern.compile("问|提问|记者问|QUESTION|Q|QUESTIONER", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOLLOWUP =
            Pattern.compile("追问|又问|再问|接着问|FOLLOW-?\\s?UP", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANSWER =
            Pattern.compile("答|回答|A|ANSWER", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOST_EN =
            Pattern.compile("MODERATOR|HOST|OPERATOR", Pattern.CASE_INSENSITIVE);
    private static final String HAN_NAME = "[\\p{IsHan}][\\p{IsHan}·•]{1,9}";
    private static final Pattern HOST_ZH =
            Pattern.compile("^主持人\\s*(" + HAN_NAME + ")?$|^(" + HAN_NAME + ")?\\s*主持人$");
    static final String ROLE_WORDS =
            "发言人|新闻发言人|部长|局长|司长|厅长|处长|署长|主任|主席|总理|外长|大使|公使|参赞|领事|总领事"
                    + "|秘书长|书记|省长|市长|县长|区长|行长|会长|院长|校长|所长|委员|负责人|董事长|总裁|总经理|总监|专家|教授|研究员"
                    + "|主任委员|干事|司令员|政委|主编|代表|官员";
    private static final Pattern TITLED_NAME =
            Pattern.compile(
                    "^([\\p{IsHan}、·\\s]*?(?:" + ROLE_WORDS + "))\\s*([\\p{IsHan}·]{2,4})$");
    private static final Pattern SPACED_NAME =
            Pattern.compile("^([\\p{IsHan}、·]{2,30})\\s+([\\p{IsHan}·]{2,4})$");
    private static final Pattern TITLE_ONLY =
            Pattern.compile("^[\\p{IsHan}、]{0,30}(?:" + ROLE_WORDS + ")$");
    private static final Pattern CAPS_NAME =
            Pattern.compile("^((?:[A-Z][A-Z.]*\\s+){0,3})([A-Z][A-Z'\\-]+)$");
    private static final Pattern ENGLISH_NAME =
            Pattern.compile("^[A-Z][a-z'\\-]+(?:\\s+[A-Z][a-z'\\-.]+){1,2}$");
    private static final Pattern HAN = Pattern.compile("^[\\p{IsHan}·•]{2,6}$");

    /** Words before a colon that open a list, a quotation or a header field, not a speaker. */
    private static final Pattern NOT_A_NAME =
            Pattern.compile(
                    "^(第|一是|二是|三是|四是|五是|六是|其一|其二|首先|其次|最后|总之"
                            + "|例如|比如|注|备注|附|原文|全文|来源|编辑|责任编辑|时间|地点|日期|主题|地址|标题|记者会|发布会|主办|会议).*"
                            + "|.*(说|表示|指出|强调|认为|称|道|问|答|如下|是|为|有|在|了|的)$");

    /** Capitalised words before a colon that head a field or a document, not a speaker. */
    private static final Pattern NOT_AN_ENGLISH_NAME =
            Pattern.compile(
                    "(?i)(AN )?(INTERVIEW|TRANSCRIPT|BRIEFING|NOTE"
                            + "|EDITOR'?S NOTE|UPDATE|SOURCE|DATE|TIME|PLACE|LOCATION|SUBJECT|TOPIC|RE|PS|CORRECTION|EMBARGO|WARNING|TRANSLATION)");

    /**
     * Common Chinese surnames (first characters of compound ones included). A bare label of two to
     * four Chinese characters is taken for a name only when it starts with one, so "目前：" or "对此："
     * opening a sentence is not a speaker. Names given with a title, or foreign names with "·",
     * need no such check.
     */
    private static final String SURNAMES =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶"
                    + "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向"
                    + "汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛"
                    + "曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿"
                    + "桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储栗燕楚鄢劳谌"
                    + "奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿狄计索宣晋初门云容敬扈晁芮普阙浦戈伏鹿薄邸雍辜"
                    + "羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干尉冶斯元束檀衣信展阴昝智幸奉植衡富尧由"
                    + "上东皇令宇轩端";

    private LabelGrammar() {}

    /** The label at the start of a (cleaned) line, if the line starts with one. */
    static Optional<SpeakerLabel> read(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String label = m.group(1).strip().replaceAll("\\s+", " ");
        String words = m.group(2).strip();
        return Optional.ofNullable(label(label, words));
    }

    private static SpeakerLabel label(String label, String words) {
        Matcher paren = PAREN.matcher(label);
        if (paren.matches()
                && (QUESTION.matcher(paren.group(1)).matches() || paren.group(1).equals("记者"))) {
            // "QUESTION (Reuters):", "记者（新华社）：": the outlet in brackets asks
            return new SpeakerLabel(Role.ASKER, paren.group(2).strip(), null, words);
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
        if (label.endsWith("记者") || label.endsWith("記者")) {
            String outlet = label.substring(0, label.length() - 2).strip();
            return outlet.length() > 20
                    ? null
                    : new SpeakerLabel(Role.ASKER, outlet.isEmpty() ? null : outlet, null, words);
        }
        Matcher host = HOST_ZH.matcher(label);
        if (host.matches()) {
            String name = host.group(1) != null ? host.group(1) : host.group(2);
            return new SpeakerLabel(Role.HOST, name, "主持人", words);
        }
        return person(label, words);
    }

    private static SpeakerLabel person(String label, String words) {
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
        m = CAPS_NAME.matcher(label);
        if (m.matches() && label.length() <= 40 && !NOT_AN_ENGLISH_NAME.matcher(label).matches()) {
            String title = m.group(1).strip();
            return new SpeakerLabel(
                    Role.SPEAKER,
                    capitalised(m.group(2)),
                    title.isEmpty() ? null : capitalised(title),
                    words);
        }
        if (ENGLISH_NAME.matcher(label).matches()) {
            return new SpeakerLabel(Role.SPEAKER, label, null, words);
        }
        boolean han =
                HAN.matcher(label).matches()
                        && !NOT_A_NAME.matcher(label).matches()
                        && (label.contains("·")
                                || label.contains("•")
                                || SURNAMES.indexOf(label.charAt(0)) >= 0);
        return han && (!words.isEmpty() || label.length() <= 4)
                ? new SpeakerLabel(Role.SPEAKER, label, null, words)
                : null;
    }

    /** "HOLLOWAY" -> "Holloway", "MR." -> "Mr.". */
    static String capitalised(String caps) {
        StringBuilder sb = new StringBuilder(caps.length());
        boolean start = true;
        for (char c : caps.toCharArray()) {
            sb.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'';
        }
        return sb.toString();
    }
}
