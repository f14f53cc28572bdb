package org.transcriptbot.index.search;

import java.util.regex.Pattern;

/**
 * The kind of fact a question asks for, read from how it asks (多少, 几个, 多少钱, 什么时候, 叫什么名字, 会见了哪些,
 * 什么原因造成, how many, how much does it cost, when, who did … meet, what caused), never from what it
 * is about; and whether a sentence states a fact of that kind (a figure, an amount of money, a
 * date, a name, a person, a cause). A passage on the question's topic that states no such fact near
 * the topic does not answer it ("北京冬奥会有多少名运动员参赛？" over a passage that praises the Games and counts
 * only officials). Hand-written patterns: the question words and number forms are a small closed
 * set of the language, which no library lists.
 */
enum AskedFact {
    /** Nothing in particular: a view, the reasons for a stand (为什么, why), a description. */
    NONE(null, null, false),

    /** A count, an amount, a size or a share. */
    NUMBER(
            "多少(?!程度)|(?<![好十百千万])几(?![乎十百千万])|多大(?!程度)|多高|多长|多远|多重|多快|多久|百分之几"
                    + "|\\bhow\\s+(many|much|big|large|high|long|far|old|tall|often)\\b"
                    + "|\\bwhat\\s+(percentage|share|proportion|number|amount)\\b",
            // a figure: digits not read as a date, or a number word with its measure
            "\\d+(?:[.,]\\d+)*(?![\\d.,]*\\s*[年月日号])"
                    + "|[一二三四五六七八九十百千万亿两半数]+(?:多|余)?[个次位名项成倍块架吨家座部艘人只条种批列辆"
                    + "处片户公米千万亿元分小周天年轮届场所间台颗枚份篇期代]"
                    + "|\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty"
                    + "|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half|third"
                    + "|quarter|percent)\\b",
            false),

    /**
     * An amount of money: a price, a cost, a fee, a wage. Only an amount with its currency states
     * one (20个工作日 is a figure, not a cost).
     */
    MONEY(
            "(多少|几)(块)?钱|花(了|费)?多少|(费用|花费|成本|价格|价钱|票价|租金|工资|薪水|收入|学费)(是|有|要|大概|大约|一般)?(多少|几)"
                    + "|多贵|贵不贵"
                    + "|\\bhow\\s+much\\b.*\\b(cost|costs|costing|money|pay|paid|spend|spent|charge|price"
                    + "|fee|fees|worth|salary|wage|wages|rent|bucks|dollars)\\b"
                    + "|\\bwhat\\s+(is|was|are|were|will\\s+be)\\s+(the\\s+)?([\\w-]+\\s+){0,2}"
                    + "(cost|price|fee|salary|wage|rent)s?\\b",
            "\\d[\\d.,]*\\s*(?:多|余)?\\s*(?:[万亿千百])?\\s*(?:元|美元|欧元|英镑|日元|港元|卢布|块钱|块)"
                    + "|[一二三四五六七八九十百千万亿两几数]+(?:多|余)?(?:元|美元|欧元|英镑|日元|港元|块钱)"
                    + "|[$€£¥]\\s*\\d|\\bUS\\$|\\bRMB\\b"
                    + "|\\d[\\d.,]*\\s*(?:million|billion|thousand)?\\s*(?:dollars|yuan|euros|pounds|bucks)\\b",
            false),

    /** A date or a time. */
    TIME(
            "什么时候|何时|哪一?年|哪一?天|几月|几号|几点"
                    + "|\\bwhen\\s+(will|would|did|does|do|is|are|was|were|can|could|should)\\b"
                    + "|\\bwhat\\s+(time|year|date|day)\\b"
                    + "|\\bhow\\s+soon\\b",
            "\\d+\\s*[年月日号时点]|\\d{4}|[一二三四五六七八九十]+[月日号]"
                    + "|[今去明前]年|[本上下][周月]|[昨今明]天|近日|日前|年[底初内]|月[底初]|[上下]午"
                    + "|星期|周[一二三四五六日]"
                    + "|\\b(january|february|march|april|may|june|july|august|september|october"
                    + "|november|december|monday|tuesday|wednesday|thursday|friday|saturday"
                    + "|sunday|today|tomorrow|yesterday|tonight|ago|soon|next|last|until"
                    + "|[ap]\\.m\\.)\\b",
            false),

    /**
     * The name of a thing (a storm, a programme, a ship): only a name states one, in quotation
     * marks or book-title marks, or a capitalised word within an English sentence.
     */
    NAME(
            "叫什么|叫做什么|名字|名称是什么|什么名称|命名为什么"
                    + "|\\bwhat\\s+(is|was|are|were)\\s+(the|its|their|this|that)?\\s*[\\w\\s-]{0,30}\\bcalled\\b"
                    + "|\\bwhat('s|\\s+is|\\s+was)\\s+the\\s+name\\b|\\bnamed\\s+what\\b",
            "[“「『《\"][^”」』》\"]{1,12}[”」』》\"]|(?<=[a-z,;] )[A-Z][a-z]+",
            true),

    /**
     * Persons met, received or sent: only a sentence naming a person or an office holder states
     * them (a name joined by ·, a title such as 主席 or 部长, Mr. or two capitalised words).
     */
    PERSON(
            "(会见|会晤|见了|见到|接见|会谈|拜会|宴请)(了|过)?[^，。？?]{0,4}(哪些|哪几位|哪位|谁)"
                    + "|(哪些|哪几位|哪位|谁)[^，。？?]{0,8}(会见|会晤|接见|会谈|见面|通话|率团|带队|出席|致辞|率领|带领)"
                    + "|\\bwho\\s+(did|will|would|does|do|is|was)\\b.*\\b(meet|met|lead|leads|led|head"
                    + "|heads|headed|attend|represent|receive|see|saw|visit)\\b"
                    + "|\\bwho\\s+(met|leads|led|heads|headed|attended|represented|received)\\b",
            "\\p{IsHan}·\\p{IsHan}|主席|总统|总理|首相|部长|外长|大使|国务委员|委员长|秘书长|国王|女王|议长"
                    + "|市长|省长|书记|先生|女士|阁下"
                    + "|\\b(Mr|Mrs|Ms|Dr|President|Minister|Secretary|Ambassador|Prime)\\b"
                    + "|\\b[A-Z][a-z]+\\s+[A-Z][a-z]+\\b",
            true),

    /**
     * The cause of an event (什么原因, 原因是什么, 是什么造成的, what caused, the cause of): only a sentence
     * giving one states it (由于, 因为, 原因是, 所致, 是…造成的, because, due to, caused by), not one that only
     * calls for it to be found (要求查明原因, I'd refer you to the authorities on the cause). A passage
     * answering a question that itself asks why or what went wrong states it in its own words
     * ({@link #CAUSE_ASKED}).
     */
    CAUSE(
            "什么原因|原因是什么|原因为何|原因何在|何种原因|起因是什么|(是|由|被)什么(造成|导致|引起|引发)"
                    + "|怎么(造成|导致|引起|引发)的|因为什么"
                    + "|\\bwhat\\s+(caused|causes|led\\s+to|triggered)\\b"
                    + "|\\bwhat\\s+(is|was|were|are)\\s+the\\s+(cause|causes)\\b|\\bthe\\s+causes?\\s+of\\b",
            "由于|因为|原因(是|在于|有|主要|之一)|原因[^，。；？]{0,4}(复杂|错综|多方面|很多|不少)|起因是|所致|归因于|归咎于"
                    + "|根源在于|症结在于|(是|系)[^，。；？]{1,20}(造成|导致|引起|引发)的"
                    + "|\\b(because|due\\s+to|caused\\s+by|owing\\s+to|blamed\\s+on|triggered\\s+by"
                    + "|attributed\\s+to|result(ed)?\\s+(of|from)|as\\s+a\\s+result)\\b"
                    + "|\\bthe\\s+causes?\\s+(was|were|is|are)\\s+(?!still|not|unknown|under|being|yet)",
            false);

    /**
     * A time question asking a year or a day (哪一年, 几月几号, what year, which day): only a date states
     * it, not a duration or a count ("持证观察员有260多人" gives no year).
     */
    private static final Pattern DATE_ASKED =
            Pattern.compile(
                    "哪一?年|哪一?天|几月|几号|\\bwhat\\s+(year|date|day)\\b|\\bwhich\\s+(year|date|day)\\b",
                    Pattern.CASE_INSENSITIVE);

    /**
     * A span of time (三个月后, 两周内, 45 days, a few weeks): what a time question asked only when may be
     * answered by; a figure of something else (40 percent, 260多人) is no time.
     */
    private static final Pattern DURATION =
            Pattern.compile(
                    "[\\d一二三四五六七八九十百两几数半]+\\s*(?:多|余)?\\s*个?\\s*(?:天|日|周|星期|月|年|小时|分钟|季度)"
                            + "|\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                            + "|twenty|thirty|a\\s+few|several|a\\s+couple\\s+of|a|an)\\s+(?:more\\s+)?"
                            + "(?:days?|weeks?|months?|years?|hours?|minutes?|quarters?)\\b",
                    Pattern.CASE_INSENSITIVE);

    /**
     * A question asking why or what went wrong: a passage answering it gives the cause in its own
     * words ("What actually went wrong?" — "A 1912 cast-iron main cracked …").
     */
    private static final Pattern CAUSE_ASKED =
            Pattern.compile(
                    "为什么|为何|怎么回事|什么原因|原因是什么|\\bwhy\\b|\\bwent\\s+wrong\\b|\\bwhat\\s+caused\\b",
                    Pattern.CASE_INSENSITIVE);

    private final Pattern asks;
    private final Pattern states;

    /**
     * @param asks how a question asks for this kind of fact
     * @param states what a sentence stating one holds
     * @param capitals the stating pattern reads capitals (a name): case matters there
     */
    AskedFact(String asks, String states, boolean capitals) {
        this.asks = asks == null ? null : Pattern.compile(asks, Pattern.CASE_INSENSITIVE);
        this.states =
                states == null
                        ? null
                        : Pattern.compile(states, capitals ? 0 : Pattern.CASE_INSENSITIVE);
    }

    /**
     * What the question asks for: a time question that also asks a number is a time question; a sum
     * of money, a name or a person before a plain figure.
     */
    static AskedFact of(String question) {
        for (AskedFact kind : new AskedFact[] {TIME, MONEY, NAME, PERSON, CAUSE, NUMBER}) {
            if (kind.asks.matcher(question).find()) {
                return kind;
            }
        }
        return NONE;
    }

    /** The question asks for a fact of a kind (not a view or the reasons for a stand). */
    boolean specific() {
        return this != NONE;
    }

    /**
     * A passage answering this question (the reporter's question it stands under) states a fact of
     * this kind whatever its words: an answer to "why" or "what went wrong" gives a cause.
     */
    boolean askedBy(String passageQuestion) {
        return this == CAUSE
                && passageQuestion != null
                && CAUSE_ASKED.matcher(passageQuestion).find();
    }

    /** The question asks a year or a day, not just when ({@link #DATE_ASKED}). */
    static boolean asksDate(String question) {
        return of(question) == TIME && DATE_ASKED.matcher(question).find();
    }

    /** The sentence states a fact of this kind (a span of time for a time asked counts). */
    boolean statedIn(String sentence) {
        return statedIn(sentence, true);
    }

    /**
     * The sentence states a fact of this kind; a time question takes a span of time (三个月后, in two
     * weeks) only when numberAsTime.
     */
    boolean statedIn(String sentence, boolean numberAsTime) {
        if (this == NONE) {
            return true;
        }
        return states.matcher(sentence).find()
                || (this == TIME && numberAsTime && DURATION.matcher(sentence).find());
    }
}
