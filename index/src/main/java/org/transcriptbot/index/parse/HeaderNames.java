package org.transcriptbot.index.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.transcriptbot.index.model.Speaker;
import org.transcriptbot.index.parse.LineReader.Fragment;

/**
 * Labels that only the header makes readable: a single surname in ordinary case ("Whitfield: On
 * June 14, …") is no label by its shape alone ("Example:", "Yes:" look the same), but it is one
 * when the header names that person ("Q&A: Harbour Commissioner Dana Whitfield on …", "By Sam
 * Ortiz").
 */
final class HeaderNames {
    private static final Pattern WORD_LABEL =
            Pattern.compile("^([A-Z][a-z'\\-]+)\\s*[:：]\\s*(.*)$");

    private HeaderNames() {}

    /**
     * The fragments (at least one) with each line after the first that opens with a header person's
     * surname labelled.
     */
    static List<Fragment> relabel(List<Fragment> fragments) {
        Set<String> surnames = surnames(header(fragments));
        if (surnames.isEmpty()) {
            return fragments;
        }
        List<Fragment> out = new ArrayList<>(fragments.size());
        out.add(fragments.get(0)); // the title line
        for (Fragment f : fragments.subList(1, fragments.size())) {
            Matcher m = WORD_LABEL.matcher(f.text());
            boolean named =
                    f.label() == null
                            && m.matches()
                            && surnames.contains(m.group(1).toLowerCase(Locale.ROOT));
            out.add(
                    named
                            ? new Fragment(
                                    m.group(2),
                                    f.line(),
                                    new SpeakerLabel(
                                            SpeakerLabel.Role.SPEAKER,
                                            m.group(1),
                                            null,
                                            m.group(2)))
                            : f);
        }
        return out;
    }

    private static Header header(List<Fragment> fragments) {
        return Header.read(
                fragments.stream().takeWhile(f -> f.label() == null).map(Fragment::text).toList());
    }

    private static Set<String> surnames(Header header) {
        Set<String> out = new HashSet<>();
        for (Speaker p : header.people()) {
            String[] words = p.name().split("\\s+");
            if (words.length > 1) {
                out.add(words[words.length - 1].toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
