package org.transcriptbot.index.parse;

import org.transcriptbot.index.parse.SpeakerLabel.Role;

/**
 * The labels of the grammar ({@link LabelGrammar}) that name someone in brackets after a role word.
 */
final class BracketedLabels {
    private BracketedLabels() {}

    /**
     * A label with a bracket: "QUESTION (Reuters)", "记者（新华社）", "问（新华社记者）" (the outlet asks),
     * "追问（路透社记者）" (it follows up), "答（施某某）" (that person answers), "主持人（王某）" (the host), or null
     * for a person's title in brackets.
     */
    static SpeakerLabel read(String head, String inside, String words) {
        String outlet = inside.replaceFirst("\\s*记者$", "");
        if (LabelGrammar.QUESTION.matcher(head).matches() || head.equals("记者")) {
            return new SpeakerLabel(Role.ASKER, outlet, null, words);
        }
        if (LabelGrammar.FOLLOWUP.matcher(head).matches()) {
            return new SpeakerLabel(Role.FOLLOWUP, outlet, null, words);
        }
        if (head.equals("主持人") || LabelGrammar.HOST_EN.matcher(head).matches()) {
            // "主持人（王某）", "主持人（国务院新闻办新闻局局长 王某）", "MODERATOR (Jane Doe)"
            SpeakerLabel person = LabelGrammar.person(inside, words);
            return person == null
                    ? null
                    : new SpeakerLabel(Role.HOST, person.name(), person.title(), words);
        }
        if (LabelGrammar.ANSWER.matcher(head).matches()) {
            String[] nameTitle = inside.split("\\s+", 2);
            if (nameTitle.length == 2 && LabelGrammar.TITLE_ONLY.matcher(nameTitle[1]).matches()) {
                // "答（施某某 副局长）": name, then title
                return new SpeakerLabel(Role.SPEAKER, nameTitle[0], nameTitle[1], words);
            }
            SpeakerLabel person = LabelGrammar.person(inside, words);
            return person != null && person.role() == Role.SPEAKER ? person : null;
        }
        return null;
    }
}
