package org.transcriptbot.index.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.transcriptbot.index.model.Anomaly;
import org.transcriptbot.index.model.Paragraph;
import org.transcriptbot.index.model.Turn;
import org.transcriptbot.index.model.TurnKind;
import org.transcriptbot.index.parse.LineJoiner.Para;
import org.transcriptbot.index.parse.SpeakerLabel.Role;

/**
 * Builds turns from labelled paragraphs. A reporter's label opens a question (追问 a follow-up that
 * keeps the asker of the question it follows); the next speaker answers it (答/A: the person the
 * header or the transcript names); a different official speaking after that answer adds to the same
 * question (supplementary); the host's words are host turns, or questions where the host is the one
 * who interviews; a speaker before any question gives the opening; a speaker with no question is an
 * orphan.
 */
final class TurnBuilder {
    static final Pattern SUPPLEMENT =
            Pattern.compile(
                    "^(我|I)?.{0,2}(补充|Let me add|If I (may|could|might) add|I'?d (like to )?add|I would (like to )?add|To add to).*",
                    Pattern.CASE_INSENSITIVE);

    private final Speakers speakers;
    private final List<Anomaly> anomalies;
    private final List<Open> open = new ArrayList<>();
    private Open current;
    private Open question;

    /** A turn being built. */
    private static final class Open {
        final TurnKind kind;
        final String asker;
        String question;
        String answerer;
        final List<Paragraph> paragraphs = new ArrayList<>();
        final int first;
        int last;
        boolean answered;

        Open(TurnKind kind, String asker, String question, String answerer, int first, int last) {
            this.kind = kind;
            this.asker = asker;
            this.question = question;
            this.answerer = answerer;
            this.first = first;
            this.last = last;
        }

        void add(Para p) {
            if (!p.text().isEmpty()) {
                paragraphs.add(new Paragraph(p.text(), p.first(), p.last()));
            }
            last = Math.max(last, p.last());
        }
    }

    private TurnBuilder(Speakers speakers, List<Anomaly> anomalies) {
        this.speakers = speakers;
        this.anomalies = anomalies;
    }

    static List<Turn> build(List<Para> paras, Speakers speakers, List<Anomaly> anomalies) {
        TurnBuilder b = new TurnBuilder(speakers, anomalies);
        boolean hostInterviews = hostInterviews(paras, speakers);
        for (Para p : paras) {
            if (p.label() == null) {
                b.continuation(p);
            } else if (speakers.asks(p.label()) || hostInterviews && hostAsks(p)) {
                b.question(p);
            } else {
                b.speech(p);
            }
        }
        b.closeQuestion();
        List<Turn> turns = new ArrayList<>();
        for (Open o : b.open) {
            if (o.kind.answersQuestion() || !o.paragraphs.isEmpty()) {
                turns.add(
                        new Turn(
                                turns.size(),
                                o.kind,
                                o.asker,
                                o.question,
                                o.answerer,
                                o.paragraphs,
                                o.first,
                                o.last));
            }
        }
        return turns;
    }

    /**
     * A host who interviews: no one else asks (no reporter's label anywhere) and the host's words
     * are questions (a TV or radio talk: 主持人：…是怎么“抢”出来的？ — 嘉宾：…). The host's questions are then
     * questions and the guest's words their answers, not an opening statement after a host's
     * procedural line; the host's words without a question (welcome, thanks) stay host turns.
     */
    private static boolean hostInterviews(List<Para> paras, Speakers speakers) {
        int hostParagraphs = 0;
        int hostQuestions = 0;
        for (Para p : paras) {
            if (p.label() == null) {
                continue;
            }
            if (speakers.asks(p.label())) {
                return false;
            }
            if (p.label().role() == Role.HOST) {
                hostParagraphs++;
                if (hostAsks(p)) {
                    hostQuestions++;
                }
            }
        }
        return hostQuestions >= 2 && hostQuestions * 2 >= hostParagraphs;
    }

    /** A host's paragraph that asks something. */
    private static boolean hostAsks(Para p) {
        return p.label().role() == Role.HOST
                && (p.text().indexOf('？') >= 0 || p.text().indexOf('?') >= 0);
    }

    private void continuation(Para p) {
        if (p.pasted()) {
            return; // text of another place: it is read there (see SpliceDetector)
        }
        if (current == null) {
            current = start(new Open(TurnKind.LEAD, null, null, null, p.first(), p.first()));
        }
        if (current == question && !current.answered) {
            current.question =
                    current.question + LineJoiner.joiner(current.question, p.text()) + p.text();
            current.last = p.last();
        } else {
            current.add(p);
        }
    }

    private void question(Para p) {
        closeQuestion();
        boolean followup = p.label().role() == Role.FOLLOWUP || FollowUpWords.announced(p.text());
        String asker =
                p.label().role() == Role.HOST
                        ? speakers.name(p.label()) // the interviewing host (主持人), not a reporter
                        : followup && question != null && p.label().name() == null
                                ? question.asker
                                : speakers.asker(p.label());
        question =
                start(
                        new Open(
                                followup ? TurnKind.FOLLOWUP : TurnKind.QA,
                                asker,
                                p.text(),
                                null,
                                p.first(),
                                p.last()));
        current = question;
    }

    private void speech(Para p) {
        String name = speakers.name(p.label());
        if (speakers.isHost(name, p.label())) {
            current = start(new Open(TurnKind.HOST, null, null, name, p.first(), p.first()));
        } else if (question != null && !question.answered) {
            question.answered = true;
            question.answerer = name;
            current = question;
            speakers.answered(name);
        } else if (name != null
                && HostLines.isProcedural(
                        p.text(), current != null && name.equals(current.answerer))) {
            // a procedural line ("下面请提问。", the closing; "Go ahead, Said." from the one who just
            // answered) is a host turn, whoever says it
            current = start(new Open(TurnKind.HOST, null, null, name, p.first(), p.first()));
        } else if (question != null
                && (answeredBy(name) == null || SUPPLEMENT.matcher(p.text()).matches())
                && answeredBy(name) != current) {
            current =
                    start(
                            new Open(
                                    TurnKind.SUPPLEMENTARY,
                                    question.asker,
                                    question.question,
                                    name,
                                    p.first(),
                                    p.first()));
        } else if (question == null && open.stream().noneMatch(o -> o.kind.answersQuestion())) {
            current = start(new Open(TurnKind.OPENING, null, null, name, p.first(), p.first()));
        } else {
            current = start(new Open(TurnKind.ORPHAN, null, null, name, p.first(), p.first()));
            anomalies.add(
                    new Anomaly(
                            Anomaly.Kind.ORPHAN,
                            p.first(),
                            p.last(),
                            name + " speaks again with no question before this answer"));
        }
        current.answered = true;
        current.add(p);
    }

    /**
     * The turn in which this speaker already answered the current question (its answer or their
     * addition), or null.
     */
    private Open answeredBy(String name) {
        int from = open.indexOf(question);
        for (int i = open.size() - 1; i >= from && from >= 0; i--) {
            Open o = open.get(i);
            if (o.kind.answersQuestion()
                    && o.question != null
                    && o.question.equals(question.question)
                    && name != null
                    && name.equals(o.answerer)) {
                return o;
            }
        }
        return null;
    }

    private Open start(Open o) {
        open.add(o);
        return o;
    }

    private void closeQuestion() {
        if (question != null && !question.answered) {
            question.answered = true;
            anomalies.add(
                    new Anomaly(
                            Anomaly.Kind.QUESTION_WITHOUT_ANSWER,
                            question.first,
                            question.last,
                            "the question of " + question.asker + " has no answer in the text"));
        }
    }
}
