package io.github.flagstaff.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Properties;

/**
 * What differs between the databases Flagstaff keeps service records in: the driver, the database's
 * clock in SQL, timestamps, and how migrations lock out each other.
 */
enum Dialect {
  SQLITE("jdbc:sqlite:", "sqlite") {
    @Override
    Connection connect(String url, Properties properties) throws SQLException {
      Properties all = new Properties();
      all.setProperty("journal_mode", "WAL");
      all.setProperty("busy_timeout", "10000");
      all.setProperty("transaction_mode", "IMMEDIATE");
      all.putAll(properties);
      return new org.sqlite.JDBC().connect(url, all);
    }

    @Override
    String now() {
      return "strftime('%Y-%m-%d %H:%M:%f', 'now')";
    }

    @Override
    String millisSince(String column) {
      return "CAST((julianday('now') - julianday(" + column + ")) * 86400000 AS INTEGER)";
    }

    @Override
    Instant instant(ResultSet row, String column) throws SQLException {
      String text = row.getString(column);
      return text == null
          ? null
          : LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    }

    @Override
    void lockForMigration(Statement statement) {
      // transaction_mode=IMMEDIATE: the transaction holds SQLite's write lock from its start.
    }
  },

  POSTGRESQL("jdbc:postgresql:", "postgresql") {
    @Override
    Connection connect(String url, Properties properties) throws SQLException {
      Properties all = new Properties();
      all.setProperty("connectTimeout", "10");
      all.setProperty("socketTimeout", "30");
      all.setProperty("loginTimeout", "10");
      all.setProperty("ApplicationName", "flagstaff");
      all.putAll(properties);
      return new org.postgresql.Driver().connect(url, all);
    }

    @Override
    String now() {
      return "CURRENT_TIMESTAMP";
    }

    @Override
    String millisSince(String column) {
      return "CAST(EXTRACT(EPOCH FROM (CURRENT_TIMESTAMP - " + column + ")) * 1000 AS BIGINT)";
    }

    @Override
    Instant instant(ResultSet row, String column) throws SQLException {
      OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
      return time == null ? null : time.toInstant();
    }

    @Override
    void lockForMigration(Statement statement) throws SQLException {
      statement.execute("SELECT pg_advisory_xact_lock(7270417)");
    }
  };

  private final String prefix;
  private final String migrations;

  Dialect(String prefix, String migrations) {
    this.prefix = prefix;
    this.migrations = migrations;
  }

  /** The JDBC URL prefix, such as {@code jdbc:sqlite:}. */
  String prefix() {
    return prefix;
  }

  /** The folder of this database's migrations, beside this class. */
  String migrations() {
    return "migrations/" + migrations + "/";
  }

  /**
   * Connects through the driver directly, with this store's defaults below {@code properties}.
   *
   * @return null if the driver does not take the URL
   */
  abstract Connection connect(String url, Properties properties) throws SQLException;

  /** The database's now, as an SQL expression of the stored timestamp type. */
  abstract String now();

  /** Milliseconds from the timestamp {@code column} to the database's now, in SQL. */
  abstract String millisSince(String column);

  /** The timestamp in {@code column}, or null. */
  abstract Instant instant(ResultSet row, String column) throws SQLException;

  /** Makes the open transaction exclusive among migrating processes. */
  abstract void lockForMigration(Statement statement) throws SQLException;
}
