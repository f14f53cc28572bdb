package org.transcriptbot.index.search;

import java.util.List;
import java.util.regex.Pattern;
import org.transcriptbot.index.analysis.PhraseList;

/**
 * Whether a question's subject is something the transcripts never mention: the word before a topic
 * head (中韩 of 中韩关系, climate of climate negotiations) occurs in no passage, or an acronym (ICAO)
 * occurs in no passage in any of its forms.
 */
final class AbsentSubject {
    private static final PhraseList TOPIC_HEADS =
            PhraseList.load(AbsentSubject.class, "topic-heads.txt");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,6}");

    private AbsentSubject() {}

    /** The topic units (in question order) name a subject no passage has. */
    static boolean in(List<TopicUnit> units) {
        boolean absent = false;
        for (int i = 1; i < units.size(); i++) {
            absent |= isHead(units.get(i)) && unknownModifier(units, i);
        }
        return absent || units.stream().anyMatch(AbsentSubject::unknownAcronym);
    }

    /**
     * The word right before the head at i (at most one character apart) occurs in no passage; when
     * the head itself occurs in none either (no summit at all), so may any word written together
     * with that one (金砖 of 金砖国家峰会).
     */
    private static boolean unknownModifier(List<TopicUnit> units, int head) {
        int gapAllowed = 1;
        for (int i = head - 1; i >= 0; i--) {
            TopicUnit before = units.get(i);
            TopicUnit after = units.get(i + 1);
            if (after.start() - (before.start() + before.text().length()) > gapAllowed
                    || isHead(before)) {
                return false;
            }
            if (before.docFreq() == 0) {
                return true;
            }
            if (units.get(head).docFreq() > 0) {
                return false;
            }
            gapAllowed = 0;
        }
        return false;
    }

    /**
     * An acronym (capitals only: an organisation, a treaty) that no passage has in any of its forms
     * (the lexicon's translations included: ICAO and 国际民航组织 alike absent).
     */
    private static boolean unknownAcronym(TopicUnit u) {
        return u.docFreq() == 0 && ACRONYM.matcher(u.text()).matches();
    }

    private static boolean isHead(TopicUnit u) {
        return TOPIC_HEADS.remove(u.text()).isBlank();
    }
}
