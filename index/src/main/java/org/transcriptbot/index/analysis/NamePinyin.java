package org.transcriptbot.index.analysis;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pinyin of Chinese names (王毅: "wang yi"), by ICU's Han-Latin/Names transliteration, remembered
 * from one start to the next. Building ICU's transliterator costs about half a second of CPU (and
 * its compiled code more), while a collection's speakers rarely change: a warm start that finds
 * every name's pinyin in the file beside its index never builds it. A name's pinyin depends only on
 * the name, the rules and ICU's version; the file is headed by the rules and the version, and a
 * file with another head (ICU upgraded, rules changed) is ignored and rewritten, so it can never
 * serve pinyin the transliterator would not give. Written here rather than with a cache library: it
 * is one small text file, read once and rewritten whole when a name was added. Thread-safe.
 */
public final class NamePinyin {
    private static final Logger LOG = LoggerFactory.getLogger(NamePinyin.class);

    /** The file's name in an on-disk index folder. */
    public static final String FILE = "names-pinyin.txt";

    /** The transliteration: names' readings, then plain ASCII, lower case. */
    static final String RULES = "Han-Latin/Names; Latin-ASCII; Lower";

    /** The first line of the file: what its pinyin depends on besides the names. */
    static final String HEAD =
            "# transcript-bot name pinyin; rules: " + RULES + "; ICU " + VersionInfo.ICU_VERSION;

    private final Map<String, String> known = new ConcurrentHashMap<>();
    private final AtomicBoolean added = new AtomicBoolean();

    private NamePinyin() {}

    /** Nothing remembered: every name is transliterated. */
    public static NamePinyin empty() {
        return new NamePinyin();
    }

    /**
     * The pinyin remembered in a file (none when it is missing, unreadable or headed by other rules
     * or another ICU).
     */
    public static NamePinyin read(Path file) {
        NamePinyin out = new NamePinyin();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEAD)) {
                LOG.info("Name pinyin in {} is from other rules or ICU; it is rebuilt", file);
                return out;
            }
            for (String line : lines.subList(1, lines.size())) {
                int tab = line.indexOf('\t');
                if (tab > 0 && tab == line.lastIndexOf('\t')) {
                    out.known.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        } catch (NoSuchFileException e) {
            // first start: nothing remembered yet
        } catch (IOException | RuntimeException e) {
            LOG.warn("Name pinyin in {} cannot be read ({}); it is rebuilt", file, e.toString());
        }
        return out;
    }

    /**
     * Whether an index folder has remembered pinyin (a warm start: the transliterator is not built
     * ahead).
     */
    public static boolean storedIn(Path indexDir) {
        return indexDir != null && Files.isRegularFile(indexDir.resolve(FILE));
    }

    /** The pinyin remembered in an index folder, read; written back by {@link #keepIn}. */
    public static NamePinyin readFrom(Path indexDir) {
        return indexDir == null ? empty() : read(indexDir.resolve(FILE));
    }

    /** Writes the pinyin into an index folder if a name was added (a failure is only logged). */
    public void keepIn(Path indexDir) {
        if (indexDir == null || !changed()) {
            return;
        }
        try {
            write(indexDir.resolve(FILE));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Name pinyin could not be kept in {} ({})", indexDir, e.toString());
        }
    }

    /** A name's pinyin, transliterated (and remembered) if it is not known yet. */
    public String of(String name) {
        String pinyin = known.get(name);
        if (pinyin == null) {
            pinyin = Icu.transliterate(name);
            if (known.putIfAbsent(name, pinyin) == null) {
                added.set(true);
            }
        }
        return pinyin;
    }

    /** Whether a name was transliterated since reading (the file needs writing). */
    public boolean changed() {
        return added.get();
    }

    /**
     * Writes every remembered name (sorted, so the same names give the same file), replacing the
     * file in one move.
     */
    public void write(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEAD);
        new TreeMap<>(known).forEach((name, pinyin) -> lines.add(name + "\t" + pinyin));
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        added.set(false);
    }

    /** Builds ICU's transliterator now (on a thread of its own while a cold start reads files). */
    public static void warmUp() {
        Icu.transliterate("王");
    }

    /**
     * Builds ICU's transliterator on a thread of its own (half a second), beside the reading,
     * unless the index folder has the names' pinyin stored (a warm start then never builds it).
     */
    public static void warmUpUnlessStoredIn(Path indexDir) {
        if (!storedIn(indexDir)) {
            Thread names = new Thread(NamePinyin::warmUp, "name-pinyin-warm-up");
            names.setDaemon(true);
            names.start();
        }
    }

    /** ICU's transliterator, built on first use only. */
    private static final class Icu {
        private static final Transliterator PINYIN = Transliterator.getInstance(RULES);

        private Icu() {}

        /** One call at a time: ICU does not promise that a transliterator is thread-safe. */
        static synchronized String transliterate(String name) {
            return PINYIN.transliterate(name).strip();
        }
    }
}
