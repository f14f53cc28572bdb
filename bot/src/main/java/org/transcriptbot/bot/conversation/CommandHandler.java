package org.transcriptbot.bot.conversation;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transcriptbot.bot.messages.Messages;
import org.transcriptbot.bot.messages.QuoteMessage;
import org.transcriptbot.bot.messages.SourceMessage;
import org.transcriptbot.bot.messages.StatsMessage;
import org.transcriptbot.bot.messages.TopicList;
import org.transcriptbot.bot.messages.UserText;
import org.transcriptbot.bot.metrics.Metrics;
import org.transcriptbot.bot.render.RichText;
import org.transcriptbot.index.Library;
import org.transcriptbot.index.semantic.DenseVectors;
import org.transcriptbot.index.semantic.EmbeddingProgress;
import org.transcriptbot.index.verify.QuoteCheck;

/**
 * The commands: /start, /help, /ask, /quote, /topics, /source, and for administrators /stats and
 * /reload.
 */
final class CommandHandler {
    private static final Logger LOG = LoggerFactory.getLogger(CommandHandler.class);

    private final ConversationState state;
    private final QuestionHandler questions;

    CommandHandler(ConversationState state, QuestionHandler questions) {
        this.state = state;
        this.questions = questions;
    }

    List<Outgoing> handle(
            Incoming.ChatMessage m, Addressing.Command cmd, LiveLibrary.Lease lease, Messages msg) {
        return switch (cmd.name()) {
            case "start" -> start(m, msg);
            case "help" -> QuestionHandler.reply(m, msg.get("help", state.username()));
            case "ask" -> questions.ask(m, cmd.args(), lease, msg);
            case "quote", "verify" -> quote(m, cmd.args(), lease, msg);
            case "topics" -> topics(m, lease.library(), msg);
            case "source", "sources" ->
                    send(
                            m,
                            SourceMessage.of(
                                    lease.library().transcripts(),
                                    lease.library().warnings(),
                                    msg));
            case "stats" ->
                    state.isAdmin(m.from())
                            ? send(m, stats(lease.library(), msg))
                            : QuestionHandler.reply(m, msg.get("admin.only"));
            case "reload" ->
                    state.isAdmin(m.from())
                            ? reload(m, msg)
                            : QuestionHandler.reply(m, msg.get("admin.only"));
            default ->
                    !m.privateChat() && cmd.target() == null
                            ? List.of() // another bot's command in a group
                            : QuestionHandler.reply(
                                    m,
                                    msg.get(
                                            "command.unknown",
                                            "/" + UserText.echo(cmd.name(), 40)));
        };
    }

    private static List<Outgoing> send(Incoming.ChatMessage m, RichText text) {
        return List.of(Outgoing.Send.answering(m, text, List.of()));
    }

    private List<Outgoing> start(Incoming.ChatMessage m, Messages msg) {
        List<String> examples = msg.list("example");
        RichText.Builder b =
                RichText.builder()
                        .bold(msg.get("welcome.title"))
                        .text("\n")
                        .text(msg.get("welcome.body"));
        examples.forEach(e -> b.text("\n• ").text(e));
        return List.of(
                Outgoing.Send.answering(m, b.build(), Keyboards.examples(examples, msg.lang())));
    }

    /** The quote after /quote, or the text of the message replied to. */
    private List<Outgoing> quote(
            Incoming.ChatMessage m, String args, LiveLibrary.Lease lease, Messages msg) {
        String text = args;
        if (text.isBlank() && m.replyTo() != null) {
            if (m.replyTo().text() == null || m.replyTo().text().isBlank()) {
                return QuestionHandler.reply(m, msg.get("quote.noText"));
            }
            text = m.replyTo().text();
        }
        if (text.isBlank()) {
            return QuestionHandler.reply(m, msg.get("quote.what"));
        }
        List<Outgoing> limited = questions.overLimit(m, msg);
        if (limited != null) {
            return limited;
        }
        state.counters.quotes.incrementAndGet();
        QuoteCheck check = lease.library().verify(text);
        Metrics.quoteChecked(check.isValid() ? check.verdict().name() : "INVALID");
        RichText verdict = QuoteMessage.of(check, msg);
        return List.of(
                new Outgoing.Typing(m.chatId(), m.threadId()),
                Outgoing.Send.answering(m, verdict, List.of()));
    }

    static List<Outgoing> topics(Incoming.ChatMessage m, Library lib, Messages msg) {
        List<TopicList.Topic> topics = TopicList.of(lib.transcripts());
        return List.of(
                Outgoing.Send.answering(
                        m, TopicList.message(topics, msg), Keyboards.topics(topics, msg)));
    }

    private RichText stats(Library lib, Messages msg) {
        return StatsMessage.of(state.counters.snapshot(), search(lib), state.delivery(), msg);
    }

    /** The collection and how it is ranked now (the background embedding's progress). */
    static StatsMessage.Search search(Library lib) {
        long passages = lib.index().passages().size();
        DenseVectors vectors = lib.index().vectors();
        if (vectors == null) {
            return new StatsMessage.Search(
                    lib.transcripts().size(),
                    passages,
                    StatsMessage.Ranking.OFF,
                    0,
                    0,
                    0,
                    Double.NaN,
                    null);
        }
        EmbeddingProgress p = vectors.progress();
        StatsMessage.Ranking ranking =
                switch (p.state()) {
                    case MATCHING -> StatsMessage.Ranking.MATCHING;
                    case EMBEDDING -> StatsMessage.Ranking.EMBEDDING;
                    case READY -> StatsMessage.Ranking.HYBRID;
                    case FAILED -> StatsMessage.Ranking.FAILED;
                };
        return new StatsMessage.Search(
                lib.transcripts().size(),
                passages,
                ranking,
                p.done(),
                p.total(),
                p.perSecond(),
                p.secondsLeft(),
                p.problem());
    }

    /**
     * Starts a reload in the background and answers at once; the outcome is sent when it is known.
     * Questions meanwhile are answered from the current library.
     */
    private List<Outgoing> reload(Incoming.ChatMessage m, Messages msg) {
        boolean running = state.library.reloadRunning();
        state.replyLater(
                state.library.reload(),
                (lib, failure) ->
                        QuestionHandler.reply(
                                m,
                                failure == null
                                        ? msg.get(
                                                "reload.done",
                                                lib.transcripts().size(),
                                                lib.transcripts().stream()
                                                        .mapToInt(t -> t.passages().size())
                                                        .sum())
                                        : msg.get(
                                                "reload.failed",
                                                UserText.clean(failure.getMessage()))));
        LOG.info("Reload asked for by administrator {}", m.from().id());
        return QuestionHandler.reply(m, msg.get(running ? "reload.busy" : "reload.started"));
    }
}
