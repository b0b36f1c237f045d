package io.github.flagstaff.sql;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A database of a test's own: an SQLite file in a temporary folder, or a new database on the
 * PostgreSQL server that {@code .ci/run} starts (role {@code flagstaff}, password {@code
 * flagstaff}; {@code FLAGSTAFF_TEST_POSTGRES} names another server). Without a PostgreSQL server
 * its tests are skipped with a notice, except under {@code CI=true}, where that fails them.
 */
public final class TestDatabase implements AutoCloseable {
  private static final String SERVER =
      System.getenv().getOrDefault("FLAGSTAFF_TEST_POSTGRES", "jdbc:postgresql://127.0.0.1:5432/");

  private final String url;
  private final String dropName;

  private TestDatabase(String url, String dropName) {
    this.url = url;
    this.dropName = dropName;
  }

  /** A new SQLite database file in {@code dir}. */
  public static TestDatabase sqlite(Path dir) {
    return new TestDatabase("jdbc:sqlite:" + dir.resolve("nova.sqlite"), null);
  }

  /** A new, empty PostgreSQL database, dropped on {@link #close()}. */
  public static TestDatabase postgresql() {
    String name =
        "flagstaff_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection admin = connect(SERVER + "postgres");
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      String notice = "no PostgreSQL server at " + SERVER + " (" + e.getMessage() + ")";
      if ("true".equals(System.getenv("CI"))) {
        Assertions.fail(notice + ", and CI=true needs one: .ci/run starts it");
      }
      System.err.println("NOTICE: skipping PostgreSQL tests: " + notice + "; see README");
      Assumptions.abort(notice);
    }
    return new TestDatabase(SERVER + name + "?user=flagstaff&password=flagstaff", name);
  }

  /** A database of the kind named: {@code sqlite} or {@code postgresql}. */
  public static TestDatabase of(String kind, Path dir) {
    return kind.equals("sqlite") ? sqlite(dir) : postgresql();
  }

  private static Connection connect(String url) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", "flagstaff");
    properties.setProperty("password", "flagstaff");
    properties.setProperty("connectTimeout", "5");
    return new org.postgresql.Driver().connect(url, properties);
  }

  /** The database's JDBC URL, as {@code --sql_connection} takes it. */
  public String url() {
    return url;
  }

  /** Runs {@code sql} on the database directly, as an operator with a SQL shell would. */
  public void execute(String sql) throws SQLException {
    Properties none = new Properties();
    try (Connection c =
            dropName == null
                ? new org.sqlite.JDBC().connect(url, none)
                : new org.postgresql.Driver().connect(url, none);
        Statement statement = c.createStatement()) {
      statement.execute(sql);
    }
  }

  @Override
  public void close() throws SQLException {
    if (dropName != null) {
      try (Connection admin = connect(SERVER + "postgres");
          Statement statement = admin.createStatement()) {
        statement.execute("DROP DATABASE IF EXISTS " + dropName + " WITH (FORCE)");
      }
    }
  }
}
