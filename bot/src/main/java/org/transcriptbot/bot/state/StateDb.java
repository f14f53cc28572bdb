package org.transcriptbot.bot.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The bot's durable state: one SQLite file (state.db) in WAL mode, created on first start, its
 * schema versioned with SQLite's user_version. One connection serves every thread (callers are
 * serialised here): the bot writes a few short transactions a message, far below what one SQLite
 * connection sustains. Every committed transaction survives a kill -9. Storing updates (after which
 * Telegram forgets them) is also flushed to the disk (durableTransaction, synchronous=FULL), so it
 * survives a power cut too; the other writes are not flushed one by one (synchronous=NORMAL), as
 * losing one of them to a power cut can only repeat work (an update handled again, a message sent
 * again), never lose it, and flushing each would cap sending far below Telegram's 30 a second on a
 * slow disk.
 */
public final class StateDb implements AutoCloseable {
    public static final String FILE_NAME = "state.db";
    static final int SCHEMA_VERSION = 1;
    private static final List<String> SCHEMA_V1 =
            List.of(
                    "CREATE TABLE inbox (update_id INTEGER PRIMARY KEY, chat_key INTEGER NOT NULL, payload TEXT NOT NULL,"
                            + " received_at INTEGER NOT NULL)",
                    "CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, update_id INTEGER NOT NULL,"
                            + " chat_id INTEGER NOT NULL, is_group INTEGER NOT NULL, payload TEXT NOT NULL,"
                            + " created_at INTEGER NOT NULL)",
                    "CREATE INDEX outbox_created ON outbox (created_at)",
                    "CREATE TABLE sent_log (chat_id INTEGER NOT NULL, is_group INTEGER NOT NULL, sent_at INTEGER NOT NULL)",
                    "CREATE INDEX sent_log_at ON sent_log (sent_at)",
                    "CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL)");

    /** Work done on the connection, inside a transaction or not. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** One row of a result, read into a value. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final Path file;
    private final Connection connection;
    private boolean closed;

    private StateDb(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (or creates) dir/state.db and brings its schema up to date. */
    public static StateDb open(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dir);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA busy_timeout=5000");
            }
            StateDb db = new StateDb(file, c);
            db.migrate();
            return db;
        } catch (IOException | SQLException e) {
            throw new StateException(
                    "The state file " + file + " cannot be opened: " + e.getMessage(), e);
        }
    }

    private void migrate() throws SQLException {
        int version =
                read(
                        c -> {
                            try (Statement s = c.createStatement();
                                    var rs = s.executeQuery("PRAGMA user_version")) {
                                return rs.next() ? rs.getInt(1) : 0;
                            }
                        });
        if (version > SCHEMA_VERSION) {
            throw new SQLException(
                    "it was written by a newer version of the bot (schema " + version + ")");
        }
        if (version < 1) {
            transaction(
                    c -> {
                        try (Statement s = c.createStatement()) {
                            for (String sql : SCHEMA_V1) {
                                s.execute(sql);
                            }
                            s.execute("PRAGMA user_version=" + SCHEMA_VERSION);
                        }
                        return null;
                    });
        }
    }

    public Path file() {
        return file;
    }

    /** Runs work in one transaction: all of it is committed, or none. */
    public synchronized <T> T transaction(Work<T> work) {
        ensureOpen();
        try {
            connection.setAutoCommit(false);
            try {
                T out = work.run(connection);
                connection.commit();
                return out;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StateException(
                    "Writing the state file " + file + " failed: " + e.getMessage(), e);
        }
    }

    /** A transaction flushed to the disk before it returns: it survives a power cut. */
    public synchronized <T> T durableTransaction(Work<T> work) {
        setSynchronous("FULL");
        try {
            return transaction(work);
        } finally {
            setSynchronous("NORMAL");
        }
    }

    private void setSynchronous(String level) {
        read(
                c -> {
                    try (Statement s = c.createStatement()) {
                        return s.execute("PRAGMA synchronous=" + level);
                    }
                });
    }

    /** Runs a read (or a single statement) outside an explicit transaction. */
    public synchronized <T> T read(Work<T> work) {
        ensureOpen();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StateException(
                    "Reading the state file " + file + " failed: " + e.getMessage(), e);
        }
    }

    /** The rows a query finds (its ? parameters bound to params, in order), each read by row. */
    public <T> List<T> list(String sql, Row<T> row, long... params) {
        return read(
                c -> {
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        for (int i = 0; i < params.length; i++) {
                            ps.setLong(i + 1, params[i]);
                        }
                        List<T> out = new ArrayList<>();
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                out.add(row.read(rs));
                            }
                        }
                        return out;
                    }
                });
    }

    private void ensureOpen() {
        if (closed) {
            throw new StateException("The state file " + file + " is closed", null);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StateException(
                    "Closing the state file " + file + " failed: " + e.getMessage(), e);
        }
    }
}
