package org.transcriptbot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transcriptbot.bot.messages.Lang;
import org.transcriptbot.index.Library;
import org.transcriptbot.index.analysis.Synonyms;
import org.transcriptbot.index.parse.TranscriptException;
import org.transcriptbot.index.search.QueryPlanner;

/** /reload: built in the background, swapped in atomically, the old library closed once unused. */
class LiveLibraryTest {
    private static Library load(Path dir) throws TranscriptException {
        return Library.load(
                new Library.Options(dir, Synonyms.none(), QueryPlanner.Weights.DEFAULT, null));
    }

    @Test
    void reloadAnswersAtOnceKeepsServingTheOldLibraryAndReportsWhenDone(@TempDir Path dir)
            throws Exception {
        Files.writeString(dir.resolve("a.txt"), "王毅：开场。\n\n新华社记者：冬奥会怎么样？\n\n王毅：冬奥会很成功。\n");
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger loads = new AtomicInteger();
        LiveLibrary live =
                new LiveLibrary(
                        () -> {
                            if (loads.incrementAndGet() > 1) {
                                await(release);
                            }
                            return load(dir);
                        });
        Conversation c =
                new Conversation(
                        new ConversationSettings(Set.of(7L), 4, 60, Lang.EN, 0),
                        live,
                        System::currentTimeMillis);
        CompletableFuture<List<Outgoing>> later = new CompletableFuture<>();
        c.replyLaterWith(later::complete);
        Library old = live.await();

        List<Outgoing.Send> started =
                ConversationTest.sends(
                        c.handle(ConversationTest.msg(true, ConversationTest.EN, "/reload")));
        assertThat(started)
                .singleElement()
                .satisfies(
                        s ->
                                assertThat(s.text().plainText())
                                        .startsWith("Reloading the transcripts in the background"));
        List<Outgoing.Send> meanwhile =
                ConversationTest.sends(
                        c.handle(ConversationTest.msg(true, ConversationTest.EN, "冬奥会")));
        assertThat(meanwhile.get(0).text().plainText()).contains("冬奥会很成功");
        assertThat(later).isNotDone();

        release.countDown();
        List<Outgoing> done = later.get(30, TimeUnit.SECONDS);
        assertThat(((Outgoing.Send) done.get(0)).text().plainText())
                .startsWith("Reloaded 1 transcript(s), ");
        assertThat(live.await()).isNotSameAs(old);
        assertThatThrownBy(() -> old.search("冬奥会", 1))
                .as("the old index is closed")
                .isInstanceOf(RuntimeException.class);
        live.close();
    }

    @Test
    void aLeaseKeepsTheOldLibraryOpenUntilItIsReleased(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "王毅：开场。\n\n新华社记者：冬奥会怎么样？\n\n王毅：冬奥会很成功。\n");
        LiveLibrary live = new LiveLibrary(() -> load(dir));
        LiveLibrary.Lease lease = live.lease();
        Library old = lease.library();
        live.reload().get(30, TimeUnit.SECONDS);
        assertThat(old.search("冬奥会", 1).hits()).isNotEmpty();
        lease.close();
        assertThatThrownBy(() -> old.search("冬奥会", 1)).isInstanceOf(RuntimeException.class);
        live.close();
    }

    @Test
    void aFailedReloadKeepsThePreviousLibrary(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "王毅：开场。\n\n新华社记者：冬奥会怎么样？\n\n王毅：冬奥会很成功。\n");
        LiveLibrary live = new LiveLibrary(() -> load(dir));
        Library first = live.await();
        Files.delete(dir.resolve("a.txt"));
        assertThat(live.reload()).failsWithin(30, TimeUnit.SECONDS);
        assertThat(live.await()).isSameAs(first);
        assertThat(first.search("冬奥会", 1).hits()).isNotEmpty();
        live.close();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
