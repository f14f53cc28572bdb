package org.transcriptbot.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import org.transcriptbot.bot.messages.Lang;
import org.transcriptbot.bot.messages.Messages;
import org.transcriptbot.bot.messages.TopicList;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.search.SearchResult;

/** The buttons under the bot's messages, each with the typed callback it sends back. */
final class Keyboards {
    private static final int TOPIC_LABEL = 28;

    private Keyboards() {}

    /**
     * Under an answer: previous / k of n / next, then the full answer and the question of the
     * passage shown.
     */
    static List<List<Outgoing.Button>> answer(String token, SearchResult r, int k, Messages m) {
        List<List<Outgoing.Button>> rows = new ArrayList<>();
        int n = r.hits().size();
        if (n > 1) {
            List<Outgoing.Button> nav = new ArrayList<>();
            if (k > 1) {
                nav.add(new Outgoing.Button(m.get("button.prev"), new Callback.Page(token, k - 1)));
            }
            nav.add(new Outgoing.Button(k + "/" + n, new Callback.Nothing()));
            if (k < n) {
                nav.add(new Outgoing.Button(m.get("button.next"), new Callback.Page(token, k + 1)));
            }
            rows.add(nav);
        }
        Passage p = r.hits().get(k - 1).passage();
        List<Outgoing.Button> more = new ArrayList<>();
        more.add(new Outgoing.Button(m.get("button.full"), new Callback.FullAnswer(p.id())));
        if (p.location().question() != null) {
            more.add(
                    new Outgoing.Button(
                            m.get("button.question"), new Callback.AskedQuestion(p.id())));
        }
        rows.add(more);
        return rows;
    }

    /** Under a declined question: the topics the transcripts do cover. */
    static List<List<Outgoing.Button>> declined(Messages m) {
        return List.of(List.of(new Outgoing.Button(m.get("button.topics"), new Callback.Topics())));
    }

    /** One button a topic, numbered as in the list. */
    static List<List<Outgoing.Button>> topics(List<TopicList.Topic> topics, Messages m) {
        List<List<Outgoing.Button>> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(TopicList.SHOWN, topics.size()); i++) {
            TopicList.Topic t = topics.get(i);
            String label = (i + 1) + ". " + TopicList.label(t, TOPIC_LABEL, m);
            rows.add(List.of(new Outgoing.Button(label, turnOf(t))));
        }
        return rows;
    }

    static Callback.TopicTurn turnOf(TopicList.Topic t) {
        return new Callback.TopicTurn(
                Callback.TopicTurn.key(t.transcript().id()),
                t.turn().index(),
                Callback.TopicTurn.key(t.turn().question()));
    }

    /** One button an example question of the welcome message. */
    static List<List<Outgoing.Button>> examples(List<String> examples, Lang lang) {
        List<List<Outgoing.Button>> rows = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            rows.add(List.of(new Outgoing.Button(examples.get(i), new Callback.Example(lang, i))));
        }
        return rows;
    }
}
