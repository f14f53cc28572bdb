package org.transcriptbot.index.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.transcriptbot.index.model.Speaker;

/**
 * What the first lines of a transcript say before anyone speaks: its title (the first line), its
 * date (Chinese "2025年3月12日", English "February 6, 2025" / "6 February 2025", or ISO) and the
 * people it names: the official who answers ("外交部发言人林书远主持例行记者会", "INTERVIEW: Helena Marsh, Chair of
 * …", "Ellis Holloway, Department Spokesperson") and an interviewer ("Interviewed by …").
 */
record Header(String title, String date, List<Speaker> people) {
    private static final String MONTHS =
            "January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
    private static final Pattern ZH_DATE =
            Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern EN_DATE =
            Pattern.compile("\\b(" + MONTHS + ")\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");
    private static final Pattern EN_DATE_DAY_FIRST =
            Pattern.compile("\\b(\\d{1,2})\\s+(" + MONTHS + ")\\.?,?\\s+(\\d{4})\\b");
    private static final Pattern ISO_DATE =
            Pattern.compile("\\b(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})\\b");
    private static final Pattern ZH_OFFICIAL =
            Pattern.compile(
                    "("
                            + LabelGrammar.ROLE_WORDS
                            + ")\\s*([\\p{IsHan}·]{2,3}?)"
                            + "(?=主持|出席|答|回答|举行|介绍|在|就|应询|$)");
    private static final String EN_NAME = "([A-Z][A-Za-z.'\\-]+(?:\\s+[A-Z][A-Za-z.'\\-]+){1,3})";
    private static final Pattern EN_INTERVIEW =
            Pattern.compile(
                    "^(?:[A-Z][\\w'.]*\\s+){0,3}(?i:INTERVIEW|CONVERSATION|Q\\s?&\\s?A)"
                            + "(?i:\\s+WITH)?\\s*[:：]?\\s*"
                            + EN_NAME
                            + "(?:,\\s*(.+)|\\s+(?:on|about|talks)\\s.*)?$");
    private static final Pattern EN_NAME_TITLE = Pattern.compile("^" + EN_NAME + ",\\s*(.{3,80})$");
    private static final Pattern EN_INTERVIEWER =
            Pattern.compile(
                    "(?i:^(?:(?:Interviewed|Conducted|Moderated|Hosted|Interview|Questions)\\s+)?by)\\s+"
                            + EN_NAME
                            + "(?:\\s*[,|–—]\\s*(.+))?$");

    /** "Harbour Commissioner Dana Whitfield": the title words before the name. */
    private static final Pattern EN_TITLED =
            Pattern.compile(
                    "^(.*\\b(?:Commissioner|Mayor|Minister|Secretary|Director|Chair|Chairman|Chairwoman|Governor"
                            + "|Ambassador|President|Senator|Spokesperson|Chief|Professor|Dr\\.?))\\s+"
                            + "([A-Z][\\w'.\\-]+\\s+[A-Z][\\w'.\\-]+)$");

    Header {
        people = List.copyOf(people);
    }

    /**
     * Reads the header lines (the text before the first speaker label; at most the first few lines
     * are used).
     */
    static Header read(List<String> lines) {
        List<String> head = lines.stream().filter(l -> !l.isBlank()).limit(6).toList();
        String title =
                head.isEmpty()
                        ? null
                        : head.get(0).length() > 80
                                ? head.get(0).substring(0, 80) + "…"
                                : head.get(0);
        String date = null;
        List<Speaker> people = new ArrayList<>();
        for (String line : head) {
            // the latest date named ("Recorded January 17, 2025; published January 22, 2025"): the
            // date of record
            for (String d : dates(line)) {
                date = date == null || d.compareTo(date) > 0 ? d : date;
            }
            person(line, people);
        }
        return new Header(title, date, people);
    }

    /** The first answering official the header names, or null. */
    String answerer() {
        return people.stream()
                .filter(p -> p.role() == Speaker.Role.ANSWERER)
                .map(Speaker::name)
                .findFirst()
                .orElse(null);
    }

    /** The interviewer the header names, or null. */
    String interviewer() {
        return people.stream()
                .filter(p -> p.role() == Speaker.Role.ASKER)
                .map(Speaker::name)
                .findFirst()
                .orElse(null);
    }

    private static void person(String line, List<Speaker> people) {
        SpeakerLabel headline = LabelGrammar.read(line).orElse(null);
        if (headline != null
                && headline.role() == SpeakerLabel.Role.SPEAKER
                && !headline.name().equals(headline.title())) {
            // a headline "专访……主任蒋若舟：……" ({@link Headline}) names the interviewee (a role alone,
            // "外交部发言人：……", names no one); its title words stay out of the speaker's title
            // (they are the story's topic)
            people.add(new Speaker(headline.name(), null, Speaker.Role.ANSWERER));
            return;
        }
        Matcher m = EN_INTERVIEWER.matcher(line);
        if (m.matches()) {
            people.add(new Speaker(m.group(1), m.group(2), Speaker.Role.ASKER));
            return;
        }
        m = EN_INTERVIEW.matcher(line);
        if (m.matches()) {
            Matcher titled = EN_TITLED.matcher(m.group(1));
            people.add(
                    titled.matches()
                            ? new Speaker(titled.group(2), titled.group(1), Speaker.Role.ANSWERER)
                            : new Speaker(m.group(1), m.group(2), Speaker.Role.ANSWERER));
            return;
        }
        m = EN_NAME_TITLE.matcher(line);
        if (m.matches() && !m.group(2).matches(".*\\d.*")) {
            people.add(new Speaker(m.group(1), m.group(2), Speaker.Role.ANSWERER));
            return;
        }
        m = ZH_OFFICIAL.matcher(line);
        if (m.find()) {
            people.add(
                    new Speaker(
                            m.group(2),
                            line.substring(0, m.end(1)).replaceFirst("^.*\\d{1,2}\\s*日", ""),
                            Speaker.Role.ANSWERER));
        }
    }

    /** The first date in the line as yyyy-MM-dd, or null. */
    static String date(String line) {
        List<String> all = dates(line);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Every date in the line as yyyy-MM-dd: Chinese forms, then English, then ISO. */
    static List<String> dates(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = ZH_DATE.matcher(line);
        while (m.find()) {
            out.add(iso(m.group(1), m.group(2), m.group(3)));
        }
        for (m = EN_DATE.matcher(line); m.find(); ) {
            out.add(iso(m.group(3), String.valueOf(month(m.group(1))), m.group(2)));
        }
        for (m = EN_DATE_DAY_FIRST.matcher(line); m.find(); ) {
            out.add(iso(m.group(3), String.valueOf(month(m.group(2))), m.group(1)));
        }
        for (m = ISO_DATE.matcher(line); m.find(); ) {
            out.add(iso(m.group(1), m.group(3), m.group(4)));
        }
        out.removeIf(java.util.Objects::isNull);
        return out;
    }

    private static int month(String name) {
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        return List.of(
                                "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                                "oct", "nov", "dec")
                        .indexOf(prefix)
                + 1;
    }

    private static String iso(String year, String month, String day) {
        int m = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        return m < 1 || m > 12 || d < 1 || d > 31
                ? null
                : String.format("%s-%02d-%02d", year, m, d);
    }
}
