package org.transcriptbot.bot.messages;

import java.util.List;

/** The command menu Telegram shows beside the message field (setMyCommands), in each language. */
public final class CommandMenuText {
    /** The commands offered in the menu, in order (admin commands are left out). */
    public static final List<String> COMMANDS = List.of("ask", "quote", "topics", "source", "help");

    /** A command without its slash and its one-line description. */
    public record Entry(String command, String description) {}

    private CommandMenuText() {}

    public static List<Entry> of(Lang lang) {
        Messages m = Messages.of(lang);
        return COMMANDS.stream().map(c -> new Entry(c, m.get("menu." + c))).toList();
    }
}
