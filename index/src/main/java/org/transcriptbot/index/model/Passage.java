package org.transcriptbot.index.model;

import java.util.List;

/**
 * A unit of reading: one paragraph or a few short related ones. The id is derived from the text
 * only, so the same text has the same id across runs. occurrences lists every place the text stands
 * (the first is where it is shown from); a passage from a repeated section has more than one.
 * language is "en" for English text and "zh" otherwise; asides are the stage directions in the text
 * (not words anyone said).
 */
public record Passage(
        String id,
        String text,
        List<Location> occurrences,
        boolean truncated,
        String language,
        List<Aside> asides) {
    public Passage {
        occurrences = List.copyOf(occurrences);
        asides = asides == null ? List.of() : List.copyOf(asides);
        language = language == null ? languageOf(text) : language;
    }

    public Passage(String id, String text, List<Location> occurrences, boolean truncated) {
        this(id, text, occurrences, truncated, languageOf(text), List.of());
    }

    public Location location() {
        return occurrences.get(0);
    }

    public String transcriptId() {
        return location().transcriptId();
    }

    /** "en" when Latin letters outnumber CJK ideographs in the text, else "zh". */
    public static String languageOf(CharSequence text) {
        int latin = 0;
        int han = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 && Character.isLetter(c)) {
                latin++;
            } else if (Character.isIdeographic(c)) {
                han++;
            }
        }
        // an English word is about five letters: compare words with characters
        return latin > han * 5 ? "en" : "zh";
    }
}
