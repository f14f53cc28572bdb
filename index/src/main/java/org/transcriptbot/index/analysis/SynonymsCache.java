package org.transcriptbot.index.analysis;

import com.ibm.icu.util.VersionInfo;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.store.InputStreamDataInput;
import org.apache.lucene.store.OutputStreamDataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;
import org.apache.lucene.util.Version;
import org.apache.lucene.util.fst.ByteSequenceOutputs;
import org.apache.lucene.util.fst.FST;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transcriptbot.index.text.CodeHash;

/**
 * The synonym map built from the rule files, kept in the cache folder: building it (about 2,500
 * rules analysed, their reverse forms, Lucene's FST) took half a second of CPU at every start,
 * reading it back a few milliseconds. The file is named by a hash of everything the map depends on:
 * the rules' text, the code that analyses them (this package and the text package, hashed like the
 * parser's build), Lucene's and ICU's versions and this file format; an edited rule file or another
 * build gives another name, so a stale map is never read. A file that cannot be read is built
 * again. Written here: Lucene saves the FST, and the map's word table is a list of words.
 */
public final class SynonymsCache {
    private static final Logger LOG = LoggerFactory.getLogger(SynonymsCache.class);
    private static final String FORMAT = "transcript-bot synonym map 1";
    private static final List<String> CODE =
            List.of("org/transcriptbot/index/analysis/", "org/transcriptbot/index/text/");

    private SynonymsCache() {}

    /**
     * The synonyms of the rule files (RuleFiles.parse): read from cacheDir/synonyms when built
     * before, else built and kept there (cacheDir null: built only). A malformed rule file fails as
     * RuleFiles.parse fails.
     */
    public static Synonyms parse(List<RuleFiles.Rules> files, Path cacheDir) throws IOException {
        if (cacheDir == null || files.isEmpty()) {
            return RuleFiles.parse(files);
        }
        Path folder = cacheDir.resolve("synonyms");
        Path file = folder.resolve(key(files) + ".bin");
        Synonyms read = read(file);
        if (read != null) {
            return read;
        }
        Synonyms built = RuleFiles.parse(files);
        if (built.map() != null && built.map().fst != null) {
            try {
                write(built, folder, file);
            } catch (IOException | RuntimeException e) {
                LOG.info("The synonym map could not be kept in {} ({})", folder, e.toString());
            }
        }
        return built;
    }

    static String key(List<RuleFiles.Rules> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String part :
                    List.of(
                            FORMAT,
                            Version.LATEST.toString(),
                            VersionInfo.ICU_VERSION.toString(),
                            CodeHash.of(Synonyms.class, CODE))) {
                md.update(part.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            for (RuleFiles.Rules r : files) {
                md.update(r.text().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The synonyms in a file written by write (null: none there, or not readable). */
    static Synonyms read(Path file) {
        try (InputStream stream = new BufferedInputStream(Files.newInputStream(file))) {
            InputStreamDataInput in = new InputStreamDataInput(stream);
            if (!FORMAT.equals(in.readString())) {
                return null;
            }
            int rules = in.readVInt();
            int horizontal = in.readVInt();
            int n = in.readVInt();
            BytesRefHash words = new BytesRefHash();
            for (int i = 0; i < n; i++) {
                byte[] word = new byte[in.readVInt()];
                in.readBytes(word, 0, word.length);
                if (words.add(new BytesRef(word)) != i) {
                    return null; // a word twice: not a table this class wrote
                }
            }
            FST<BytesRef> fst =
                    new FST<>(FST.readMetadata(in, ByteSequenceOutputs.getSingleton()), in);
            return Synonyms.of(new SynonymMap(fst, words, horizontal), rules);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            LOG.info("The kept synonym map {} cannot be read ({}); it is built again", file, e);
            return null;
        }
    }

    /** Writes the map to file (a temporary name, then moved), removing maps of other keys. */
    static void write(Synonyms synonyms, Path folder, Path file) throws IOException {
        Files.createDirectories(folder);
        Path tmp = Files.createTempFile(folder, "synonyms", ".part");
        try {
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                OutputStreamDataOutput out = new OutputStreamDataOutput(stream);
                SynonymMap map = synonyms.map();
                out.writeString(FORMAT);
                out.writeVInt(synonyms.size());
                out.writeVInt(map.maxHorizontalContext);
                out.writeVInt(map.words.size());
                BytesRef word = new BytesRef();
                for (int i = 0; i < map.words.size(); i++) {
                    map.words.get(i, word);
                    out.writeVInt(word.length);
                    out.writeBytes(word.bytes, word.offset, word.length);
                }
                map.fst.save(out, out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        try (Stream<Path> old = Files.list(folder)) {
            for (Path p :
                    old.filter(p -> !p.equals(file) && p.toString().endsWith(".bin")).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
