package io.github.flagstaff.sql;

import io.github.flagstaff.runtime.service.ServiceStoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The service store's schema: versioned migrations shipped in this jar ({@code
 * migrations/<database>/V<n>.sql}), applied in order and recorded in a one-row {@code
 * schema_version} table, as Nova's {@code db sync} did.
 */
final class Schema {
  /** The newest version this Flagstaff knows. */
  static final int LATEST = 3;

  private Schema() {}

  /** The database's schema version; 0 when it has none. */
  static int version(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    try (ResultSet tables = meta.getTables(null, null, "schema_version", null)) {
      if (!tables.next()) {
        return 0;
      }
    }
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT version FROM schema_version")) {
      return row.next() ? row.getInt(1) : 0;
    }
  }

  /**
   * Applies the migrations after the database's version up to {@code target}, in one transaction
   * that other migrating processes wait for.
   *
   * @return the versions applied, none if the database was at {@code target}
   * @throws ServiceStoreException if the database's schema is newer than this Flagstaff knows
   */
  static List<Integer> sync(Connection connection, Dialect dialect, int target)
      throws SQLException {
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      dialect.lockForMigration(statement);
      int version = version(connection);
      refuseNewer(version);
      List<Integer> applied = new ArrayList<>();
      if (version == 0 && target > 0) {
        statement.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)");
        statement.execute("INSERT INTO schema_version (version) VALUES (0)");
      }
      for (int next = version + 1; next <= target; next++) {
        for (String sql : statements(dialect, next)) {
          statement.execute(sql);
        }
        statement.execute("UPDATE schema_version SET version = " + next);
        applied.add(next);
      }
      connection.commit();
      return applied;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /** Throws if {@code version} is newer than this Flagstaff knows. */
  static void refuseNewer(int version) {
    if (version > LATEST) {
      throw new ServiceStoreException(
          "the service store's schema is at version "
              + version
              + ", newer than this Flagstaff knows ("
              + LATEST
              + "); refusing to write to it: upgrade Flagstaff");
    }
  }

  /** The statements of migration {@code version}: its file, split at semicolons ending a line. */
  private static List<String> statements(Dialect dialect, int version) {
    String name = dialect.migrations() + "V" + version + ".sql";
    String text;
    try (InputStream in = Schema.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("migration " + name + " is missing from flagstaff-sql");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\n")) {
      if (line.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (line.stripTrailing().endsWith(";")) {
        String sql = current.toString().strip();
        out.add(sql.substring(0, sql.length() - 1));
        current.setLength(0);
      }
    }
    return out;
  }
}
