package org.transcriptbot.index.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.model.TurnKind;

/**
 * Loads transcripts: the bundled one (inside the jar) or every {@code *.txt} of a folder, one file
 * a core, each with its optional sidecar {@code NAME.meta.json} (Sidecar). A file that cannot be
 * read is skipped with a warning that names it; a folder with nothing readable is an error.
 * Unchanged files' transcripts can come from stored parse results instead of being parsed again.
 */
public final class TranscriptLoader {
    private static final String BUNDLED = "/org/transcriptbot/index/transcripts/";
    private static final org.slf4j.Logger LOG =
            org.slf4j.LoggerFactory.getLogger(TranscriptLoader.class);

    private final TranscriptParser parser = new TranscriptParser();
    private Stored stored = Stored.NOTHING;

    /**
     * Parse results kept by an earlier run (an on-disk index's), looked up before a file is parsed.
     * Called from several threads at once.
     */
    public interface Stored {
        Stored NOTHING = new Stored() {};

        /** The stored transcript of this file with exactly these bytes, or null. */
        default Transcript find(String fileName, byte[] text, byte[] meta) {
            return null;
        }

        /** Keeps what parsing a file produced. */
        default void keep(String fileName, byte[] text, byte[] meta, Transcript parsed) {}
    }

    /**
     * Reads unchanged files' transcripts from stored parse results instead of parsing them again.
     */
    public TranscriptLoader reusing(Stored results) {
        this.stored = results;
        return this;
    }

    /** What was loaded, and one sentence for each file that was skipped or repaired with loss. */
    public record Result(List<Transcript> transcripts, List<String> warnings) {
        public Result {
            transcripts = List.copyOf(transcripts);
            warnings = List.copyOf(warnings);
        }
    }

    public Result loadBundled() throws TranscriptException {
        byte[] list = resource(BUNDLED + "bundled.list");
        if (list == null) {
            throw new TranscriptException("The bundled transcript list is missing from the jar.");
        }
        List<Transcript> out = new ArrayList<>();
        for (String name : new String(list, StandardCharsets.UTF_8).lines().toList()) {
            if (name.isBlank()) {
                continue;
            }
            byte[] text = resource(BUNDLED + name.strip());
            if (text == null) {
                throw new TranscriptException(
                        "The bundled transcript " + name.strip() + " is missing from the jar.");
            }
            byte[] meta = resource(BUNDLED + baseName(name.strip()) + ".meta.json");
            out.add(parse(name.strip(), text, meta));
        }
        return new Result(out, List.of());
    }

    /** Every *.txt of a folder, read on all cores, in file-name order. */
    public Result loadDirectory(Path dir) throws TranscriptException {
        List<Path> files = transcriptFiles(dir);
        LoadProgress progress = new LoadProgress(files.size());
        List<Outcome> outcomes =
                files.parallelStream()
                        .map(
                                f -> {
                                    Outcome o = read(f);
                                    progress.done();
                                    return o;
                                })
                        .toList();
        List<Transcript> out = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o.transcript() != null) {
                out.add(o.transcript());
            }
            if (o.warning() != null) {
                warnings.add(o.warning());
            }
        }
        if (out.isEmpty()) {
            throw new TranscriptException(
                    "No transcript in " + dir + " could be read: " + String.join(" ", warnings));
        }
        return new Result(out, warnings);
    }

    private static List<Path> transcriptFiles(Path dir) throws TranscriptException {
        if (!Files.isDirectory(dir)) {
            throw new TranscriptException(
                    "The transcripts folder " + dir + " does not exist or is not a folder.");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files =
                    s.filter(p -> p.getFileName().toString().endsWith(".txt"))
                            .filter(Files::isRegularFile)
                            .sorted()
                            .toList();
        } catch (IOException e) {
            throw new TranscriptException(
                    "The transcripts folder " + dir + " cannot be listed: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new TranscriptException("The transcripts folder " + dir + " has no *.txt files.");
        }
        return files;
    }

    /**
     * One file's transcript, or the sentence saying why it was skipped (or how it was read with
     * loss).
     */
    private record Outcome(Transcript transcript, String warning) {}

    private Outcome read(Path file) {
        String name = file.getFileName().toString();
        try {
            byte[] text = Files.readAllBytes(file);
            Path metaFile = file.resolveSibling(baseName(name) + ".meta.json");
            byte[] meta = Files.isRegularFile(metaFile) ? Files.readAllBytes(metaFile) : null;
            List<String> warnings = new ArrayList<>();
            if (meta != null && !Sidecar.isJson(meta)) {
                // a broken sidecar costs the title and date, not the transcript
                warnings.add(
                        metaFile.getFileName()
                                + " is not valid JSON; "
                                + name
                                + " is loaded with the title and date guessed from its text and name.");
                meta = null;
            }
            Transcript t = stored.find(name, text, meta);
            if (t == null) {
                t = parse(name, text, meta);
                stored.keep(name, text, meta, t);
            }
            if (t.turns().size() == 1 && t.turns().get(0).kind() == TurnKind.TEXT) {
                warnings.add(
                        name
                                + " has no recognisable speaker turns; it is searched as plain paragraphs.");
            }
            return new Outcome(t, warnings.isEmpty() ? null : String.join(" ", warnings));
        } catch (TranscriptException e) {
            return new Outcome(null, e.getMessage() + " Skipped.");
        } catch (IOException e) {
            return new Outcome(null, name + " cannot be read (" + e.getMessage() + "). Skipped.");
        } catch (RuntimeException e) {
            // a fault of ours on one file's text costs that file, never the whole folder
            LOG.warn("Parsing {} failed", name, e);
            return new Outcome(
                    null, name + " could not be parsed (" + e + "); please report it. Skipped.");
        }
    }

    /** Parses one transcript from its bytes; meta (the sidecar's bytes) may be null. */
    public Transcript parse(String fileName, byte[] text, byte[] meta) throws TranscriptException {
        String id = baseName(fileName);
        Sidecar sidecar = Sidecar.read(fileName, meta);
        return sidecar.completed(parser.parse(sidecar.meta(id, fileName), text), id, fileName);
    }

    /**
     * The raw bytes of a bundled transcript file (as named in its meta), or null if the jar has no
     * such file.
     */
    public static byte[] bundledFile(String name) throws TranscriptException {
        return resource(BUNDLED + name);
    }

    private static byte[] resource(String path) throws TranscriptException {
        try (InputStream in = TranscriptLoader.class.getResourceAsStream(path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new TranscriptException(
                    "The bundled resource " + path + " could not be read.", e);
        }
    }

    static String baseName(String fileName) {
        return fileName.endsWith(".txt") ? fileName.substring(0, fileName.length() - 4) : fileName;
    }
}
