package org.transcriptbot.bot.telegram;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import org.transcriptbot.bot.messages.CommandMenuText;
import org.transcriptbot.bot.messages.Lang;

/**
 * Registers the command menu Telegram shows, in English and Chinese (from the interface text). The
 * bot works without it.
 */
final class CommandMenu {
    private static final Logger LOG = LoggerFactory.getLogger(CommandMenu.class);

    private CommandMenu() {}

    static void register(TelegramClient client) {
        try {
            client.execute(SetMyCommands.builder().commands(menu(Lang.EN)).build());
            client.execute(
                    SetMyCommands.builder().commands(menu(Lang.ZH)).languageCode("zh").build());
        } catch (TelegramApiException e) {
            LOG.warn(
                    "The command list could not be registered ({}); the bot works without it",
                    ApiFailure.of(e).reason());
        }
    }

    private static List<BotCommand> menu(Lang lang) {
        return CommandMenuText.of(lang).stream()
                .map(e -> new BotCommand(e.command(), e.description()))
                .toList();
    }
}
