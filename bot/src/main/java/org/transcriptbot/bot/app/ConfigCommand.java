package org.transcriptbot.bot.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.transcriptbot.bot.config.BotConfig;
import org.transcriptbot.bot.config.Setting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "config",
        mixinStandardHelpOptions = true,
        description =
                "The effective settings (file, then environment, over the defaults) and where each came from;"
                        + " the token is never shown. --defaults prints a documented bot.properties with every default.")
public class ConfigCommand implements Callable<Integer> {
    @Mixin CommandContext context;

    @Option(
            names = "--defaults",
            description = "Print the documented default configuration file instead.")
    boolean defaults;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = context.out();
        if (defaults) {
            out.print(defaultsFile());
        } else {
            BotConfig config = context.common().config();
            for (BotConfig.Effective e : config.effective()) {
                out.printf("%-34s = %-28s # %s%n", e.key(), e.value(), e.source());
            }
        }
        out.flush();
        return Exits.OK;
    }

    /**
     * config/bot.properties as generated from the settings table (a test keeps the shipped file
     * equal to it).
     */
    static String defaultsFile() {
        StringBuilder sb = new StringBuilder();
        sb.append(
                        "# transcript-bot configuration. Every key is optional: the values below are the defaults.\n")
                .append(
                        "# Each key can also be set in the environment: TRANSCRIPT_BOT_ and the key in capitals with\n")
                .append(
                        "# dots as underscores (search.results -> TRANSCRIPT_BOT_SEARCH_RESULTS); the environment wins.\n")
                .append(
                        "# The bot token is never written here: set TELEGRAM_BOT_TOKEN, or name a file holding it\n")
                .append(
                        "# with telegram.token.file. `transcript-bot config` shows the settings in effect.\n");
        for (Setting s : Setting.values()) {
            if (s.doc() != null) {
                sb.append('\n');
                for (String line : s.doc().split("\n")) {
                    sb.append("# ").append(line).append('\n');
                }
            }
            sb.append("#   allowed: ")
                    .append(s.type().allowed())
                    .append("; environment: ")
                    .append(String.join(" or ", s.envNames()))
                    .append('\n');
            sb.append(s.key()).append('=').append(s.defaultValue()).append('\n');
        }
        return sb.toString();
    }
}
