package org.transcriptbot.bot.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.transcriptbot.bot.app.Wiring;
import org.transcriptbot.bot.config.BotConfig;
import org.transcriptbot.bot.conversation.Conversation;
import org.transcriptbot.bot.conversation.ConversationSettings;
import org.transcriptbot.bot.conversation.Incoming;
import org.transcriptbot.bot.conversation.LiveLibrary;
import org.transcriptbot.bot.conversation.Outgoing;
import org.transcriptbot.bot.messages.Lang;
import org.transcriptbot.bot.render.HtmlRenderer;

/**
 * One question answered end to end, without the network: route, search, compose, render Telegram
 * HTML.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AnswerBench {
    private Conversation router;
    private List<String> questions;
    private int next;
    private final Incoming.Sender user = new Incoming.Sender(7, "bench", false, "zh");

    @Setup
    public void setup() throws Exception {
        LiveLibrary engine = Wiring.loadedLibrary(BotConfig.load(null, Map.of()), null);
        engine.await().search("预热", 1); // loads the embedding model
        router =
                new Conversation(
                        new ConversationSettings(Set.of(), 4, 300, Lang.ZH, 0),
                        engine,
                        System::currentTimeMillis);
        questions = new ArrayList<>();
        try (var in = AnswerBench.class.getResourceAsStream("/eval/retrieval-dev.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    questions.add(
                            new com.fasterxml.jackson.databind.ObjectMapper()
                                    .readTree(line)
                                    .get("query")
                                    .asText());
                }
            }
        }
    }

    /** A question asked for the first time: the query embedding is computed (hybrid search). */
    @Benchmark
    public int answerNewQuestion() {
        return answer(questions.get(next % questions.size()) + " " + next++);
    }

    /**
     * A question seen before (its embedding is cached): paging, inline typing, groups repeating
     * each other.
     */
    @Benchmark
    public int answerAndRender() {
        return answer(questions.get(next++ % questions.size()));
    }

    private int answer(String q) {
        int n = 0;
        for (Outgoing a :
                router.handle(
                        new Incoming.ChatMessage(
                                next, 7, true, user, next, null, q, List.of(), null, false))) {
            if (a instanceof Outgoing.Send s) {
                n += HtmlRenderer.render(s.text()).length();
            }
        }
        return n;
    }
}
