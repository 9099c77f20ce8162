package io.filingssearch.bench;

import io.filingssearch.filing.Amount;
import io.filingssearch.filing.Filing;
import io.filingssearch.filing.Section;
import io.filingssearch.search.FilingSearcher;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The peer: SQLite FTS5 over the very sections our index holds (read back through {@link
 * FilingSearcher#forEachFiling}), with the filters as unindexed columns, ranked by {@code bm25()}
 * with {@code snippet()}s. Not thread-safe.
 */
final class Fts5Peer implements Closeable {
  private final Connection db;

  private Fts5Peer(Connection db) {
    this.db = db;
  }

  /** What building the table took. */
  record Built(long rows, long ms, long bytes) {}

  /** Opens (and creates) the database file. */
  static Fts5Peer open(Path file) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA journal_mode=OFF");
      s.execute("PRAGMA synchronous=OFF");
      s.execute("PRAGMA cache_size=-262144");
    }
    return new Fts5Peer(c);
  }

  /**
   * Reads every section of our index and inserts it; the timing covers inserting and committing,
   * not reading our index.
   */
  Built build(Path indexDir, Path file, Consumer<String> eachText)
      throws IOException, SQLException {
    try (Statement s = db.createStatement()) {
      s.execute(
          "CREATE VIRTUAL TABLE s USING fts5(title, body, items UNINDEXED, company UNINDEXED,"
              + " year UNINDEXED, date UNINDEXED, tokenize='porter unicode61')");
      // Like ours: the item filter is on the filing's items, the amount filter on any amount of
      // the section (one row per amount).
      s.execute("CREATE TABLE amounts(sid INTEGER NOT NULL, usd INTEGER NOT NULL)");
    }
    db.setAutoCommit(false);
    long[] rows = {0};
    long[] insertNanos = {0};
    try (FilingSearcher ours = FilingSearcher.open(indexDir, 0);
        PreparedStatement ins =
            db.prepareStatement(
                "INSERT INTO s(rowid, title, body, items, company, year, date)"
                    + " VALUES (?,?,?,?,?,?,?)");
        PreparedStatement amt = db.prepareStatement("INSERT INTO amounts(sid, usd) VALUES (?,?)")) {
      ours.forEachFiling(
          filing -> {
            try {
              for (Section sec : filing.sections()) {
                eachText.accept(sec.text());
                long t0 = System.nanoTime();
                insert(ins, amt, ++rows[0], filing, sec);
                insertNanos[0] += System.nanoTime() - t0;
              }
            } catch (SQLException e) {
              throw new UncheckedSqlException(e);
            }
          });
      long t0 = System.nanoTime();
      ins.executeBatch();
      amt.executeBatch();
      try (Statement s = db.createStatement()) {
        s.execute("CREATE INDEX amounts_usd ON amounts(usd, sid)");
      }
      db.commit();
      insertNanos[0] += System.nanoTime() - t0;
    } catch (UncheckedSqlException e) {
      throw e.getCause();
    }
    db.setAutoCommit(true);
    return new Built(rows[0], insertNanos[0] / 1_000_000, Files.size(file));
  }

  /** Adds one section's row and its amounts' rows to the batches, sending them every 1,000 rows. */
  private static void insert(
      PreparedStatement ins, PreparedStatement amt, long row, Filing filing, Section sec)
      throws SQLException {
    LocalDate date = filing.dateOfReport();
    ins.setLong(1, row);
    ins.setString(2, sec.title());
    ins.setString(3, sec.text());
    ins.setString(4, " " + String.join(" ", filing.items()) + " ");
    ins.setString(5, filing.company());
    if (date != null) {
      ins.setInt(6, date.getYear());
    } else {
      ins.setNull(6, Types.INTEGER);
    }
    ins.setString(7, date == null ? null : date.toString());
    ins.addBatch();
    for (Amount a : sec.amounts()) {
      amt.setLong(1, row);
      amt.setLong(2, a.wholeDollars());
      amt.addBatch();
    }
    if (row % 1000 == 0) {
      ins.executeBatch();
      amt.executeBatch();
    }
  }

  /** Carries an {@link SQLException} out of the visitor, which may throw no checked one. */
  private static final class UncheckedSqlException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UncheckedSqlException(SQLException cause) {
      super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }

  /** What one query found. */
  record Answer(long total, List<String> snippets) {}

  /**
   * Runs one query of the mix: the top ten with snippets, then the count per year (a facet).
   *
   * @param timeoutSeconds at most this long per statement (0: no limit); beyond it the statement is
   *     interrupted and an {@link SQLException} is thrown
   */
  @SuppressWarnings("try") // the watchdogs are only closed, never read
  Answer search(BenchQuery q, int timeoutSeconds) throws SQLException {
    StringBuilder where = new StringBuilder("s MATCH ?");
    List<Object> args = new ArrayList<>();
    args.add(q.match());
    if (q.item() != null) {
      where.append(" AND items LIKE ?");
      args.add("% " + q.item() + " %");
    }
    if (q.year() != null) {
      where.append(" AND year = ?");
      args.add(q.year());
    }
    if (q.minAmount() != null || q.maxAmount() != null) {
      where.append(" AND rowid IN (SELECT sid FROM amounts WHERE usd >= ? AND usd <= ?)");
      args.add(q.minAmount() == null ? Long.MIN_VALUE : q.minAmount());
      args.add(q.maxAmount() == null ? Long.MAX_VALUE : q.maxAmount());
    }
    String top =
        "SELECT rowid, title, snippet(s, 1, '<mark>', '</mark>', '…', 24), bm25(s, 2.0, 1.0)"
            + " AS rank FROM s WHERE "
            + where
            + (q.byDate() ? " ORDER BY date DESC" : " ORDER BY rank")
            + " LIMIT 10";
    List<String> snippets = new ArrayList<>();
    try (PreparedStatement ps = db.prepareStatement(top);
        Watchdog w = new Watchdog(ps, timeoutSeconds)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          snippets.add(rs.getString(3));
        }
      }
    }
    long total = 0;
    try (PreparedStatement ps =
            db.prepareStatement("SELECT year, count(*) FROM s WHERE " + where + " GROUP BY year");
        Watchdog w = new Watchdog(ps, timeoutSeconds)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          total += rs.getLong(2);
        }
      }
    }
    return new Answer(total, snippets);
  }

  /**
   * Cancels a statement (sqlite3_interrupt) that runs longer than its limit. The driver's query
   * timeout does not stop a running FTS5 query: one ran 371 s under a 30 s timeout.
   */
  private static final class Watchdog implements AutoCloseable {
    private static final java.util.concurrent.ScheduledExecutorService TIMER =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "fts5-watchdog");
              t.setDaemon(true);
              return t;
            });
    private final java.util.concurrent.ScheduledFuture<?> task;

    Watchdog(PreparedStatement ps, int seconds) {
      task =
          seconds <= 0
              ? null
              : TIMER.schedule(
                  () -> {
                    try {
                      ps.cancel();
                    } catch (SQLException e) {
                      // Already finished or closed: nothing to stop.
                    }
                  },
                  seconds,
                  java.util.concurrent.TimeUnit.SECONDS);
    }

    @Override
    public void close() {
      if (task != null) {
        task.cancel(false);
      }
    }
  }

  private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      ps.setObject(i + 1, args.get(i));
    }
  }

  @Override
  public void close() throws IOException {
    try {
      db.close();
    } catch (SQLException e) {
      throw new IOException("cannot close the SQLite database", e);
    }
  }
}
