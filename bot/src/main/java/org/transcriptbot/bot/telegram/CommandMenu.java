package org.transcriptbot.bot.telegram;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Registers the command menu Telegram shows, in English and Chinese. The bot works without it. */
final class CommandMenu {
    private static final Logger LOG = LoggerFactory.getLogger(CommandMenu.class);

    private CommandMenu() {
    }

    static void register(TelegramClient client) {
        List<BotCommand> zh = List.of(new BotCommand("ask", "提问：从记者会实录中找答案"),
                new BotCommand("quote", "核对引语是否为原文"),
                new BotCommand("topics", "记者会上的所有提问"),
                new BotCommand("source", "已载入的实录和文本问题"),
                new BotCommand("help", "用法"));
        List<BotCommand> en = List.of(new BotCommand("ask", "Ask: find the answer in the transcript"),
                new BotCommand("quote", "Check whether a quote is verbatim"),
                new BotCommand("topics", "Every question asked at the press conference"),
                new BotCommand("source", "Transcripts loaded and their text problems"),
                new BotCommand("help", "How to use this bot"));
        try {
            client.execute(SetMyCommands.builder().commands(en).build());
            client.execute(SetMyCommands.builder().commands(zh).languageCode("zh").build());
        } catch (TelegramApiException e) {
            LOG.warn("The command list could not be registered ({}); the bot works without it", ApiFailure.of(e).reason());
        }
    }
}
