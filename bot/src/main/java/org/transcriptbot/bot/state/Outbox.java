package org.transcriptbot.bot.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;

/**
 * Messages waiting to be sent, oldest first. A message leaves only when Telegram accepted it (then
 * its send time goes to the send log, for the sliding windows), refused it for good, or it grew too
 * old to be worth sending.
 */
public final class Outbox {
    /** A message to queue: the chat, whether it is a group, and the message as JSON. */
    public record NewMessage(long chatId, boolean group, String payload) {}

    /**
     * A queued message, and the update it answers (messages are sent in the order updates arrived).
     */
    public record Message(
            long id, long updateId, long chatId, boolean group, String payload, long createdAt) {
        /** The same message with another payload. */
        public Message withPayload(String other) {
            return new Message(id, updateId, chatId, group, other, createdAt);
        }
    }

    private final StateDb db;
    private final SendLog sendLog;
    private final java.util.function.LongSupplier clock;

    public Outbox(StateDb db, SendLog sendLog, java.util.function.LongSupplier clock) {
        this.db = db;
        this.sendLog = sendLog;
        this.clock = clock;
    }

    List<Message> insert(Connection c, long updateId, List<NewMessage> messages)
            throws SQLException {
        long now = clock.getAsLong();
        List<Message> out = new ArrayList<>();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "INSERT INTO outbox (update_id, chat_id, is_group, payload, created_at) VALUES (?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            for (NewMessage m : messages) {
                ps.setLong(1, updateId);
                ps.setLong(2, m.chatId());
                ps.setInt(3, m.group() ? 1 : 0);
                ps.setString(4, m.payload());
                ps.setLong(5, now);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    out.add(
                            new Message(
                                    keys.getLong(1),
                                    updateId,
                                    m.chatId(),
                                    m.group(),
                                    m.payload(),
                                    now));
                }
            }
        }
        return out;
    }

    /**
     * Queues messages that answer no stored update (a reply promised for later, such as a finished
     * reload); they rank after every answer to a question.
     */
    public List<Message> queue(List<NewMessage> messages) {
        return db.transaction(c -> insert(c, Long.MAX_VALUE, messages));
    }

    /** Every queued message, in the order they were queued. */
    public List<Message> all() {
        return db.list(
                "SELECT id, update_id, chat_id, is_group, payload, created_at FROM outbox ORDER BY id",
                rs ->
                        new Message(
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getLong(3),
                                rs.getInt(4) == 1,
                                rs.getString(5),
                                rs.getLong(6)));
    }

    /** Telegram accepted the message at sentAt: it leaves the outbox and enters the send log. */
    public void delivered(Message m, long sentAt) {
        db.transaction(
                c -> {
                    remove(c, List.of(m.id()));
                    sendLog.record(c, m.chatId(), m.group(), sentAt);
                    return null;
                });
    }

    /** Messages that leave without being sent (refused for good, or too old). */
    public void discard(Collection<Long> ids) {
        db.transaction(
                c -> {
                    remove(c, ids);
                    return null;
                });
    }

    /** Replaces a queued message's JSON (e.g. as plain text after Telegram rejected its HTML). */
    public void replace(long id, String payload) {
        db.transaction(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement("UPDATE outbox SET payload = ? WHERE id = ?")) {
                        ps.setString(1, payload);
                        ps.setLong(2, id);
                        ps.executeUpdate();
                    }
                    return null;
                });
    }

    private static void remove(Connection c, Collection<Long> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM outbox WHERE id = ?")) {
            for (long id : ids) {
                ps.setLong(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public int depth() {
        return db.read(c -> count(c, "SELECT count(*) FROM outbox"));
    }

    /** When the oldest queued message was queued, if any is. */
    public OptionalLong oldestCreatedAt() {
        return db.read(
                c -> {
                    try (Statement s = c.createStatement();
                            ResultSet rs = s.executeQuery("SELECT min(created_at) FROM outbox")) {
                        long v = rs.next() ? rs.getLong(1) : 0;
                        return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(v);
                    }
                });
    }

    static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
