package org.transcriptbot.index.analysis;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.Speaker;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.model.TurnKind;

/**
 * Who speaks and on what occasion, as words a question may use: the speakers' own names (answerers
 * and askers of the parsed turns, their pinyin for English questions), the roles the transcripts'
 * titles and leads give them (国务委员兼外交部长 before 王毅), and general titles and event words
 * (speaker-roles.txt). Such words appear all over a transcript and say nothing about the topic: a
 * question's topic is what remains without them, and a name in a question tells which speaker's
 * answers to prefer.
 */
public final class SpeakerWords {
    private static final List<String> ROLES = loadRoles();
    private static final Pattern LABEL_PARTS = Pattern.compile("[\\s()（）\\[\\]【】·•,，:：]+");
    private static final int MAX_ROLE_RUN = 12;

    /**
     * Every phrase, longest first, with the speaker it names (null for a role or occasion word).
     */
    private final Map<String, String> phrases;

    private SpeakerWords(Map<String, String> phrases) {
        this.phrases = phrases;
    }

    /**
     * A question without its speaker and occasion words, and the speakers it names (as the turns
     * label them).
     */
    public record Stripped(String text, Set<String> speakers) {}

    /** Learns the speakers' names and roles from the transcripts' turns, titles and leads. */
    public static SpeakerWords learn(List<Transcript> transcripts) {
        return learn(transcripts, NamePinyin.empty());
    }

    /**
     * The same, with the pinyin of names that a previous start remembered (the others are
     * transliterated and added to it).
     */
    public static SpeakerWords learn(List<Transcript> transcripts, NamePinyin pinyin) {
        Map<String, String> found = new LinkedHashMap<>();
        // the same labels recur in every turn and transcript: each is learned once (its pinyin
        // costs a transliteration, seconds over a thousand transcripts)
        Set<String> labels = new LinkedHashSet<>();
        for (Transcript t : transcripts) {
            t.turns()
                    .forEach(
                            turn -> {
                                labels.add(turn.answerer());
                                labels.add(turn.asker());
                            });
            t.speakers().forEach(s -> labels.add(s.name()));
        }
        labels.forEach(label -> addName(found, label, pinyin));
        addTitles(found, transcripts);
        Set<String> roles = new LinkedHashSet<>(ROLES);
        List<String> hanNames =
                found.keySet().stream().filter(n -> isHan(n) && n.length() <= 4).toList();
        for (Transcript t : transcripts) {
            roles.addAll(rolesBeforeNames(occasionText(t), hanNames));
            if (t.meta().source() != null && !t.meta().source().isBlank()) {
                roles.add(t.meta().source().strip().toLowerCase(Locale.ROOT));
            }
        }
        roles.forEach(r -> found.putIfAbsent(r, null));
        Map<String, String> sorted = new LinkedHashMap<>();
        found.keySet().stream()
                .filter(k -> k.length() >= 2)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(k -> sorted.put(k, found.get(k)));
        return new SpeakerWords(sorted);
    }

    /**
     * The parser's title of each speaker (住房和城乡建设部副部长, Department Spokesperson): a title only one
     * speaker holds names that speaker; one several hold is only a role word.
     */
    private static void addTitles(Map<String, String> found, List<Transcript> transcripts) {
        Map<String, Set<String>> holders = new LinkedHashMap<>();
        for (Transcript t : transcripts) {
            for (Speaker s : t.speakers()) {
                if (s.title() != null && s.title().strip().length() >= 2) {
                    holders.computeIfAbsent(
                                    s.title().strip().toLowerCase(Locale.ROOT),
                                    k -> new LinkedHashSet<>())
                            .add(s.name().strip());
                }
            }
        }
        holders.forEach(
                (title, names) ->
                        found.putIfAbsent(
                                title, names.size() == 1 ? names.iterator().next() : null));
    }

    private static String occasionText(Transcript t) {
        StringBuilder sb = new StringBuilder();
        sb.append(t.meta().title()).append('\n').append(t.meta().occasion()).append('\n');
        for (Passage p : t.passages()) {
            if (p.location().kind() == TurnKind.LEAD) {
                sb.append(p.text()).append('\n');
            }
        }
        return sb.toString();
    }

    private static void addName(Map<String, String> found, String label, NamePinyin pinyins) {
        if (label == null || label.isBlank()) {
            return;
        }
        String speaker = label.strip();
        found.putIfAbsent(speaker.toLowerCase(Locale.ROOT), speaker);
        for (String part : LABEL_PARTS.split(speaker)) {
            String p = part.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
            if (p.length() < 2 || ROLES.contains(p) || ROLES.contains(p + ".")) {
                continue;
            }
            found.putIfAbsent(p, speaker);
            if (isHan(p) && p.length() <= 4) {
                String pinyin = pinyins.of(p);
                found.putIfAbsent(pinyin, speaker);
                found.putIfAbsent(pinyin.replace(" ", ""), speaker);
            }
        }
    }

    /**
     * The run of Chinese characters right before each Chinese name (国务委员兼外交部长 in "…，国务委员兼外交部长王毅").
     */
    private static Set<String> rolesBeforeNames(String text, List<String> hanNames) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : hanNames) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int from = at;
                while (from > 0
                        && at - from < MAX_ROLE_RUN
                        && isHan(text.substring(from - 1, from))) {
                    from--;
                }
                if (at - from >= 2 && at - from < MAX_ROLE_RUN) {
                    out.add(text.substring(from, at));
                }
            }
        }
        return out;
    }

    private static boolean isHan(String s) {
        return !s.isEmpty()
                && s.codePoints()
                        .allMatch(
                                c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /**
     * Removes every speaker and occasion word (whole words for Latin ones) and notes the speakers
     * named.
     */
    public Stripped strip(String question) {
        String text = question;
        Set<String> speakers = new LinkedHashSet<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : phrases.entrySet()) {
            String phrase = e.getKey();
            if (!lower.contains(phrase)) {
                continue;
            }
            Matcher m = pattern(phrase).matcher(text);
            if (m.find()) {
                text = m.replaceAll(" ");
                lower = text.toLowerCase(Locale.ROOT);
                if (e.getValue() != null) {
                    speakers.add(e.getValue());
                }
            }
        }
        return new Stripped(text, speakers);
    }

    /**
     * A verb of saying right after a Chinese name or title goes with it (王毅谈中俄关系: 谈 is how the
     * question asks, and alone it would match 谈判 and 会谈).
     */
    private static final String SAYS = "(?:谈到|谈及|提到|表示|指出|谈|说|讲(?!话)|称)?";

    private static Pattern pattern(String phrase) {
        String quoted = Pattern.quote(phrase);
        boolean latin = phrase.codePoints().anyMatch(c -> c < 0x2E80 && Character.isLetter(c));
        return Pattern.compile(
                latin ? "(?<![\\p{L}\\p{N}])" + quoted + "(?![\\p{L}\\p{N}])" : quoted + SAYS,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static List<String> loadRoles() {
        return PhraseList.read(SpeakerWords.class, "speaker-roles.txt").stream()
                .map(l -> l.toLowerCase(Locale.ROOT))
                .toList();
    }
}
