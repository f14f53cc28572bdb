package org.transcriptbot.bot.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transcriptbot.bot.config.BotConfig;
import org.transcriptbot.bot.config.ConfigException;
import org.transcriptbot.bot.config.Setting;
import org.transcriptbot.bot.conversation.LiveLibrary;
import org.transcriptbot.index.parse.TranscriptException;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every command accepts, and the loading of the settings they name. */
public class CommonOptions {
    private static final Logger LOG = LoggerFactory.getLogger(CommonOptions.class);

    @Option(
            names = "--transcripts",
            scope = ScopeType.INHERIT,
            paramLabel = "DIR",
            description =
                    "Folder of transcripts (*.txt, optional NAME.meta.json). Default: the bundled transcript.")
    Path transcripts;

    @Option(
            names = "--config",
            scope = ScopeType.INHERIT,
            paramLabel = "FILE",
            description =
                    "Configuration file. Default: ./config/bot.properties if present, else built-in defaults.")
    Path config;

    @Option(
            names = "--index-dir",
            scope = ScopeType.INHERIT,
            paramLabel = "DIR",
            description =
                    "Folder of the on-disk index (parse results, Lucene index, vectors). Default: under the cache "
                            + "folder, one per transcripts folder; \"memory\" for none.")
    Path indexDir;

    @Option(
            names = "--encoding",
            scope = ScopeType.INHERIT,
            paramLabel = "CHARSET",
            defaultValue = "UTF-8",
            description = "Encoding of standard input (default UTF-8), e.g. GBK.")
    Charset encoding;

    /**
     * The launcher names the distribution's config file with this property; --config wins over it.
     */
    static final String CONFIG_PROPERTY = "transcript.bot.config";

    /**
     * The settings (file and environment), with the log format they ask for applied and unknown
     * keys warned of.
     */
    BotConfig config() throws ConfigException {
        String launcherFile = System.getProperty(CONFIG_PROPERTY);
        Path file = config != null || launcherFile == null ? config : Path.of(launcherFile);
        Map<String, String> env = env();
        if (indexDir != null) { // --index-dir wins over INDEX_DIR and index.dir
            env = new java.util.HashMap<>(env);
            env.put("INDEX_DIR", indexDir.toString());
        }
        BotConfig loaded = BotConfig.load(file, env);
        LogFormat.apply(loaded.text(Setting.LOGGING_FORMAT));
        loaded.warnings().forEach(LOG::warn);
        return loaded;
    }

    LiveLibrary library() throws ConfigException, TranscriptException {
        return Wiring.loadedLibrary(config(), transcripts);
    }

    /** The loaded library; questionWaiting: a question is in hand (see Wiring.loadedLibrary). */
    LiveLibrary library(boolean questionWaiting) throws ConfigException, TranscriptException {
        return Wiring.loadedLibrary(config(), transcripts, questionWaiting);
    }

    /** Whether standard input already holds something to read (a piped question). */
    static boolean inputWaiting() {
        try {
            return System.in.available() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Standard input as text in --encoding; a byte that is not in it is an error, not a replacement
     * character.
     */
    BufferedReader stdin() {
        return new BufferedReader(
                new InputStreamReader(
                        System.in,
                        encoding.newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    /**
     * Each line of standard input, in order (the batch mode of search and verify); a line whose
     * handling throws is handed to failed and the batch goes on.
     */
    void eachLine(
            PrintWriter err, Consumer<String> handle, BiConsumer<String, RuntimeException> failed)
            throws IOException, Exits.InputException {
        if (System.console() != null) {
            err.println(
                    "Reading standard input, one a line (Ctrl-D ends it; --help shows how to pass it as arguments).");
        }
        LineBatch.run(stdin(), encoding, handle, failed);
    }

    static Map<String, String> env() {
        return System.getenv();
    }
}
