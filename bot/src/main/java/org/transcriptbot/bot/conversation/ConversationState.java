package org.transcriptbot.bot.conversation;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.transcriptbot.bot.messages.Lang;
import org.transcriptbot.bot.messages.Messages;
import org.transcriptbot.bot.messages.StatsMessage;

/**
 * What the handlers of a conversation share: the settings, the live library, and the state the
 * conversation keeps (questions behind recent answers, usage counters, fair-use windows, the bot's
 * identity, where replies that are ready later go, and the transport's delivery figures).
 */
final class ConversationState {
    final ConversationSettings settings;
    final LiveLibrary library;
    final AskedQuestions questions = new AskedQuestions();
    final UsageCounters counters = new UsageCounters();
    final FairUse fairUse;
    private volatile long botId;
    private volatile String username = "transcript_bot";
    private volatile Consumer<List<Outgoing>> later = replies -> {};
    private volatile Supplier<StatsMessage.Delivery> delivery;
    private final Queue<CompletableFuture<?>> pendingLater = new ConcurrentLinkedQueue<>();

    ConversationState(ConversationSettings settings, LiveLibrary library, LongSupplier clock) {
        this.settings = settings;
        this.library = library;
        this.fairUse = new FairUse(settings.questionsPerMinute(), clock);
    }

    Messages messages(Incoming.Sender s) {
        return Messages.of(Lang.of(s == null ? null : s.language(), settings.defaultLang()));
    }

    boolean isAdmin(Incoming.Sender s) {
        return s != null && settings.admins().contains(s.id());
    }

    /** How many further results an answer lists: all in a private chat, at most two in a group. */
    int others(boolean privateChat) {
        return privateChat ? settings.results() - 1 : Math.min(2, settings.results() - 1);
    }

    void identity(long botId, String username) {
        this.botId = botId;
        this.username = username;
    }

    long botId() {
        return botId;
    }

    String username() {
        return username;
    }

    void replyLaterWith(Consumer<List<Outgoing>> sink) {
        this.later = sink;
    }

    /** Sends the replies that work (done once it is done) will produce to the later sink. */
    <T> void replyLater(
            CompletableFuture<T> work,
            java.util.function.BiFunction<T, Throwable, List<Outgoing>> replies) {
        CompletableFuture<?> delivered =
                work.whenComplete((value, failure) -> later.accept(replies.apply(value, failure)));
        pendingLater.add(delivered);
        delivered.whenComplete((v, e) -> pendingLater.remove(delivered));
    }

    /** Waits until every reply promised for later has gone to the sink. */
    void awaitLaterReplies() {
        for (CompletableFuture<?> f = pendingLater.peek(); f != null; f = pendingLater.peek()) {
            f.handle((v, e) -> null).join();
            pendingLater.remove(f);
        }
    }

    void reportDeliveryWith(Supplier<StatsMessage.Delivery> figures) {
        this.delivery = figures;
    }

    /** The transport's delivery figures now, or null when it reports none (the console). */
    StatsMessage.Delivery delivery() {
        Supplier<StatsMessage.Delivery> figures = delivery;
        return figures == null ? null : figures.get();
    }
}
