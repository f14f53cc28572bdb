package org.transcriptbot.index.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/**
 * The filler words and phrases of chat questions (fillers.txt): how someone asks, not what about. Removed from a
 * question before it is searched, longest first.
 */
public final class Fillers {
    private static final List<String> FILLERS = load();

    private Fillers() {
    }

    private static List<String> load() {
        try (InputStream in = Fillers.class.getResourceAsStream("fillers.txt")) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every filler replaced by a space. */
    public static String remove(String text) {
        String out = text;
        for (String f : FILLERS) {
            out = out.replace(f, " ");
        }
        return out;
    }
}
