package org.transcriptbot.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import org.transcriptbot.bot.messages.AnswerMessage;
import org.transcriptbot.bot.messages.Messages;
import org.transcriptbot.bot.messages.TopicList;
import org.transcriptbot.bot.messages.TurnMessage;
import org.transcriptbot.bot.messages.UserText;
import org.transcriptbot.bot.render.RichText;
import org.transcriptbot.index.Library;
import org.transcriptbot.index.model.Location;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.model.Turn;
import org.transcriptbot.index.search.SearchResult;

/**
 * Button presses: paging, the full answer, the question, a topic, an example question, the topic
 * list.
 */
final class ButtonHandler {
    private static final int NOTICE_LENGTH = 190;

    private final ConversationState state;
    private final QuestionHandler questions;

    ButtonHandler(ConversationState state, QuestionHandler questions) {
        this.state = state;
        this.questions = questions;
    }

    List<Outgoing> handle(Incoming.ButtonPress b, LiveLibrary.Lease lease, Messages msg) {
        state.counters.buttons.incrementAndGet();
        Callback c = Callback.decode(b.data());
        List<Outgoing> out = null;
        if (c instanceof Callback.Nothing) {
            out = List.of(ack(b));
        } else if (c instanceof Callback.AskedQuestion q) {
            out = question(b, lease.library().index().passage(q.passageId()), msg);
        } else if (b.chatId() != null && b.messageId() != null) {
            out = inChat(b, c, lease, msg);
        }
        return out != null
                ? out
                : List.of(new Outgoing.AnswerButton(b.callbackId(), msg.get("expired"), true));
    }

    /**
     * Presses that answer in the chat the button is in; null when the button no longer leads
     * anywhere.
     */
    private List<Outgoing> inChat(
            Incoming.ButtonPress b, Callback c, LiveLibrary.Lease lease, Messages msg) {
        if (c instanceof Callback.Page p) {
            return page(b, p, lease.library(), msg);
        }
        if (c instanceof Callback.FullAnswer f) {
            Passage p = lease.library().index().passage(f.passageId());
            return p == null ? null : turn(b, lease.library(), p.location(), msg);
        }
        if (c instanceof Callback.TopicTurn t) {
            return topic(b, lease.library(), t, msg);
        }
        if (c instanceof Callback.Example e) {
            List<String> examples = Messages.of(e.lang()).list("example");
            return e.index() < 0 || e.index() >= examples.size()
                    ? null
                    : example(b, examples.get(e.index()), lease, msg);
        }
        if (c instanceof Callback.Topics) {
            List<Outgoing> out = new ArrayList<>(List.of(ack(b)));
            out.addAll(CommandHandler.topics(asMessage(b, ""), lease.library(), msg));
            return out;
        }
        return null;
    }

    private static Outgoing ack(Incoming.ButtonPress b) {
        return new Outgoing.AnswerButton(b.callbackId(), null, false);
    }

    /**
     * Result p.rank() of the question in place of the message; the question is read back if
     * forgotten.
     */
    private List<Outgoing> page(
            Incoming.ButtonPress b, Callback.Page p, Library lib, Messages msg) {
        String question = state.questions.recall(p.questionToken());
        String token = p.questionToken();
        if (question == null) {
            question = AskedQuestions.fromAnswerText(b.messageText());
            token = question == null ? null : state.questions.remember(question);
        }
        if (question == null) {
            return null;
        }
        SearchResult r = lib.search(question, state.settings.results(), p.rank());
        if (p.rank() < 1 || p.rank() > r.hits().size()) {
            return null;
        }
        RichText text =
                r.answerable()
                        ? AnswerMessage.answer(
                                question, r, p.rank(), state.others(b.privateChat()), msg)
                        : AnswerMessage.declined(question, r, TopicList.of(lib.transcripts()), msg);
        var buttons =
                r.answerable()
                        ? Keyboards.answer(token, r, p.rank(), msg)
                        : Keyboards.declined(msg);
        return List.of(ack(b), new Outgoing.Edit(b.chatId(), b.messageId(), text, buttons));
    }

    private static List<Outgoing> question(Incoming.ButtonPress b, Passage p, Messages msg) {
        if (p == null) {
            return null;
        }
        Location l = p.location();
        String text =
                l.question() == null
                        ? msg.get("no.question")
                        : UserText.abbreviate(
                                msg.get("asked.by", l.asker()) + l.question(), NOTICE_LENGTH);
        return List.of(new Outgoing.AnswerButton(b.callbackId(), text, true));
    }

    private static List<Outgoing> turn(
            Incoming.ButtonPress b, Library lib, Location l, Messages msg) {
        Transcript t =
                lib.transcripts().stream()
                        .filter(x -> x.id().equals(l.transcriptId()))
                        .findFirst()
                        .orElse(null);
        return t == null || l.turn() >= t.turns().size()
                ? null
                : sendTurn(b, t, t.turns().get(l.turn()), msg);
    }

    /** The turn a topic button names, if that transcript still has that question at that place. */
    private static List<Outgoing> topic(
            Incoming.ButtonPress b, Library lib, Callback.TopicTurn key, Messages msg) {
        for (Transcript t : lib.transcripts()) {
            if (Callback.TopicTurn.key(t.id()).equals(key.transcriptKey())
                    && key.turnIndex() >= 0
                    && key.turnIndex() < t.turns().size()) {
                Turn turn = t.turns().get(key.turnIndex());
                if (turn.question() != null
                        && Callback.TopicTurn.key(turn.question()).equals(key.questionKey())) {
                    return sendTurn(b, t, turn, msg);
                }
            }
        }
        return null;
    }

    private static List<Outgoing> sendTurn(
            Incoming.ButtonPress b, Transcript t, Turn turn, Messages msg) {
        List<Outgoing> out = new ArrayList<>(List.of(ack(b)));
        for (RichText part : TurnMessage.of(t, turn, msg)) {
            out.add(
                    new Outgoing.Send(
                            b.chatId(), !b.privateChat(), b.messageId(), null, part, List.of()));
        }
        return out;
    }

    private List<Outgoing> example(
            Incoming.ButtonPress b, String question, LiveLibrary.Lease lease, Messages msg) {
        List<Outgoing> out = new ArrayList<>(List.of(ack(b)));
        out.addAll(questions.ask(asMessage(b, question), question, lease, msg));
        return out;
    }

    /**
     * The press as a message in its chat, so a question asked by button is answered like a typed
     * one.
     */
    private static Incoming.ChatMessage asMessage(Incoming.ButtonPress b, String text) {
        return new Incoming.ChatMessage(
                b.updateId(),
                b.chatId(),
                b.privateChat(),
                b.from(),
                b.messageId(),
                null,
                text,
                List.of(),
                null,
                false);
    }
}
