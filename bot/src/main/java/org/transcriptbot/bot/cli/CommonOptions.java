package org.transcriptbot.bot.cli;

import java.nio.file.Path;
import java.util.Map;
import org.transcriptbot.bot.config.BotConfig;
import org.transcriptbot.bot.config.ConfigException;
import org.transcriptbot.bot.core.Engine;
import org.transcriptbot.index.parse.TranscriptException;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every command accepts. */
public class CommonOptions {
    @Option(names = "--transcripts", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Folder of transcripts (*.txt, optional NAME.meta.json). Default: the bundled transcript.")
    Path transcripts;

    @Option(names = "--config", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "Configuration file. Default: ./config/bot.properties if present, else built-in defaults.")
    Path config;

    @Option(names = "--index-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Folder of the on-disk index (parse results, Lucene index, vectors). Default: under the cache "
                    + "folder, one per transcripts folder; \"memory\" for none.")
    Path indexDir;

    BotConfig config() throws ConfigException {
        Map<String, String> env = env();
        if (indexDir != null) {
            env = new java.util.HashMap<>(env);
            env.put("INDEX_DIR", indexDir.toString());
        }
        return BotConfig.load(config, env);
    }

    Engine engine() throws ConfigException, TranscriptException {
        return Engine.start(config(), transcripts);
    }

    /** Each line of standard input (UTF-8), in order: the batch mode of search and verify. */
    static void eachLine(java.util.function.Consumer<String> action) throws java.io.IOException {
        java.io.BufferedReader in = new java.io.BufferedReader(
                new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            action.accept(line);
        }
    }

    static Map<String, String> env() {
        return System.getenv();
    }
}
