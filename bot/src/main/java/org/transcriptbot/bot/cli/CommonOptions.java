package org.transcriptbot.bot.cli;

import java.nio.file.Path;
import java.util.Map;
import org.transcriptbot.bot.config.BotConfig;
import org.transcriptbot.bot.config.ConfigException;
import org.transcriptbot.bot.app.BotWiring;
import org.transcriptbot.bot.conversation.LiveLibrary;
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

    BotConfig config() throws ConfigException {
        return BotConfig.load(config, env());
    }

    LiveLibrary library() throws ConfigException, TranscriptException {
        return BotWiring.loadedLibrary(config(), transcripts);
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
