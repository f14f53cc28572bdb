package org.transcriptbot.bot.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.transcriptbot.bot.conversation.Conversation;
import org.transcriptbot.bot.conversation.Incoming;
import org.transcriptbot.bot.conversation.Outgoing;
import org.transcriptbot.bot.messages.Lang;
import org.transcriptbot.bot.messages.Messages;
import org.transcriptbot.bot.render.PlainRenderer;

/**
 * The bot on a terminal: each line is a private message (commands included), answers are the same
 * as on Telegram, rendered as plain text. Buttons are numbered: type #1, #2… to press one; a button
 * keeps its number while its message is paged. Reads standard input line by line, so it can be
 * scripted (echo "问题" | java -jar … console).
 */
public final class ConsoleChat {
    private static final long CHAT = 1;

    private final Conversation conversation;
    private final BufferedReader in;
    private final PrintWriter out;
    private final boolean interactive;
    private final Incoming.Sender user;
    private final Messages messages;
    private final ButtonNumbers buttons = new ButtonNumbers();
    private int lastMessageId;
    private String lastText;
    private long updateId;

    public ConsoleChat(
            Conversation conversation,
            BufferedReader in,
            PrintWriter out,
            boolean interactive,
            String language) {
        this.conversation = conversation;
        this.in = in;
        this.out = out;
        this.interactive = interactive;
        this.user = new Incoming.Sender(CHAT, "console", false, language);
        this.messages = Messages.of(Lang.of(language, Lang.ZH));
        conversation.replyLaterWith(this::print);
    }

    public void run() throws IOException {
        if (interactive) {
            out.println(messages.get("console.intro"));
            prompt();
        }
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String text = line.strip();
            if (!text.isEmpty()) {
                handle(text);
            }
            if (interactive) {
                prompt();
            }
            flush();
        }
        conversation.awaitLaterReplies();
        if (interactive) {
            out.println();
        }
        flush();
    }

    private synchronized void prompt() {
        out.print("> ");
        out.flush();
    }

    private synchronized void flush() {
        out.flush();
    }

    void handle(String text) {
        updateId++;
        if (text.matches("#\\d{1,3}")) {
            int n = Integer.parseInt(text.substring(1));
            Outgoing.Button b = buttons.pressed(n);
            if (b == null) {
                say(messages.get("console.noButton", n));
                return;
            }
            print(
                    conversation.handle(
                            new Incoming.ButtonPress(
                                    updateId,
                                    "cb" + updateId,
                                    user,
                                    CHAT,
                                    lastMessageId,
                                    true,
                                    b.data(),
                                    lastText)));
        } else {
            print(
                    conversation.handle(
                            new Incoming.ChatMessage(
                                    updateId,
                                    CHAT,
                                    true,
                                    user,
                                    (int) updateId,
                                    null,
                                    text,
                                    List.of(),
                                    null,
                                    false)));
        }
    }

    private synchronized void print(List<Outgoing> replies) {
        for (Outgoing a : replies) {
            if (a instanceof Outgoing.Send s) {
                show(PlainRenderer.render(s.text()), buttons.forNewMessage(s.buttons()));
                lastMessageId = (int) updateId;
                lastText = s.text().plainText();
            } else if (a instanceof Outgoing.Edit e) {
                show(PlainRenderer.render(e.text()), buttons.forEditedMessage(e.buttons()));
                lastText = e.text().plainText();
            } else if (a instanceof Outgoing.AnswerButton b && b.text() != null) {
                say("(" + b.text() + ")");
            }
        }
        out.flush();
    }

    private synchronized void say(String line) {
        out.println(line);
    }

    private void show(String text, String buttonLine) {
        out.println(text.stripTrailing());
        if (!buttonLine.isEmpty()) {
            out.println(buttonLine);
        }
        out.println();
    }
}
