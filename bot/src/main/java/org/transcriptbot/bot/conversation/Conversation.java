package org.transcriptbot.bot.conversation;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transcriptbot.bot.messages.Messages;
import org.transcriptbot.bot.messages.StatsMessage;

/**
 * Decides the bot's answer to each thing a user did: a message (a command, or a question when the
 * bot is addressed: any private message, a mention or a reply in a group), a button press or an
 * inline query. It sends nothing itself, so Telegram and the console share it; it does keep state:
 * it counts usage, remembers questions for paging, applies fair use and starts reloads. Replies
 * that are ready only later (a reload's outcome) go to the sink given to {@link #replyLaterWith}.
 */
public final class Conversation {
    private static final Logger LOG = LoggerFactory.getLogger(Conversation.class);

    private final ConversationState state;
    private final QuestionHandler questions;
    private final CommandHandler commands;
    private final ButtonHandler buttons;
    private final InlineHandler inline;

    public Conversation(ConversationSettings settings, LiveLibrary library, LongSupplier clock) {
        this.state = new ConversationState(settings, library, clock);
        this.questions = new QuestionHandler(state);
        this.commands = new CommandHandler(state, questions);
        this.buttons = new ButtonHandler(state, questions);
        this.inline = new InlineHandler(state);
    }

    /** The bot's answer: never throws (a failure becomes a polite error message, logged). */
    public List<Outgoing> handle(Incoming in) {
        Messages msg = state.messages(in.from());
        try (LiveLibrary.Lease lease = state.library.lease()) {
            if (in instanceof Incoming.ChatMessage m) {
                return message(m, lease, msg);
            }
            if (in instanceof Incoming.ButtonPress b) {
                return buttons.handle(b, lease, msg);
            }
            return inline.handle((Incoming.InlineRequest) in, lease, msg);
        } catch (RuntimeException e) {
            LOG.error("Handling update {} failed", in.updateId(), e);
            return failure(in, msg);
        }
    }

    private List<Outgoing> message(Incoming.ChatMessage m, LiveLibrary.Lease lease, Messages msg) {
        if (m.edited() || m.from() == null || m.from().bot()) {
            return List.of();
        }
        if (m.text() == null || m.text().isBlank()) {
            return m.privateChat() ? QuestionHandler.reply(m, msg.get("only.text")) : List.of();
        }
        Addressing.Command cmd = Addressing.command(m.text(), m.entities());
        if (cmd != null) {
            boolean forAnother =
                    cmd.target() != null && !cmd.target().equalsIgnoreCase(state.username());
            return forAnother ? List.of() : commands.handle(m, cmd, lease, msg);
        }
        String question =
                m.privateChat()
                        ? m.text()
                        : Addressing.withoutMention(m, state.username(), state.botId());
        boolean replyToBot =
                m.replyTo() != null
                        && m.replyTo().fromId() != null
                        && m.replyTo().fromId() == state.botId();
        if (question == null && replyToBot) {
            question = m.text();
        }
        return question == null
                ? List.of()
                : questions.ask(m, question, lease, msg); // else group chatter
    }

    private static List<Outgoing> failure(Incoming in, Messages msg) {
        if (in instanceof Incoming.ChatMessage m) {
            return QuestionHandler.reply(m, msg.get("error"));
        }
        if (in instanceof Incoming.ButtonPress b) {
            return List.of(new Outgoing.AnswerButton(b.callbackId(), msg.get("error"), false));
        }
        return List.of(new Outgoing.AnswerInline(((Incoming.InlineRequest) in).id(), List.of(), 0));
    }

    /** Who the bot is (learned from getMe): its mentions and replies to it address it in groups. */
    public void identity(long botId, String username) {
        state.identity(botId, username);
    }

    public String username() {
        return state.username();
    }

    public LiveLibrary library() {
        return state.library;
    }

    /**
     * Where replies go that are ready only after the handler returned (the outcome of a /reload).
     */
    public void replyLaterWith(Consumer<List<Outgoing>> sink) {
        state.replyLaterWith(sink);
    }

    /**
     * Waits until every reply promised for later has gone to its sink (the console, before it
     * exits).
     */
    public void awaitLaterReplies() {
        state.awaitLaterReplies();
    }

    /**
     * The transport's delivery figures, shown by /stats: read each time /stats is asked (the
     * console reports none).
     */
    public void reportDeliveryWith(Supplier<StatsMessage.Delivery> figures) {
        state.reportDeliveryWith(figures);
    }
}
