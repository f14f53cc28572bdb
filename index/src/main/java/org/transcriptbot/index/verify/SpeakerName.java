package org.transcriptbot.index.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who the subject of an attribution names, and whether that is the person whose words matched. A
 * subject is read as a small grammar: (organisation) title (name), name (title), or a pronoun, with
 * adverbs and "在…上"-style settings around it. Titles, pronouns and adverbs name nobody in
 * particular and are never a difference; a name is compared with the matched speaker's (a surname
 * alone is enough).
 */
final class SpeakerName {
    private static final Pattern ZH_SETTING =
            Pattern.compile("在[^，,]{0,14}?(?:上|中|时|期间|后)|(?:对|向|告诉)记者|接受[^，,]{0,8}?采访时|答记者问时");
    private static final Pattern ZH_ADVERB =
            Pattern.compile(
                    "也|还|又|曾经|曾|再次|多次|一再|反复|明确|公开|特别|进一步|随后|当时|此前|今天|昨天|日前|近日|最后|则|就此|对此|同时|并|更|亦|当天|当日");
    private static final Pattern ZH_TITLE =
            Pattern.compile(
                    "国务委员兼外长|国务委员|外交部长|外长|外相|新闻发言人|发言人|副部长|部长助理|部长|副主席|主席|副总统|总统|副总理|"
                            + "总理|首相|大使|公使|参赞|副司长|司长|副局长|局长|处长|副主任|主任|书记|委员|官员|负责人|专家|学者|记者|"
                            + "主持人|代表|先生|女士|教授|博士|议员|秘书长|市长|省长|院长|所长|行长|董事长|总裁|经理|国务卿|大臣|领导人|人士");
    private static final Pattern ORGANISATION =
            Pattern.compile("(?:国|方|部|院|委|局|署|办|厅|省|市|州|会|社|台|报|网|馆|府|处|司|行|组织|联盟|政府|机构)$");
    private static final Pattern ZH_PRONOUN_START = Pattern.compile("^(?:他|她|我|对方|该|此人|这位|那位)");

    /** "有记者", "一位官员": nobody in particular. */
    private static final Pattern DETERMINER = Pattern.compile("^(?:有|一位|一名|某位?|多位|多名)");

    private static final Pattern ZH_PRONOUN =
            Pattern.compile("他们|她们|我们|他|她|它|我|你|您|对方|其|该|此人|这位|那位|有人");
    private static final Set<String> EN_GENERIC =
            Set.of(
                    "mr",
                    "mrs",
                    "ms",
                    "dr",
                    "the",
                    "a",
                    "an",
                    "spokesperson",
                    "spokesman",
                    "spokeswoman",
                    "secretary",
                    "minister",
                    "foreign",
                    "president",
                    "chair",
                    "chairman",
                    "chairwoman",
                    "official",
                    "officials",
                    "department",
                    "state",
                    "he",
                    "she",
                    "they",
                    "we",
                    "i",
                    "you",
                    "it",
                    "deputy",
                    "press",
                    "ambassador",
                    "reporter",
                    "reporters",
                    "also",
                    "then",
                    "later",
                    "again",
                    "his",
                    "her",
                    "our",
                    "their",
                    "senior",
                    "prime",
                    "vice",
                    "director",
                    "spokespeople",
                    "interviewer",
                    "question",
                    "q");
    private static final Pattern EN_TOKEN = Pattern.compile("[^\\p{L}\\p{N}'’-]+");

    private SpeakerName() {}

    /**
     * The person a subject names (a known speaker's label when it contains one), or null for nobody
     * in particular.
     */
    static String of(String subject, Set<String> knownSpeakers) {
        String s = subject.strip();
        String role = role(s, knownSpeakers);
        if (role != null) {
            return role;
        }
        for (String known : knownSpeakers) {
            if (isName(known)
                    && s.toLowerCase(Locale.ROOT).contains(known.toLowerCase(Locale.ROOT))) {
                return known;
            }
        }
        if (s.chars().anyMatch(Character::isIdeographic)) {
            return chinese(s, knownSpeakers);
        }
        List<String> names = englishNames(s);
        return names.isEmpty() ? null : String.join(" ", names);
    }

    /**
     * A role that is itself a speaker label of the loaded transcripts names that speaker: “主持人说”
     * over an interview whose host speaks as 主持人 credits the host, so the guest's words quoted so
     * are not EXACT. Labels that stand for any reporter (记者, QUESTION, Q) name nobody in
     * particular.
     */
    private static String role(String subject, Set<String> knownSpeakers) {
        String s = ZH_ADVERB.matcher(ZH_SETTING.matcher(subject).replaceAll("")).replaceAll("");
        if (ANY_ASKER.matcher(s).matches()) {
            return null;
        }
        for (String known : knownSpeakers) {
            if (!isName(known) && known.strip().equalsIgnoreCase(s)) {
                return known;
            }
        }
        return null;
    }

    /** Labels of whoever asks: many people, not one. */
    private static final Pattern ANY_ASKER =
            Pattern.compile("(?i)记者|问|q|question|questioner|reporter|interviewer");

    private static String chinese(String subject, Set<String> knownSpeakers) {
        String s = ZH_SETTING.matcher(subject).replaceAll("");
        s = ZH_ADVERB.matcher(s).replaceAll("");
        s = DETERMINER.matcher(s).replaceAll("");
        var title = ZH_TITLE.matcher(s);
        if (title.find()) {
            String before = s.substring(0, title.start());
            String after = ZH_TITLE.matcher(s.substring(title.end())).replaceAll("");
            if (!after.isEmpty()) {
                return after; // "外长王毅", "发言人林书远"
            }
            // "王外长" names a surname, "习近平主席" a person; "中国外长", "外交部发言人" name an office
            return before.isEmpty() || ORGANISATION.matcher(before).find() ? null : before;
        }
        s = ZH_PRONOUN.matcher(s).replaceAll("");
        return s.isEmpty() ? null : s;
    }

    private static List<String> englishNames(String subject) {
        List<String> out = new ArrayList<>();
        for (String t : EN_TOKEN.split(subject)) {
            String w = t.replaceAll("['’]s$", "");
            if (!w.isEmpty() && !EN_GENERIC.contains(w.toLowerCase(Locale.ROOT))) {
                out.add(w);
            }
        }
        return out;
    }

    /** A speaker label that names someone, not a role ("记者", "QUESTION", "主持人"). */
    private static boolean isName(String label) {
        return !label.isBlank()
                && !ZH_TITLE.matcher(label).matches()
                && !EN_GENERIC.contains(label.toLowerCase(Locale.ROOT).strip());
    }

    /**
     * Would a reader take the subject for a speaker: a known speaker's name, a title or a pronoun?
     */
    static boolean looksLikePerson(String subject, Set<String> knownSpeakers) {
        return knownSpeakers.stream().anyMatch(k -> isName(k) && subject.contains(k))
                || ZH_TITLE.matcher(subject).find()
                || ZH_PRONOUN_START.matcher(subject).find();
    }

    /**
     * Does a named person agree with the matched speaker? Unknown speakers, containment either way,
     * a shared English name or a Chinese surname count as agreeing.
     */
    static boolean agrees(String named, String speaker) {
        if (named == null || speaker == null || speaker.isBlank()) {
            return true;
        }
        String n = named.toLowerCase(Locale.ROOT).strip();
        String sp = speaker.toLowerCase(Locale.ROOT).strip();
        if (sp.contains(n) || n.contains(sp)) {
            return true;
        }
        List<String> spokenNames =
                englishNames(speaker).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        for (String w : englishNames(named)) {
            if (spokenNames.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
