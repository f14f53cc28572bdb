package org.transcriptbot.index.parse;

/**
 * A speaker label read at the start of a line: what part the label plays, the name it gives (an
 * outlet for a reporter, a person otherwise; null when it names no one, as in "问：" or "QUESTION:"),
 * the title read with it and the words after the colon (empty when the label stands alone on its
 * line).
 */
record SpeakerLabel(Role role, String name, String title, String words) {
    /** The part a label plays. */
    enum Role {
        /** "法新社记者", "记者": a reporter's question; name is the outlet. */
        ASKER,
        /** "问", "QUESTION", "Q": a question with no one named. */
        QUESTION,
        /** "追问", "又问": a follow-up of the question before. */
        FOLLOWUP,
        /** "答", "A": an answer by the person the header names. */
        ANSWER,
        /** "主持人", "MODERATOR": the host. */
        HOST,
        /** A named person: "林书远", "国家统计局副局长 刘某某", "张某某（部长）", "MR. SURNAME", "Helena Marsh". */
        SPEAKER
    }

    boolean asks() {
        return role == Role.ASKER || role == Role.QUESTION || role == Role.FOLLOWUP;
    }

    SpeakerLabel withWords(String other) {
        return new SpeakerLabel(role, name, title, other);
    }
}
