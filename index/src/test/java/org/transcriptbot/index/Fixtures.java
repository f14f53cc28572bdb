package org.transcriptbot.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.transcriptbot.index.analysis.RuleFiles;
import org.transcriptbot.index.analysis.Synonyms;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.parse.TranscriptException;
import org.transcriptbot.index.parse.TranscriptLoader;

/** The real shipped transcript and config, shared by the tests. */
public final class Fixtures {
    private static Transcript transcript;
    private static Library library;

    private Fixtures() {}

    public static synchronized Transcript transcript() {
        if (transcript == null) {
            try {
                transcript = new TranscriptLoader().loadBundled().transcripts().get(0);
            } catch (TranscriptException e) {
                throw new IllegalStateException(e);
            }
        }
        return transcript;
    }

    public static String rawText() {
        try (InputStream in =
                Fixtures.class.getResourceAsStream(
                        "/org/transcriptbot/index/transcripts/2022-03-07-wang-yi-press-conference.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The project's root folder (where config/ lives). */
    public static Path projectRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("config"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException(
                    "config/ not found above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    /** The dev question sets (the repository's eval/ folder, on the test classpath). */
    public static Path evalFile(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/eval/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Synonyms synonyms() {
        try {
            List<RuleFiles.Rules> files = new java.util.ArrayList<>();
            for (String name : List.of("synonyms.txt", "lexicon.txt")) {
                Path file = projectRoot().resolve("config").resolve(name);
                files.add(new RuleFiles.Rules(Files.readString(file), file.toString()));
            }
            return RuleFiles.parse(files);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A new index of the bundled transcript with the default weights: on disk in indexDir (null: in
     * memory), with the semantic signal (null: lexical only).
     */
    public static org.transcriptbot.index.search.TranscriptIndex index(
            org.transcriptbot.index.semantic.Semantic semantic, Path indexDir) {
        return org.transcriptbot.index.search.TranscriptIndex.build(
                java.util.List.of(transcript()),
                synonyms(),
                org.transcriptbot.index.search.QueryPlanner.Weights.DEFAULT,
                indexDir,
                semantic);
    }

    public static synchronized Library library() {
        if (library == null) {
            library = lexical(java.util.List.of(transcript()));
        }
        return library;
    }

    /** A lexical library in memory, the project's synonyms and lexicon, the default weights. */
    private static Library lexical(java.util.List<Transcript> transcripts) {
        return Library.of(
                transcripts,
                java.util.List.of(),
                new Library.Options(
                        null,
                        synonyms(),
                        org.transcriptbot.index.search.QueryPlanner.Weights.DEFAULT,
                        null));
    }

    private static final java.util.Map<String, Library> EVAL_LIBRARIES = new java.util.HashMap<>();

    /**
     * A lexical library of the transcripts of these evaluation sets (eval/SET/transcripts), with
     * the project's synonyms and lexicon; built once a JVM for each combination.
     */
    public static synchronized Library evalLibrary(String... sets) {
        String key = String.join("+", sets);
        Library lib = EVAL_LIBRARIES.get(key);
        if (lib == null) {
            java.util.List<Transcript> transcripts = new java.util.ArrayList<>();
            for (String set : sets) {
                try {
                    transcripts.addAll(
                            new org.transcriptbot.index.parse.TranscriptLoader()
                                    .loadDirectory(evalFile(set + "/transcripts"))
                                    .transcripts());
                } catch (Exception e) {
                    throw new IllegalStateException("eval set " + set + " could not be read", e);
                }
            }
            lib = lexical(transcripts);
            EVAL_LIBRARIES.put(key, lib);
        }
        return lib;
    }
}
