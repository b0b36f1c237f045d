package io.github.flagstaff.runtime.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link ServiceStore} in this JVM's memory ({@code --sql_connection=memory:}): what services
 * share when they run in one process, and what tests use.
 */
public final class InMemoryServiceStore implements ServiceStore {
  private static final Comparator<ServiceRecord> BY_BINARY_AND_HOST =
      new Comparator<>() {
        @Override
        public int compare(ServiceRecord a, ServiceRecord b) {
          int byBinary = a.binary().compareTo(b.binary());
          return byBinary != 0 ? byBinary : a.host().compareTo(b.host());
        }
      };

  /** A row as stored; ages are computed when read. */
  private record Row(
      long id,
      String host,
      String binary,
      String topic,
      long reportCount,
      boolean disabled,
      String disabledReason,
      Instant createdAt,
      Instant updatedAt,
      Instant lastSeenUp) {}

  private final Clock clock;
  private final Map<Long, Row> rows = new TreeMap<>();
  private long lastId;

  /** A store whose "now" is the system clock. */
  public InMemoryServiceStore() {
    this(Clock.systemUTC());
  }

  /** A store whose "now" is {@code clock}. */
  public InMemoryServiceStore(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized ServiceRecord register(String host, String binary, String topic) {
    for (Row row : rows.values()) {
      if (row.host.equals(host) && row.binary.equals(binary)) {
        return record(row);
      }
    }
    Row row = new Row(++lastId, host, binary, topic, 0, false, null, clock.instant(), null, null);
    rows.put(row.id, row);
    return record(row);
  }

  @Override
  public synchronized boolean report(long id) {
    Row row = rows.get(id);
    if (row == null) {
      return false;
    }
    Instant now = clock.instant();
    rows.put(
        id,
        new Row(
            id,
            row.host,
            row.binary,
            row.topic,
            row.reportCount + 1,
            row.disabled,
            row.disabledReason,
            row.createdAt,
            now,
            now));
    return true;
  }

  @Override
  public synchronized Optional<ServiceRecord> get(long id) {
    Row row = rows.get(id);
    return row == null ? Optional.empty() : Optional.of(record(row));
  }

  @Override
  public synchronized List<ServiceRecord> all() {
    List<ServiceRecord> out = new ArrayList<>();
    for (Row row : rows.values()) {
      out.add(record(row));
    }
    out.sort(BY_BINARY_AND_HOST);
    return out;
  }

  @Override
  public synchronized List<ServiceRecord> topic(String topic) {
    List<ServiceRecord> out = new ArrayList<>();
    for (ServiceRecord record : all()) {
      if (record.topic().equals(topic)) {
        out.add(record);
      }
    }
    return out;
  }

  @Override
  public synchronized boolean setDisabled(
      String host, String binary, boolean disabled, String reason) {
    for (Row row : rows.values()) {
      if (row.host.equals(host) && row.binary.equals(binary)) {
        rows.put(
            row.id,
            new Row(
                row.id,
                host,
                binary,
                row.topic,
                row.reportCount,
                disabled,
                disabled ? reason : null,
                row.createdAt,
                clock.instant(),
                row.lastSeenUp));
        return true;
      }
    }
    return false;
  }

  @Override
  public synchronized void delete(long id) {
    rows.remove(id);
  }

  private ServiceRecord record(Row row) {
    Instant seen = row.lastSeenUp != null ? row.lastSeenUp : row.createdAt;
    return new ServiceRecord(
        row.id,
        row.host,
        row.binary,
        row.topic,
        row.reportCount,
        row.disabled,
        row.disabledReason,
        row.createdAt,
        row.updatedAt,
        row.lastSeenUp,
        Duration.between(seen, clock.instant()));
  }
}
