package org.transcriptbot.index.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.transcriptbot.index.model.Aside;

/**
 * Finds stage directions in a passage: a short bracketed note at the start of the text or after a
 * sentence end, "(Laughter.)", "(The briefing was concluded at 2:51 p.m.)", "（笑）", "（掌声）", and 【…】
 * notes such as "【现场】". They stay in the text (nothing is lost) but are not words anyone said.
 */
final class StageDirections {
    private static final Pattern NOTE =
            Pattern.compile(
                    "(?<=^|[。！？!?.…”\"]\\s?|\\n)[（(]([A-Z][^()（）\\n]{2,60}|[\\p{IsHan}]{1,4})[）)]|【[^】\\n]{1,12}】");

    private StageDirections() {}

    static List<Aside> find(String text) {
        if (!hasOpening(text)) {
            // every note opens with one of these: most passages have none, and the pattern's
            // look-behind is tried at every character
            return List.of();
        }
        List<Aside> out = new ArrayList<>();
        Matcher m = NOTE.matcher(text);
        while (m.find()) {
            out.add(new Aside(m.start(), m.end()));
        }
        return out;
    }

    private static boolean hasOpening(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(' || c == '【') {
                return true;
            }
        }
        return false;
    }
}
