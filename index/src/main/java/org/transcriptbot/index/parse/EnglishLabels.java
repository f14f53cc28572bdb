package org.transcriptbot.index.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.transcriptbot.index.parse.SpeakerLabel.Role;

/**
 * The English person labels of the grammar ({@link LabelGrammar}): {@code HONORIFIC? SURNAME} in
 * capitals ("MR. HOLLOWAY", "SECRETARY RUBIO"), "Given Family" in two or three capitalised words,
 * or a role named alone ("Spokesperson"); never a word that heads a field or a document ("Note",
 * "INTERVIEW").
 */
final class EnglishLabels {
    private static final Pattern CAPS_NAME =
            Pattern.compile("^((?:[A-Z][A-Z.]*\\s+){0,3})([A-Z][A-Z'\\-]+)$");
    private static final Pattern ENGLISH_NAME =
            Pattern.compile("^[A-Z][a-z'\\-]+(?:\\s+[A-Z][a-z'\\-.]+){1,2}$");

    /** A role named alone ("Spokesperson:", "Chair:"), as UN and panel transcripts write it. */
    private static final Pattern ENGLISH_ROLE =
            Pattern.compile(
                    "^(Spokesperson|Spokesman|Spokeswoman|Chair|Chairman|Chairwoman|Minister|Secretary"
                            + "|Ambassador|President|Director|Governor|Mayor|Commissioner|Speaker|Panelist)$");

    /** Capitalised words before a colon that head a field or a document, not a speaker. */
    private static final Pattern NOT_AN_ENGLISH_NAME =
            Pattern.compile(
                    "(?i)(AN )?(INTERVIEW|TRANSCRIPT|BRIEFING|NOTE"
                            + "|EDITOR'?S NOTE|UPDATE|SOURCE|DATE|TIME|PLACE|LOCATION|SUBJECT|TOPIC|RE|PS|CORRECTION|EMBARGO|WARNING|TRANSLATION)");

    private EnglishLabels() {}

    /** The person an English label names, or null. */
    static SpeakerLabel person(String label, String words) {
        Matcher m = CAPS_NAME.matcher(label);
        if (m.matches() && label.length() <= 40 && !NOT_AN_ENGLISH_NAME.matcher(label).matches()) {
            String title = m.group(1).strip();
            return new SpeakerLabel(
                    Role.SPEAKER,
                    capitalised(m.group(2)),
                    title.isEmpty() ? null : capitalised(title),
                    words);
        }
        if (ENGLISH_NAME.matcher(label).matches() || ENGLISH_ROLE.matcher(label).matches()) {
            return new SpeakerLabel(Role.SPEAKER, label, null, words);
        }
        return null;
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
