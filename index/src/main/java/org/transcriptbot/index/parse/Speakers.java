package org.transcriptbot.index.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.transcriptbot.index.model.Speaker;
import org.transcriptbot.index.parse.LineJoiner.Para;
import org.transcriptbot.index.parse.SpeakerLabel.Role;

/**
 * Who the labels of one transcript name. Resolves a label to a person: "答"/"A" to the official the
 * header names (or, failing that, the last one who answered, or before any answer the principal:
 * the first official who speaks and is not the host), "MR. HOLLOWAY" to the header's "Ellis
 * Holloway", "问"/"QUESTION" to the header's interviewer or a generic reporter. Tells the host
 * apart: labelled 主持人/MODERATOR, or an official who speaks but never first after a question
 * (introductions, hand-overs, the closing).
 */
final class Speakers {
    private final Header header;
    private final boolean english;
    private final Set<String> hosts = new HashSet<>();
    private final Map<String, Speaker> seen = new LinkedHashMap<>();
    private String lastAnswerer;
    private String principal;

    private Speakers(Header header, boolean english) {
        this.header = header;
        this.english = english;
        header.people().forEach(p -> seen.put(p.name(), p));
    }

    static Speakers of(List<Para> paras, Header header, boolean english) {
        Speakers s = new Speakers(header, english);
        Set<String> answersFirst = new HashSet<>();
        Set<String> speaking = new HashSet<>();
        Set<String> beforeQuestions = new HashSet<>();
        List<Para> labelled = paras.stream().filter(p -> p.label() != null).toList();
        boolean afterQuestion = false;
        boolean asked = false;
        for (int i = 0; i < labelled.size(); i++) {
            Para p = labelled.get(i);
            if (s.asks(p.label())) {
                afterQuestion = asked = true;
                continue;
            }
            String name = s.name(p.label());
            boolean handOver =
                    afterQuestion
                            && s.handsOver(
                                    p, name, i + 1 < labelled.size() ? labelled.get(i + 1) : null);
            if (p.label().role() == Role.HOST) {
                s.hosts.add(name);
            } else if (afterQuestion && !handOver) {
                answersFirst.add(name);
            } else if (!TurnBuilder.SUPPLEMENT.matcher(p.text()).matches()) {
                speaking.add(name);
                if (!asked) {
                    beforeQuestions.add(name);
                }
            }
            afterQuestion = handOver;
        }
        if (!answersFirst.isEmpty()) {
            // the host opens the conference; an official heard first after the questions began
            // only adds to answers
            speaking.stream()
                    .filter(n -> !answersFirst.contains(n) && beforeQuestions.contains(n))
                    .forEach(s.hosts::add);
        }
        s.principal = s.principal(labelled);
        return s;
    }

    /**
     * The first official who speaks under their own name and is not the host; failing that, the
     * first official the host introduces ("出席今天发布会的有国家医保局副局长施某某先生"); or null.
     */
    private String principal(List<Para> labelled) {
        for (Para p : labelled) {
            Role role = p.label().role();
            if (role == Role.SPEAKER && !asks(p.label())) {
                String name = name(p.label());
                if (name != null && !hosts.contains(name)) {
                    return name;
                }
            }
        }
        for (Para p : labelled) {
            String introduced = HostLines.firstOfficialIntroduced(p.text());
            if (introduced != null && isHost(name(p.label()), p.label())) {
                return introduced;
            }
        }
        return null;
    }

    /**
     * A short request right after a question that another official answers: "请孔司长回答。", "Please, go
     * ahead."
     */
    private boolean handsOver(Para p, String name, Para next) {
        return next != null
                && !asks(next.label())
                && !java.util.Objects.equals(name, name(next.label()))
                && HostLines.handsOver(p.text());
    }

    /** The person a speech label names. */
    String name(SpeakerLabel label) {
        String name =
                switch (label.role()) {
                    case ANSWER ->
                            header.answerer() != null
                                    ? header.answerer()
                                    : lastAnswerer != null ? lastAnswerer : principal;
                    case HOST ->
                            label.name() != null ? label.name() : english ? "Moderator" : "主持人";
                    default -> fromHeader(label.name());
                };
        if (name != null && !seen.containsKey(name)) {
            Speaker.Role role =
                    label.role() == Role.HOST ? Speaker.Role.HOST : Speaker.Role.ANSWERER;
            seen.put(name, new Speaker(name, label.title(), role));
        }
        return name;
    }

    /**
     * True for a question label, or the label of the interviewer the header names ("REED:" for "Tom
     * Reed").
     */
    boolean asks(SpeakerLabel label) {
        return label.asks()
                || label.role() == Role.SPEAKER
                        && header.interviewer() != null
                        && header.interviewer().equals(fromHeader(label.name()));
    }

    /**
     * The asker of a question label: the outlet, else the header's interviewer, else a reporter.
     */
    String asker(SpeakerLabel label) {
        String asker =
                label.role() == Role.SPEAKER
                        ? fromHeader(label.name())
                        : label.name() != null
                                ? label.name()
                                : header.interviewer() != null
                                        ? header.interviewer()
                                        : english ? "QUESTION" : "记者";
        if (label.name() != null) {
            seen.putIfAbsent(asker, new Speaker(asker, null, Speaker.Role.ASKER));
        }
        return asker;
    }

    boolean isHost(String name, SpeakerLabel label) {
        return label.role() == Role.HOST || hosts.contains(name);
    }

    void answered(String name) {
        lastAnswerer = name;
    }

    /** Every speaker named, hosts marked as such. */
    List<Speaker> all() {
        List<Speaker> out = new ArrayList<>();
        for (Speaker s : seen.values()) {
            out.add(
                    hosts.contains(s.name())
                            ? new Speaker(s.name(), s.title(), Speaker.Role.HOST)
                            : s);
        }
        return out;
    }

    /**
     * A surname in capitals ("Holloway") becomes the header's full name ("Ellis Holloway") when it
     * names them.
     */
    private String fromHeader(String name) {
        if (name == null) {
            return null;
        }
        for (Speaker p : header.people()) {
            String full = p.name().toLowerCase(Locale.ROOT);
            String n = name.toLowerCase(Locale.ROOT);
            if (full.equals(n) || full.endsWith(" " + n)) {
                return p.name();
            }
        }
        return name;
    }
}
