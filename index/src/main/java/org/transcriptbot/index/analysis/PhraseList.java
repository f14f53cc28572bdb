package org.transcriptbot.index.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A list of words and phrases removed from questions (one a line in a resource file, # comments):
 * Chinese ones wherever they stand, longest first; English ones as whole words, case-insensitively
 * ("say" is not removed from "essay"). A Chinese entry written with a trailing {@code $} is a
 * sentence-final particle (吗, 呢, 哈): removed only where no other Chinese character follows, so the
 * 哈 of 哈尔滨 and the 吧 of 酒吧 stay.
 */
public final class PhraseList {
    /** The filler words and phrases of chat questions: how someone asks, not what about. */
    public static final PhraseList FILLERS = load(PhraseList.class, "fillers.txt");

    private static final String FINAL = "$";

    private final List<String> chinese;
    private final Pattern latin;
    private final Pattern particles;

    private PhraseList(List<String> phrases) {
        this.chinese = phrases.stream().filter(p -> !latin(p) && !p.endsWith(FINAL)).toList();
        String finals =
                phrases.stream()
                        .filter(p -> !latin(p) && p.endsWith(FINAL))
                        .map(p -> p.substring(0, p.length() - FINAL.length()))
                        .reduce("", String::concat);
        // a particle followed by nothing Chinese but other particles (吧啊, 吗？, 哈 at the end)
        this.particles =
                finals.isEmpty()
                        ? null
                        : Pattern.compile("[" + finals + "]+(?![\\p{IsHan}&&[^" + finals + "]])");
        List<String> latinPhrases =
                phrases.stream().filter(PhraseList::latin).map(Pattern::quote).toList();
        this.latin =
                latinPhrases.isEmpty()
                        ? null
                        : Pattern.compile(
                                "(?<![\\p{L}\\p{N}])(?:"
                                        + String.join("|", latinPhrases)
                                        + ")(?![\\p{L}\\p{N}])",
                                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The list in a resource next to the given class. */
    public static PhraseList load(Class<?> owner, String resource) {
        return new PhraseList(
                read(owner, resource).stream()
                        .sorted(Comparator.comparingInt(String::length).reversed())
                        .toList());
    }

    /** The lines of a resource next to the given class, without blank lines and # comments. */
    public static List<String> read(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(
                        "The resource " + resource + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean latin(String phrase) {
        return phrase.codePoints().anyMatch(c -> c < 0x2E80 && Character.isLetter(c));
    }

    /** The text with every phrase of the list replaced by a space. */
    public String remove(String text) {
        String out = text;
        for (String p : chinese) {
            out = out.replace(p, " ");
        }
        if (particles != null) {
            out = particles.matcher(out).replaceAll(" ");
        }
        return latin == null ? out : latin.matcher(out).replaceAll(" ");
    }
}
