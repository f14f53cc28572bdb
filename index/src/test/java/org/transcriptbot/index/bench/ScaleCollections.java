package org.transcriptbot.index.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.transcriptbot.index.Fixtures;

/**
 * Synthetic collections with distinct text: each transcript is the shipped one with its Q&A turns
 * shuffled and about 4 % of the Chinese characters of every line (speaker labels kept) replaced by
 * other characters of the transcript, drawn by a generator seeded with the transcript's number.
 * Every passage text then differs from every other transcript's, so neither near-duplicate grouping
 * nor stored vectors can hide work (the older runs repeated 37 texts). Generation is deterministic:
 * a rerun gives the same files.
 */
final class ScaleCollections {
    private static final double REPLACED = 0.04;

    private ScaleCollections() {}

    /** Writes n transcripts (and their metadata) into dir, unless they are already there. */
    static void generate(Path dir, int n) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.count() == 2L * n) {
                    return;
                }
            }
        }
        Files.createDirectories(dir);
        String raw = Fixtures.rawText();
        String[] blocks = raw.split("\\n(?=[^\\n]{1,30}记者：)");
        int[] han =
                raw.codePoints()
                        .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                        .toArray();
        IntStream.range(0, n)
                .parallel()
                .forEach(
                        i -> {
                            Random r = new Random(42L + i);
                            List<String> turns =
                                    new ArrayList<>(
                                            Arrays.asList(blocks).subList(1, blocks.length));
                            Collections.shuffle(turns, r);
                            String text = vary(blocks[0] + "\n" + String.join("\n", turns), han, r);
                            String id =
                                    String.format(
                                            "%s-synthetic-%05d",
                                            java.time.LocalDate.of(2000, 1, 1).plusDays(i), i);
                            try {
                                Files.writeString(
                                        dir.resolve(id + ".txt"), text, StandardCharsets.UTF_8);
                                Files.writeString(
                                        dir.resolve(id + ".meta.json"),
                                        "{\"title\": \"合成实录 "
                                                + i
                                                + "\", \"source\": \"scale run\"}",
                                        StandardCharsets.UTF_8);
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        });
    }

    /** Replaces a share of each line's Chinese characters after its speaker label (if any). */
    static String vary(String text, int[] han, Random r) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            int colon = line.indexOf('：');
            int from = colon >= 0 && colon <= 30 ? colon + 1 : 0;
            out.append(line, 0, from);
            line.substring(from)
                    .codePoints()
                    .forEach(
                            c ->
                                    out.appendCodePoint(
                                            Character.UnicodeScript.of(c)
                                                                    == Character.UnicodeScript.HAN
                                                            && r.nextDouble() < REPLACED
                                                    ? han[r.nextInt(han.length)]
                                                    : c));
            out.append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }
}
