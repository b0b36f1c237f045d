package io.github.flagstaff.sql;

import io.github.flagstaff.runtime.service.ServiceRecord;
import io.github.flagstaff.runtime.service.ServiceStore;
import io.github.flagstaff.runtime.service.ServiceStoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Service records in Nova's {@code services} table, in SQLite or PostgreSQL. Every change is one
 * statement the database makes atomic; times are the database's own ({@code CURRENT_TIMESTAMP}), so
 * hosts with skewed clocks agree on who is up. A record is deleted as Nova did, by setting {@code
 * deleted} to its id, which keeps (host, binary) unique among live rows.
 *
 * <p>One connection, opened when first needed and again after a failure; before its first read or
 * write, the schema is brought to the version this Flagstaff knows, or refused if it is newer.
 * Thread-safe.
 */
public final class JdbcServiceStore implements ServiceStore {
  private static final String COLUMNS =
      "id, host, \"binary\", topic, report_count, disabled, disabled_reason, created_at,"
          + " updated_at, last_seen_up, ";

  private final Dialect dialect;
  private final String url;
  private final Properties properties;
  private final String select;
  private final String now;
  private Connection connection;
  private boolean migrated;

  JdbcServiceStore(Dialect dialect, String url, Properties properties) {
    this.dialect = dialect;
    this.url = url;
    this.properties = properties;
    this.now = dialect.now();
    this.select =
        "SELECT "
            + COLUMNS
            + dialect.millisSince("COALESCE(last_seen_up, created_at)")
            + " AS since_ms FROM services WHERE deleted = 0";
  }

  @Override
  public synchronized ServiceRecord register(String host, String binary, String topic) {
    try {
      Connection c = connection(true);
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO services (host, \"binary\", topic, report_count, disabled, created_at,"
                  + " deleted) VALUES (?, ?, ?, 0, FALSE, "
                  + now
                  + ", 0) ON CONFLICT (host, \"binary\", deleted) DO NOTHING")) {
        insert.setString(1, host);
        insert.setString(2, binary);
        insert.setString(3, topic);
        insert.executeUpdate();
      }
      try (PreparedStatement query =
          c.prepareStatement(select + " AND host = ? AND \"binary\" = ?")) {
        query.setString(1, host);
        query.setString(2, binary);
        List<ServiceRecord> found = records(query);
        if (found.isEmpty()) {
          throw new ServiceStoreException(
              "the record of " + binary + " on " + host + " was deleted as it was registered");
        }
        return found.get(0);
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public synchronized boolean report(long id) {
    return update(
        "UPDATE services SET report_count = report_count + 1, last_seen_up = "
            + now
            + ", updated_at = "
            + now
            + " WHERE id = ? AND deleted = 0",
        id);
  }

  @Override
  public synchronized Optional<ServiceRecord> get(long id) {
    try (PreparedStatement query = connection(true).prepareStatement(select + " AND id = ?")) {
      query.setLong(1, id);
      List<ServiceRecord> found = records(query);
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public synchronized List<ServiceRecord> all() {
    try (PreparedStatement query =
        connection(true).prepareStatement(select + " ORDER BY \"binary\", host")) {
      return records(query);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public synchronized List<ServiceRecord> topic(String topic) {
    try (PreparedStatement query =
        connection(true).prepareStatement(select + " AND topic = ? ORDER BY host")) {
      query.setString(1, topic);
      return records(query);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public synchronized Optional<ServiceRecord> find(String topic, String host) {
    try (PreparedStatement query =
        connection(true).prepareStatement(select + " AND topic = ? AND host = ?")) {
      query.setString(1, topic);
      query.setString(2, host);
      List<ServiceRecord> found = records(query);
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public synchronized boolean setDisabled(
      String host, String binary, boolean disabled, String reason) {
    try (PreparedStatement update =
        connection(true)
            .prepareStatement(
                "UPDATE services SET disabled = ?, disabled_reason = ?, updated_at = "
                    + now
                    + " WHERE host = ? AND \"binary\" = ? AND deleted = 0")) {
      update.setBoolean(1, disabled);
      update.setString(2, disabled ? reason : null);
      update.setString(3, host);
      update.setString(4, binary);
      return update.executeUpdate() > 0;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public synchronized void delete(long id) {
    update("UPDATE services SET deleted = id, updated_at = " + now + " WHERE id = ?", id);
  }

  /** The schema version of the database, as it is: nothing is migrated to read it. */
  public synchronized int schemaVersion() {
    try {
      return Schema.version(connection(false));
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /**
   * Brings the schema to the newest version this Flagstaff knows ({@code db sync}).
   *
   * @return the versions applied
   * @throws ServiceStoreException if the database's schema is newer, or cannot be reached
   */
  public synchronized List<Integer> sync() {
    return syncTo(Schema.LATEST);
  }

  /** Brings the schema to {@code version}, for tests of upgrades from older versions. */
  synchronized List<Integer> syncTo(int version) {
    try {
      return Schema.sync(connection(false), dialect, version);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public synchronized void close() {
    disconnect();
  }

  private boolean update(String sql, long id) {
    try (PreparedStatement update = connection(true).prepareStatement(sql)) {
      update.setLong(1, id);
      return update.executeUpdate() > 0;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /**
   * The open connection, opened now if need be; {@code migrate}: synced to the latest schema, once
   * per connection (a heartbeat must not take the migration lock).
   */
  private Connection connection(boolean migrate) throws SQLException {
    if (connection == null) {
      Connection opened = dialect.connect(url, properties);
      if (opened == null) {
        throw new ServiceStoreException(
            "the " + dialect.prefix() + " driver does not accept --sql_connection");
      }
      connection = opened;
    }
    if (migrate && !migrated) {
      try {
        Schema.sync(connection, dialect, Schema.LATEST);
      } catch (SQLException | RuntimeException e) {
        disconnect();
        throw e;
      }
      migrated = true;
    }
    return connection;
  }

  private List<ServiceRecord> records(PreparedStatement query) throws SQLException {
    List<ServiceRecord> out = new ArrayList<>();
    try (ResultSet row = query.executeQuery()) {
      while (row.next()) {
        out.add(
            new ServiceRecord(
                row.getLong("id"),
                row.getString("host"),
                row.getString("binary"),
                row.getString("topic"),
                row.getLong("report_count"),
                row.getBoolean("disabled"),
                row.getString("disabled_reason"),
                dialect.instant(row, "created_at"),
                dialect.instant(row, "updated_at"),
                dialect.instant(row, "last_seen_up"),
                Duration.ofMillis(row.getLong("since_ms"))));
      }
    }
    return out;
  }

  /** Drops the connection, so the next call opens a new one, and says what failed. */
  private ServiceStoreException failed(SQLException e) {
    disconnect();
    return new ServiceStoreException(e.getMessage(), e);
  }

  private void disconnect() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        // Already broken; a new connection is opened on next use.
      }
      connection = null;
      migrated = false;
    }
  }
}
