package org.transcriptbot.bot.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * When recent messages were accepted by Telegram, per chat: the sending windows are rebuilt from it
 * after a restart, so a restart does not hand a chat or a group a fresh allowance. Entries older
 * than the longest window are pruned.
 */
public final class SendLog {
    /** One accepted message. */
    public record Stamp(long chatId, boolean group, long sentAt) {}

    private final StateDb db;

    public SendLog(StateDb db) {
        this.db = db;
    }

    void record(Connection c, long chatId, boolean group, long sentAt) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement(
                        "INSERT INTO sent_log (chat_id, is_group, sent_at) VALUES (?, ?, ?)")) {
            ps.setLong(1, chatId);
            ps.setInt(2, group ? 1 : 0);
            ps.setLong(3, sentAt);
            ps.executeUpdate();
        }
    }

    /** Messages accepted after since, oldest first. */
    public List<Stamp> since(long since) {
        return db.list(
                "SELECT chat_id, is_group, sent_at FROM sent_log WHERE sent_at > ? ORDER BY sent_at",
                rs -> new Stamp(rs.getLong(1), rs.getInt(2) == 1, rs.getLong(3)),
                since);
    }

    /** Forgets messages accepted at or before the time. */
    public void prune(long before) {
        db.transaction(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement("DELETE FROM sent_log WHERE sent_at <= ?")) {
                        ps.setLong(1, before);
                        ps.executeUpdate();
                    }
                    return null;
                });
    }
}
