package org.transcriptbot.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import org.transcriptbot.bot.messages.InlineMessages;
import org.transcriptbot.bot.messages.Messages;
import org.transcriptbot.bot.messages.TopicList;
import org.transcriptbot.bot.metrics.Metrics;
import org.transcriptbot.index.Library;
import org.transcriptbot.index.search.SearchHit;
import org.transcriptbot.index.search.SearchResult;

/**
 * Inline queries ("@bot question" in any chat): the topics for an empty query, else the passages
 * found.
 */
final class InlineHandler {
    /** Telegram accepts at most 50 results for an inline query. */
    static final int MAX_RESULTS = 50;

    private static final int SEARCHED = 10;

    private final ConversationState state;

    InlineHandler(ConversationState state) {
        this.state = state;
    }

    List<Outgoing> handle(Incoming.InlineRequest q, LiveLibrary.Lease lease, Messages msg) {
        state.counters.inline.incrementAndGet();
        String query = q.query() == null ? "" : q.query().strip();
        if (!query.isEmpty()) {
            Metrics.question("inline");
        }
        List<Outgoing.InlineItem> items =
                query.isEmpty()
                        ? topics(lease.library(), msg)
                        : passages(lease.library().search(query, SEARCHED, 0), msg);
        return List.of(
                new Outgoing.AnswerInline(q.id(), items, state.settings.inlineCacheSeconds()));
    }

    private static List<Outgoing.InlineItem> topics(Library lib, Messages msg) {
        List<Outgoing.InlineItem> items = new ArrayList<>();
        for (TopicList.Topic t : TopicList.of(lib.transcripts())) {
            if (items.size() == MAX_RESULTS) {
                break;
            }
            Callback.TopicTurn key = Keyboards.turnOf(t);
            items.add(
                    new Outgoing.InlineItem(
                            key.transcriptKey() + "-" + key.turnIndex(),
                            InlineMessages.topicTitle(t, msg),
                            InlineMessages.topicDescription(t, msg),
                            InlineMessages.topic(t, msg)));
        }
        return items;
    }

    private static List<Outgoing.InlineItem> passages(SearchResult r, Messages msg) {
        List<Outgoing.InlineItem> items = new ArrayList<>();
        for (SearchHit h : r.hits().subList(0, Math.min(MAX_RESULTS, r.hits().size()))) {
            items.add(
                    new Outgoing.InlineItem(
                            h.passage().id(),
                            InlineMessages.title(h),
                            InlineMessages.description(h, r.answerable(), msg),
                            InlineMessages.quote(h, r.answerable(), msg)));
        }
        return items;
    }
}
