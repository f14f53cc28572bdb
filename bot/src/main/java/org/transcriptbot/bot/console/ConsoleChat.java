package org.transcriptbot.bot.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.transcriptbot.bot.core.Action;
import org.transcriptbot.bot.core.Incoming;
import org.transcriptbot.bot.core.Router;
import org.transcriptbot.bot.render.PlainRenderer;

/**
 * The bot on a terminal: each line is a private message (commands included), answers are the same as on
 * Telegram, rendered as plain text. Buttons are numbered: type #1, #2… to press one. Reads standard input line
 * by line, so it can be scripted (echo "问题" | java -jar … console).
 */
public final class ConsoleChat {
    private static final long CHAT = 1;

    private final Router router;
    private final BufferedReader in;
    private final PrintWriter out;
    private final boolean interactive;
    private final Incoming.Sender user;
    private List<Action.Button> buttons = new ArrayList<>();
    private int lastMessageId;
    private String lastText;
    private long updateId;

    public ConsoleChat(Router router, BufferedReader in, PrintWriter out, boolean interactive, String language) {
        this.router = router;
        this.in = in;
        this.out = out;
        this.interactive = interactive;
        this.user = new Incoming.Sender(CHAT, "console", false, language);
    }

    public void run() throws IOException {
        if (interactive) {
            out.println("transcript-bot console — type a question, /help for commands, #N to press button N, Ctrl-D to quit.");
            out.print("> ");
            out.flush();
        }
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String text = line.strip();
            if (!text.isEmpty()) {
                handle(text);
            }
            if (interactive) {
                out.print("> ");
            }
            out.flush();
        }
        if (interactive) {
            out.println();
        }
        out.flush();
    }

    void handle(String text) {
        updateId++;
        List<Action> actions;
        if (text.matches("#\\d{1,3}")) {
            int n = Integer.parseInt(text.substring(1));
            if (n < 1 || n > buttons.size()) {
                out.println("(no button #" + n + ")");
                return;
            }
            actions = router.handle(new Incoming.ButtonPress(updateId, "cb" + updateId, user, CHAT, lastMessageId, true,
                    buttons.get(n - 1).data(), lastText));
        } else {
            actions = router.handle(new Incoming.ChatMessage(updateId, CHAT, true, user, (int) updateId, null, text,
                    List.of(), null, false));
        }
        for (Action a : actions) {
            print(a);
        }
    }

    private void print(Action a) {
        if (a instanceof Action.Send s) {
            show(PlainRenderer.render(s.doc()), s.buttons());
            lastMessageId = (int) updateId;
            lastText = s.doc().plainText();
        } else if (a instanceof Action.Edit e) {
            show(PlainRenderer.render(e.doc()), e.buttons());
            lastText = e.doc().plainText();
        } else if (a instanceof Action.AnswerButton b && b.text() != null) {
            out.println("(" + b.text() + ")");
        }
    }

    private void show(String text, List<List<Action.Button>> rows) {
        out.println(text.stripTrailing());
        List<Action.Button> flat = new ArrayList<>();
        rows.forEach(flat::addAll);
        if (!flat.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < flat.size(); i++) {
                sb.append(i == 0 ? "" : "  ").append('#').append(i + 1).append(' ').append(flat.get(i).label());
            }
            out.println(sb);
            buttons = flat;
        }
        out.println();
    }
}
