package org.transcriptbot.index.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.model.TranscriptMeta;
import org.transcriptbot.index.model.TurnKind;

/**
 * Loads transcripts: the bundled one (inside the jar) or every {@code *.txt} of a folder, each with
 * its optional sidecar {@code NAME.meta.json} ({"title", "date", "occasion", "source"}). A file
 * that cannot be read is skipped with a warning that names it; a folder with nothing readable is an
 * error.
 */
public final class TranscriptLoader {
    private static final String BUNDLED = "/org/transcriptbot/index/transcripts/";
    private static final Pattern DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final org.slf4j.Logger LOG =
            org.slf4j.LoggerFactory.getLogger(TranscriptLoader.class);

    private final TranscriptParser parser = new TranscriptParser();
    private Stored stored = Stored.NOTHING;

    /**
     * Parse results kept by an earlier run (an on-disk index's), looked up before a file is parsed.
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
        List<Transcript> out = new ArrayList<>();
        List<String> names;
        try (InputStream in =
                TranscriptLoader.class.getResourceAsStream(BUNDLED + "bundled.list")) {
            if (in == null) {
                throw new TranscriptException(
                        "The bundled transcript list is missing from the jar.");
            }
            names =
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList();
        } catch (IOException e) {
            throw new TranscriptException(
                    "The bundled transcripts could not be read: " + e.getMessage(), e);
        }
        for (String name : names) {
            byte[] text = resource(BUNDLED + name);
            byte[] meta = resource(BUNDLED + baseName(name) + ".meta.json");
            if (text == null) {
                throw new TranscriptException(
                        "The bundled transcript " + name + " is missing from the jar.");
            }
            out.add(parse(name, text, meta));
        }
        return new Result(out, List.of());
    }

    public Result loadDirectory(Path dir) throws TranscriptException {
        if (!Files.isDirectory(dir)) {
            throw new TranscriptException(
                    "The transcripts folder " + dir + " does not exist or is not a folder.");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files =
                    s.filter(
                                    p ->
                                            p.getFileName().toString().endsWith(".txt")
                                                    && Files.isRegularFile(p))
                            .sorted()
                            .toList();
        } catch (IOException e) {
            throw new TranscriptException(
                    "The transcripts folder " + dir + " cannot be listed: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new TranscriptException("The transcripts folder " + dir + " has no *.txt files.");
        }
        Progress progress = new Progress(files.size());
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

    /**
     * One file's transcript, or the sentence saying why it was skipped (or how it was read with
     * loss).
     */
    private record Outcome(Transcript transcript, String warning) {}

    private Outcome read(Path file) {
        try {
            byte[] text = Files.readAllBytes(file);
            Path metaFile =
                    file.resolveSibling(baseName(file.getFileName().toString()) + ".meta.json");
            byte[] meta = Files.isRegularFile(metaFile) ? Files.readAllBytes(metaFile) : null;
            String brokenMeta = null;
            if (meta != null
                    && !isJson(meta)) { // a broken sidecar costs the title and date, not the
                // transcript
                brokenMeta =
                        metaFile.getFileName()
                                + " is not valid JSON; "
                                + file.getFileName()
                                + " is loaded with the title and date guessed from its text and name.";
                meta = null;
            }
            String name = file.getFileName().toString();
            Transcript t = stored.find(name, text, meta);
            if (t == null) {
                t = parse(name, text, meta);
                stored.keep(name, text, meta, t);
            }
            boolean plain = t.turns().size() == 1 && t.turns().get(0).kind() == TurnKind.TEXT;
            String noTurns =
                    plain
                            ? file.getFileName()
                                    + " has no recognisable speaker turns; it is searched as plain paragraphs."
                            : null;
            return new Outcome(
                    t,
                    brokenMeta == null
                            ? noTurns
                            : noTurns == null ? brokenMeta : brokenMeta + " " + noTurns);
        } catch (TranscriptException e) {
            return new Outcome(null, e.getMessage() + " Skipped.");
        } catch (IOException e) {
            return new Outcome(
                    null,
                    file.getFileName() + " cannot be read (" + e.getMessage() + "). Skipped.");
        }
    }

    /**
     * Logs how far reading has got, at most every five seconds, from whichever thread finishes a
     * file.
     */
    private static final class Progress {
        private final int total;
        private final long start = System.nanoTime();
        private final java.util.concurrent.atomic.AtomicInteger done =
                new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicLong lastReport =
                new java.util.concurrent.atomic.AtomicLong(start);

        Progress(int total) {
            this.total = total;
        }

        void done() {
            int n = done.incrementAndGet();
            long now = System.nanoTime();
            long last = lastReport.get();
            if (now - last > 5_000_000_000L && lastReport.compareAndSet(last, now)) {
                double rate = n / ((now - start) / 1e9);
                LOG.info(
                        String.format(
                                "Read %d/%d transcripts, %.0f a second, about %.0f s left",
                                n, total, rate, (total - n) / Math.max(rate, 1e-9)));
            }
        }
    }

    /** Parses one transcript from its bytes; meta may be null. */
    public Transcript parse(String fileName, byte[] text, byte[] meta) throws TranscriptException {
        String id = baseName(fileName);
        String title = null;
        String date = null;
        String occasion = null;
        String source = null;
        if (meta != null) {
            try {
                JsonNode node = JSON.readTree(meta);
                title = text(node, "title");
                date = text(node, "date");
                occasion = text(node, "occasion");
                source = text(node, "source");
            } catch (IOException e) {
                throw new TranscriptException(
                        "The metadata of "
                                + fileName
                                + " ("
                                + id
                                + ".meta.json) is not valid JSON.",
                        e);
            }
        }
        Transcript t =
                parser.parse(new TranscriptMeta(id, title, date, occasion, source, fileName), text);
        // the sidecar wins, then the transcript's own header (read by the parser), then the file
        // name
        if (t.meta().date() == null || t.meta().title() == null) {
            Matcher m = DATE.matcher(fileName);
            t =
                    t.withMeta(
                            new TranscriptMeta(
                                    id,
                                    t.meta().title() == null ? id : t.meta().title(),
                                    t.meta().date() != null
                                            ? t.meta().date()
                                            : m.find() ? m.group(1) : null,
                                    occasion,
                                    source,
                                    fileName));
        }
        return t;
    }

    private static boolean isJson(byte[] bytes) {
        try {
            return JSON.readTree(bytes).isObject();
        } catch (IOException e) {
            return false;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
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

    private static String baseName(String fileName) {
        return fileName.endsWith(".txt") ? fileName.substring(0, fileName.length() - 4) : fileName;
    }
}
