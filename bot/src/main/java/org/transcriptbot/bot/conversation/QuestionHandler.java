package org.transcriptbot.bot.conversation;

import java.util.List;
import org.transcriptbot.bot.messages.AnswerMessage;
import org.transcriptbot.bot.messages.Messages;
import org.transcriptbot.bot.messages.TopicList;
import org.transcriptbot.bot.metrics.Metrics;
import org.transcriptbot.bot.render.RichText;
import org.transcriptbot.index.Library;
import org.transcriptbot.index.search.SearchResult;

/**
 * A question (private message, /ask, mention, reply, example button): fair use, search, answer or
 * decline.
 */
final class QuestionHandler {
    private final ConversationState state;

    QuestionHandler(ConversationState state) {
        this.state = state;
    }

    List<Outgoing> ask(
            Incoming.ChatMessage m, String question, LiveLibrary.Lease lease, Messages msg) {
        if (question.isBlank()) {
            return reply(m, msg.get("ask.what"));
        }
        List<Outgoing> limited = overLimit(m, msg);
        if (limited != null) {
            return limited;
        }
        Library lib = lease.library();
        SearchResult r = lib.search(question, state.settings.results(), 1);
        boolean answered = r.answerable() && !r.isEmpty();
        state.counters.question(question, answered);
        Metrics.question(m.privateChat() ? "chat" : "group");
        if (answered) {
            Metrics.answered();
        } else {
            Metrics.declined(r.isEmpty() ? "no_result" : "not_answerable");
        }
        Outgoing typing = new Outgoing.Typing(m.chatId(), m.threadId());
        if (!answered) {
            RichText declined =
                    AnswerMessage.declined(question, r, TopicList.of(lib.transcripts()), msg);
            return List.of(typing, Outgoing.Send.answering(m, declined, Keyboards.declined(msg)));
        }
        String token = state.questions.remember(question);
        RichText answer = AnswerMessage.answer(question, r, 1, state.others(m.privateChat()), msg);
        return List.of(
                typing, Outgoing.Send.answering(m, answer, Keyboards.answer(token, r, 1, msg)));
    }

    /**
     * Null when the user may ask; else the one notice of the window (when to ask again, and that
     * questions sent before then are not answered), or nothing for further questions in that time.
     */
    List<Outgoing> overLimit(Incoming.ChatMessage m, Messages msg) {
        FairUse.Decision d = state.fairUse.check(m.from().id());
        if (d.kind() == FairUse.Kind.ALLOW) {
            return null;
        }
        state.counters.limited.incrementAndGet();
        Metrics.declined("rate_limited");
        if (d.kind() == FairUse.Kind.NOTIFY) {
            return reply(m, msg.get("slow.down", state.fairUse.perMinute(), d.retryInSeconds()));
        }
        return List.of();
    }

    static List<Outgoing> reply(Incoming.ChatMessage m, String text) {
        return List.of(
                Outgoing.Send.answering(m, RichText.builder().text(text).build(), List.of()));
    }
}
