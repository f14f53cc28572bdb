package org.transcriptbot.bot.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state file itself: a real SQLite file, closed and opened again as a restart would. */
class StateDbTest {
    private final AtomicLong clock = new AtomicLong(1_000_000);

    private record Store(StateDb db, Inbox inbox, Outbox outbox, SendLog log) {}

    private Store open(Path dir) {
        StateDb db = StateDb.open(dir);
        SendLog log = new SendLog(db);
        Outbox outbox = new Outbox(db, log, clock::get);
        return new Store(db, new Inbox(db, outbox), outbox, log);
    }

    private static Inbox.Entry update(long id, long chat) {
        return new Inbox.Entry(id, chat, "{\"update_id\":" + id + "}", 5);
    }

    @Test
    void createsAVersionedWalFileOnFirstStart(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("new/state");
        try (StateDb db = StateDb.open(folder)) {
            assertThat(Files.isRegularFile(folder.resolve(StateDb.FILE_NAME))).isTrue();
            String mode =
                    db.read(
                            c ->
                                    c.createStatement()
                                            .executeQuery("PRAGMA journal_mode")
                                            .getString(1));
            int version =
                    db.read(c -> c.createStatement().executeQuery("PRAGMA user_version").getInt(1));
            assertThat(mode).isEqualTo("wal");
            assertThat(version).isEqualTo(StateDb.SCHEMA_VERSION);
        }
    }

    @Test
    void aFileFromANewerVersionIsRefusedWithAReason(@TempDir Path dir) {
        try (StateDb db = StateDb.open(dir)) {
            db.read(c -> c.createStatement().execute("PRAGMA user_version=99"));
        }
        assertThatThrownBy(() -> StateDb.open(dir))
                .isInstanceOf(StateException.class)
                .hasMessageContaining("newer version");
    }

    @Test
    void updatesSurviveARestartAndAreStoredOnce(@TempDir Path dir) {
        Store s = open(dir);
        assertThat(s.inbox().store(List.of(update(7, 1), update(8, 2)), 9)).hasSize(2);
        assertThat(s.inbox().store(List.of(update(8, 2), update(9, 1)), 10))
                .extracting(Inbox.Entry::updateId)
                .containsExactly(9L);
        s.db().close();
        Store again = open(dir);
        assertThat(again.inbox().pending())
                .extracting(Inbox.Entry::updateId)
                .containsExactly(7L, 8L, 9L);
        assertThat(again.inbox().nextOffset()).isEqualTo(10);
        again.inbox().store(List.of(), 4);
        assertThat(again.inbox().nextOffset()).as("the offset never goes back").isEqualTo(10);
        again.db().close();
    }

    @Test
    void handlingMovesAnUpdateToTheOutboxInOneStepAndOnlyOnce(@TempDir Path dir) {
        Store s = open(dir);
        s.inbox().store(List.of(update(7, 1)), 8);
        List<Outbox.Message> queued =
                s.inbox()
                        .complete(
                                7,
                                List.of(
                                        new Outbox.NewMessage(1, false, "a"),
                                        new Outbox.NewMessage(1, false, "b")));
        assertThat(queued).extracting(Outbox.Message::payload).containsExactly("a", "b");
        assertThat(s.inbox().complete(7, List.of(new Outbox.NewMessage(1, false, "again"))))
                .isEmpty();
        assertThat(s.inbox().depth()).isZero();
        assertThat(s.outbox().all()).extracting(Outbox.Message::payload).containsExactly("a", "b");
        assertThat(s.outbox().oldestCreatedAt()).hasValue(1_000_000);
        s.db().close();
    }

    @Test
    void aFailedTransactionLeavesTheUpdateInTheInbox(@TempDir Path dir) {
        Store s = open(dir);
        s.inbox().store(List.of(update(7, 1)), 8);
        assertThatThrownBy(
                        () -> s.inbox().complete(7, List.of(new Outbox.NewMessage(1, false, null))))
                .isInstanceOf(StateException.class);
        assertThat(s.inbox().pending()).extracting(Inbox.Entry::updateId).containsExactly(7L);
        assertThat(s.outbox().depth()).isZero();
        s.db().close();
    }

    @Test
    void deliveredMessagesLeaveTheOutboxForTheSendLog(@TempDir Path dir) {
        Store s = open(dir);
        s.inbox().store(List.of(update(7, -5)), 8);
        List<Outbox.Message> queued =
                s.inbox()
                        .complete(
                                7,
                                List.of(
                                        new Outbox.NewMessage(-5, true, "a"),
                                        new Outbox.NewMessage(-5, true, "b"),
                                        new Outbox.NewMessage(-5, true, "c")));
        s.outbox().delivered(queued.get(0), 2_000_000);
        s.outbox().discard(List.of(queued.get(1).id()));
        s.outbox().replace(queued.get(2).id(), "plain c");
        assertThat(s.outbox().all()).extracting(Outbox.Message::payload).containsExactly("plain c");
        assertThat(s.log().since(0)).containsExactly(new SendLog.Stamp(-5, true, 2_000_000));
        s.log().prune(2_000_000);
        assertThat(s.log().since(0)).isEmpty();
        s.db().close();
        assertThatThrownBy(() -> s.outbox().depth())
                .isInstanceOf(StateException.class)
                .hasMessageContaining("closed");
    }
}
