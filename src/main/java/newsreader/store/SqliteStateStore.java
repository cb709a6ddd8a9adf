package newsreader.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import newsreader.config.PrivateFiles;

/**
 * Read and starred flags of every post in one SQLite file ({@code $XDG_DATA_HOME/newsreader/state.db}).
 *
 * <p>Each change is its own transaction, committed before the call returns, in write-ahead-log mode: a crash or
 * {@code kill -9} loses at most the change being written and never damages the file, and two readers open at once
 * (two SSH sessions) both write to the same file, each seeing the other's marks after {@link #reload()}. Flags are
 * also kept in memory, because the screen asks for them for every row it draws.
 */
public final class SqliteStateStore implements ReadStateStore, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SqliteStateStore.class.getName());
    private static final int BUSY_TIMEOUT_MS = 5_000;

    private final Connection db;
    private final Set<String> read = new HashSet<>();
    private final Set<String> starred = new HashSet<>();
    private final MarkedPaths marked = new MarkedPaths();

    private SqliteStateStore(Connection db) {
        this.db = db;
    }

    /** Opens (creating when needed) the store in {@code file}. */
    public static SqliteStateStore open(Path file) throws IOException {
        try {
            // Created empty and private first: SQLite gives its -wal and -shm files the database file's mode.
            PrivateFiles.file(file);
            PrivateFiles.tightenFile(Path.of(file + "-wal"));
            PrivateFiles.tightenFile(Path.of(file + "-shm"));
            SqliteLibrary.prepare();
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("CREATE TABLE IF NOT EXISTS marks ("
                        + "post TEXT PRIMARY KEY, read INTEGER NOT NULL DEFAULT 0, starred INTEGER NOT NULL DEFAULT 0, "
                        + "changed INTEGER NOT NULL)");
            }
            SqliteStateStore store = new SqliteStateStore(db);
            store.reload();
            return store;
        } catch (SQLException e) {
            throw new IOException("cannot open the state store " + file + ": " + e.getMessage(), e);
        }
    }

    /** The store under a data directory: {@code DIR/state.db}. */
    public static Path fileIn(Path dataDirectory) {
        return dataDirectory.resolve("state.db");
    }

    /** Reads every flag again, to see what another instance wrote. */
    @Override
    public synchronized void reload() throws IOException {
        try {
            reloadFlags();
        } catch (SQLException e) {
            throw new IOException("cannot read the state store: " + e.getMessage(), e);
        }
    }

    private void reloadFlags() throws SQLException {
        Set<String> nowRead = new HashSet<>();
        Set<String> nowStarred = new HashSet<>();
        try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery("SELECT post, read, starred FROM marks")) {
            while (rows.next()) {
                if (rows.getInt(2) != 0) {
                    nowRead.add(rows.getString(1));
                }
                if (rows.getInt(3) != 0) {
                    nowStarred.add(rows.getString(1));
                }
            }
        }
        read.clear();
        read.addAll(nowRead);
        starred.clear();
        starred.addAll(nowStarred);
        marked.clear();
        marked.addAll(nowRead);
        marked.addAll(nowStarred);
    }

    @Override
    public synchronized boolean mayHoldMarks(String relativePath) {
        return marked.mayHold(relativePath);
    }

    @Override
    public synchronized boolean isRead(String postId) {
        return read.contains(postId);
    }

    @Override
    public synchronized void setRead(String postId, boolean isRead) throws IOException {
        write("read", postId, isRead);
        remember(read, postId, isRead);
    }

    @Override
    public synchronized boolean isStarred(String postId) {
        return starred.contains(postId);
    }

    @Override
    public synchronized void setStarred(String postId, boolean isStarred) throws IOException {
        write("starred", postId, isStarred);
        remember(starred, postId, isStarred);
    }

    /** Every starred post's identity. */
    @Override
    public synchronized Set<String> starred() {
        return Set.copyOf(starred);
    }

    @Override
    public synchronized void markAllRead(Collection<String> postIds) throws IOException {
        markAll(postIds, true);
    }

    @Override
    public synchronized void markAllUnread(Collection<String> postIds) throws IOException {
        markAll(postIds, false);
    }

    /** One transaction for them all: a thousand commits would take seconds. */
    private void markAll(Collection<String> postIds, boolean isRead) throws IOException {
        try {
            db.setAutoCommit(false);
            try (PreparedStatement upsert = db.prepareStatement(upsertSql("read"))) {
                long now = System.currentTimeMillis();
                for (String id : postIds) {
                    upsert.setString(1, id);
                    upsert.setInt(2, isRead ? 1 : 0);
                    upsert.setLong(3, now);
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            db.commit();
            if (isRead) {
                marked.addAll(postIds);
                read.addAll(postIds);
            } else {
                read.removeAll(postIds);
            }
        } catch (SQLException e) {
            rollback();
            LOG.log(Level.WARNING, "could not mark " + postIds.size() + " posts " + (isRead ? "read" : "unread"), e);
            throw new IOException("the state store could not be written: " + e.getMessage(), e);
        } finally {
            autoCommit();
        }
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "closing the state store", e);
        }
    }

    private void write(String column, String postId, boolean value) throws IOException {
        try (PreparedStatement upsert = db.prepareStatement(upsertSql(column))) {
            upsert.setString(1, postId);
            upsert.setInt(2, value ? 1 : 0);
            upsert.setLong(3, System.currentTimeMillis());
            upsert.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "could not save " + column + " for " + postId, e);
            throw new IOException("the state store could not be written: " + e.getMessage(), e);
        }
    }

    private static String upsertSql(String column) {
        return "INSERT INTO marks (post, " + column + ", changed) VALUES (?, ?, ?) "
                + "ON CONFLICT(post) DO UPDATE SET " + column + " = excluded." + column + ", changed = excluded.changed";
    }

    private void remember(Set<String> set, String id, boolean present) {
        if (present) {
            marked.add(id);
            set.add(id);
        } else {
            set.remove(id);
        }
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "rollback", e);
        }
    }

    private void autoCommit() {
        try {
            db.setAutoCommit(true);
        } catch (SQLException e) {
            LOG.log(Level.FINE, "auto-commit", e);
        }
    }
}
