package org.transcriptbot.index.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.parse.TranscriptLoader;

/**
 * What parsing (with its near-duplicate and repair steps) produced for each file of a transcripts
 * folder, kept in the on-disk index's folder, one file a transcript (TranscriptCodec): a warm start
 * reads unchanged files' transcripts from here instead of parsing them again. An entry is used only
 * for the same file name, bytes (length and CRC-32C of the text and its metadata: a check against
 * edits, not against forgery) and parser build (ParserBuild); entries of files no longer in the
 * folder are removed. All entries are read at once, in parallel, before the folder is read.
 */
public final class ParsedTranscripts implements TranscriptLoader.Stored {
    private static final Logger LOG = LoggerFactory.getLogger(ParsedTranscripts.class);
    private final Path folder;
    private final String parser;
    private final Map<String, ParsedEntry> entries;
    private final AtomicInteger parsed = new AtomicInteger();
    private final AtomicInteger reused = new AtomicInteger();
    private final Set<String> keptNow = ConcurrentHashMap.newKeySet();

    private ParsedTranscripts(Path folder, String parser, Map<String, ParsedEntry> entries) {
        this.folder = folder;
        this.parser = parser;
        this.entries = entries;
    }

    /**
     * The parse results stored in a folder (created if missing); unreadable entries are ignored
     * (parsed again).
     */
    public static ParsedTranscripts open(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".parsed")).toList();
        }
        Map<String, ParsedEntry> entries = new ConcurrentHashMap<>();
        files.parallelStream()
                .forEach(
                        p -> {
                            try {
                                ParsedEntry e = ParsedEntry.read(p);
                                entries.put(e.file(), e);
                            } catch (IOException | RuntimeException e) {
                                LOG.debug(
                                        "Stored parse result {} not readable ({}); the file is parsed again",
                                        p,
                                        e.toString());
                            }
                        });
        return new ParsedTranscripts(folder, ParserBuild.id(), entries);
    }

    @Override
    public Transcript find(String fileName, byte[] text, byte[] meta) {
        Transcript t = stored(fileName, text, meta);
        if (t != null && !keptNow.contains(fileName)) {
            reused.incrementAndGet();
        }
        return t;
    }

    private Transcript stored(String fileName, byte[] text, byte[] meta) {
        ParsedEntry e = entries.get(fileName);
        if (e == null
                || e.size() != text.length
                || !parser.equals(e.parser())
                || e.crc() != crc(text)
                || e.metaCrc() != crc(meta)) {
            return null;
        }
        return e.transcript();
    }

    @Override
    public void keep(String fileName, byte[] text, byte[] meta, Transcript transcript) {
        parsed.incrementAndGet();
        keptNow.add(fileName);
        ParsedEntry e =
                new ParsedEntry(fileName, text.length, crc(text), crc(meta), parser, transcript);
        entries.put(fileName, e);
        try {
            Path target = folder.resolve(entryName(fileName));
            Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
            e.write(tmp);
            Files.move(
                    tmp,
                    target,
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException ex) {
            LOG.warn(
                    "The parse result of {} could not be stored in {}: {}",
                    fileName,
                    folder,
                    ex.getMessage());
        }
    }

    /** Removes the entries of files that are not among these transcripts' files any more. */
    public void keepOnly(Collection<Transcript> transcripts) {
        Set<String> present =
                transcripts.stream().map(t -> t.meta().file()).collect(Collectors.toSet());
        for (String file : List.copyOf(entries.keySet())) {
            if (!present.contains(file)) {
                entries.remove(file);
                try {
                    Files.deleteIfExists(folder.resolve(entryName(file)));
                } catch (IOException ex) {
                    LOG.warn(
                            "The stale parse result of {} could not be removed: {}",
                            file,
                            ex.getMessage());
                }
            }
        }
    }

    /** Files parsed by this store's loader (not found stored, or changed). */
    public int parsedCount() {
        return parsed.get();
    }

    /** Files whose stored parse result was used. */
    public int reusedCount() {
        return reused.get();
    }

    private static String entryName(String fileName) {
        String safe = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        CRC32C c = new CRC32C();
        c.update(fileName.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return (safe.length() > 80 ? safe.substring(0, 80) : safe)
                + "-"
                + HexFormat.of().toHexDigits((int) c.getValue())
                + ".parsed";
    }

    private static long crc(byte[] bytes) {
        if (bytes == null) {
            return -1;
        }
        CRC32C c = new CRC32C();
        c.update(bytes);
        return c.getValue();
    }
}
