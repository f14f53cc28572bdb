package org.transcriptbot.bot.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Updates received and not yet handled. An update is stored before its offset is confirmed to
 * Telegram (the next offset is kept in the same transaction), and leaves the inbox in the
 * transaction that puts its answers in the outbox: a crash at any instant loses no update and
 * answers none twice.
 */
public final class Inbox {
    private static final String NEXT_OFFSET = "next_offset";

    /**
     * An update as stored: its id, the chat (or user) whose updates are handled in order, and its
     * JSON.
     */
    public record Entry(long updateId, long chatKey, String payload, long receivedAt) {}

    private final StateDb db;
    private final Outbox outbox;

    public Inbox(StateDb db, Outbox outbox) {
        this.db = db;
        this.outbox = outbox;
    }

    /**
     * Stores a batch of updates and the offset that confirms them, in one transaction. Returns the
     * entries that were new (an update delivered twice is stored once).
     */
    public List<Entry> store(List<Entry> batch, long nextOffset) {
        return db.durableTransaction(
                c -> {
                    List<Entry> added = new ArrayList<>();
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "INSERT OR IGNORE INTO inbox (update_id, chat_key, payload, received_at) VALUES (?, ?, ?, ?)")) {
                        for (Entry e : batch) {
                            ps.setLong(1, e.updateId());
                            ps.setLong(2, e.chatKey());
                            ps.setString(3, e.payload());
                            ps.setLong(4, e.receivedAt());
                            if (ps.executeUpdate() == 1) {
                                added.add(e);
                            }
                        }
                    }
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "INSERT INTO meta (key, value) VALUES (?, ?)"
                                            + " ON CONFLICT (key) DO UPDATE SET value = max(value, excluded.value)")) {
                        ps.setString(1, NEXT_OFFSET);
                        ps.setLong(2, nextOffset);
                        ps.executeUpdate();
                    }
                    return added;
                });
    }

    /**
     * The offset for the next getUpdates: one past the newest update stored (0 before the first).
     */
    public long nextOffset() {
        return db.read(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
                        ps.setString(1, NEXT_OFFSET);
                        try (ResultSet rs = ps.executeQuery()) {
                            return rs.next() ? rs.getLong(1) : 0L;
                        }
                    }
                });
    }

    /** Every update not yet handled, oldest first. */
    public List<Entry> pending() {
        return db.list(
                "SELECT update_id, chat_key, payload, received_at FROM inbox ORDER BY update_id",
                rs -> new Entry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4)));
    }

    /**
     * Marks an update handled and queues its answers, in one transaction. Returns the queued
     * messages with their ids (empty if the update was handled before).
     */
    public List<Outbox.Message> complete(long updateId, List<Outbox.NewMessage> answers) {
        return db.transaction(
                c -> {
                    if (!delete(c, updateId)) {
                        return List.of();
                    }
                    return outbox.insert(c, updateId, answers);
                });
    }

    private static boolean delete(Connection c, long updateId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM inbox WHERE update_id = ?")) {
            ps.setLong(1, updateId);
            return ps.executeUpdate() == 1;
        }
    }

    public int depth() {
        return db.read(c -> Outbox.count(c, "SELECT count(*) FROM inbox"));
    }
}
