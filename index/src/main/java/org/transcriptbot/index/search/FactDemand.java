package org.transcriptbot.index.search;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.transcriptbot.index.text.Chinese;

/**
 * What a sentence must hold to state the fact a question asks for: a fact of the asked kind ({@link
 * AskedFact}); in a passage that speaks of the past time the question pins it to ({@link
 * TimeAnchors}); for persons met, told as done when the question asks about a meeting done, not
 * only announced; the thing whose name is asked (台风 of 台风叫什么名字); and, in English, the verb of a
 * count asked with an auxiliary ("how many containers did the port <em>handle</em>": a sentence
 * counting what ships carried does not answer it).
 */
final class FactDemand {
    /**
     * "how many … did/will SUBJECT VERB", "who did SUBJECT VERB": the verb after a one- or two-word
     * subject.
     */
    private static final Pattern ENGLISH_VERB =
            Pattern.compile(
                    "\\b(?:how\\s+(?:many|much)\\b.*?|whom?\\s+)\\b(?:did|do|does|will|would|can|could)\\s+"
                            + "(?:the\\s+|a\\s+|its\\s+|their\\s+)?[\\p{L}-]+((?:\\s+[a-z]+){1,3})",
                    Pattern.CASE_INSENSITIVE);

    /**
     * Adverbs and verbs of every sentence, which are not what a count is about ("does Halden still
     * have"): the verb is the first word after them.
     */
    private static final Set<String> NOT_THE_VERB =
            Set.of(
                    "still",
                    "even",
                    "really",
                    "just",
                    "actually",
                    "ever",
                    "already",
                    "also",
                    "currently",
                    "now",
                    "have",
                    "has",
                    "get",
                    "got",
                    "be",
                    "need",
                    "expect");

    private final AskedFact kind;
    private final Set<String> anchors;
    private final boolean past;
    private final boolean date;
    private final String named;
    private final String verb;
    private final Pattern measure;
    private final List<TopicUnit> counted;
    private final List<TopicUnit> priced;

    /**
     * What a sum asked is the price of, when the question names it (门票 of 门票一般要多少钱, 费用 of 审批费用是多少,
     * 价值 of 物资价值多少钱): a closed class of the words of money.
     */
    private static final Pattern PRICE_NOUN =
            Pattern.compile("门票|票价|价格|价钱|价值|费用|成本|造价|售价|房价|租金|工资|薪水|薪酬|学费|补贴|经费|预算|奖金|罚款");

    /** 多少 or 几 with a classifier (多少名, 几个): a noun phrase follows. */
    private static final Pattern CLASSIFIED = Pattern.compile("(?:多少|几)[个名位块家座部艘架辆条只项种所批台颗枚份篇]");

    private FactDemand(String question, List<TopicUnit> units) {
        this.kind = AskedFact.of(question);
        boolean asks = kind.specific(); // a view or a reason asked: nothing more to read
        this.anchors = asks ? TimeAnchors.of(question) : Set.of();
        // persons met: a meeting only announced has not taken place (a sum "provided" may well be
        // announced: "will provide $4 million" answers 提供了多少)
        this.past = kind == AskedFact.PERSON && TimeAnchors.asksPast(question);
        this.date = AskedFact.asksDate(question);
        this.named = asks ? AskedObject.named(question) : null;
        Matcher v = ENGLISH_VERB.matcher(question);
        this.verb = asks && v.find() ? verb(v.group(1)) : null;
        this.measure = kind == AskedFact.NUMBER ? AskedMeasure.of(question, units) : null;
        this.priced =
                kind == AskedFact.MONEY
                        ? units.stream().filter(u -> PRICE_NOUN.matcher(u.text()).find()).toList()
                        : List.of();
        this.counted = counted(question, asks ? AskedObject.counted(question) : null, units);
    }

    /**
     * The topic units naming what a number question counts: any of them held will do (外国官方代表 is
     * held when 官方代表 is), except that a noun phrase with 的 after a classifier counts its head, the
     * last word (多少名持证的滑雪指导员 counts 指导员: a count of ski resorts does not answer it; without a
     * classifier the words run on into the rest of the question: 多少中国人从苏丹转移到安全的地方了).
     */
    private static List<TopicUnit> counted(String question, String what, List<TopicUnit> units) {
        if (what == null) {
            return List.of();
        }
        String lower = what.toLowerCase(Locale.ROOT);
        List<TopicUnit> in =
                units.stream()
                        .filter(u -> lower.contains(u.text().toLowerCase(Locale.ROOT)))
                        .toList();
        int de = what.lastIndexOf('的');
        if (de < 0 || in.isEmpty() || !CLASSIFIED.matcher(question).find()) {
            return in;
        }
        TopicUnit head = null;
        int at = de;
        for (TopicUnit u : in) {
            int i = what.lastIndexOf(u.text());
            if (i > at) {
                at = i;
                head = u;
            }
        }
        return head == null ? in : List.of(head);
    }

    /** What the question demands of a sentence; units are its topic units. */
    static FactDemand of(String question, List<TopicUnit> units) {
        return new FactDemand(question, units);
    }

    /** The first word of the words after the subject that can be the verb asked about. */
    private static String verb(String words) {
        for (String w : words.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!NOT_THE_VERB.contains(w)) {
                return w;
            }
        }
        return null;
    }

    /** The question asks for a fact of a particular kind (not a view or a reason). */
    boolean specific() {
        return kind.specific();
    }

    /**
     * The question asks a fact about a subject no passage has: its first topic unit (in Chinese and
     * English word order, the subject: 高考 of 今年高考什么时候举行), a word SmartCN knows or a capitalised
     * English one, occurs nowhere, while a later word (举行) occurs somewhere. Characters SmartCN
     * left single and joined again (骗去 of 被骗去) are no sure subject, and a lower-case English word
     * no passage has is mostly a general word the lexicon does not translate.
     */
    boolean subjectUnknown(List<TopicUnit> units) {
        if (!specific() || units.stream().skip(1).noneMatch(u -> u.docFreq() > 0)) {
            return false;
        }
        TopicUnit first = units.get(0);
        return first.docFreq() == 0
                && !first.joined()
                && (!first.hanForms().isEmpty() || Character.isUpperCase(first.text().charAt(0)));
    }

    /** The passage speaks of the time the question asks about (any passage when it names none). */
    boolean timeSpokenOf(String passage) {
        return TimeAnchors.spokenOf(anchors, passage);
    }

    /**
     * A passage standing under this reporter's question states the fact asked for in any sentence
     * (an answer to "why" gives a cause without saying "because").
     */
    boolean answeredBy(String passageQuestion) {
        return kind.askedBy(passageQuestion);
    }

    /**
     * The sentence states the fact asked for: in the measure asked (多少吨), of the thing counted
     * (多少名运动员: a count of officials does not answer it).
     */
    boolean statedIn(String sentence) {
        return kind.statedIn(sentence, !date)
                && !(past && TimeAnchors.onlyAnnounces(sentence))
                && holds(sentence, named)
                && (verb == null || !latin(sentence) || holds(sentence, verb))
                && (measure == null || measure.matcher(sentence).find())
                && countedIn(sentence)
                && heldIn(priced, sentence);
    }

    private boolean countedIn(String sentence) {
        return heldIn(counted, sentence);
    }

    /**
     * The sentence holds one of the units (what is counted, what a sum is the price of), in either
     * script; true when there are none.
     */
    private static boolean heldIn(List<TopicUnit> wanted, String sentence) {
        if (wanted.isEmpty()) {
            return true;
        }
        PassageWords words = PassageWords.of(sentence);
        return wanted.stream()
                .anyMatch(
                        u -> u.coverage(words) >= Answerability.COUNTED_HELD || anyStem(u, words));
    }

    /**
     * An English word of the unit is in the sentence ("humanitarian assistance" speaks of the
     * humanitarian aid counted: the lexicon has not every wording of an English term).
     */
    private static boolean anyStem(TopicUnit u, PassageWords words) {
        return u.latinForms().stream().flatMap(List::stream).anyMatch(words.stems()::contains);
    }

    /** The sentence holds the word (its key form, or all its English stems); null is held. */
    private static boolean holds(String sentence, String word) {
        if (word == null) {
            return true;
        }
        String key = Chinese.key(word).text();
        if (!key.isEmpty() && Chinese.key(sentence).text().contains(key)) {
            return true;
        }
        Set<String> stems = PassageWords.stems(word);
        return !stems.isEmpty() && PassageWords.stems(sentence).containsAll(stems);
    }

    private static boolean latin(String sentence) {
        long latin = sentence.codePoints().filter(c -> c < 0x2E80 && Character.isLetter(c)).count();
        return latin * 2 > sentence.codePoints().filter(Character::isLetter).count();
    }
}
