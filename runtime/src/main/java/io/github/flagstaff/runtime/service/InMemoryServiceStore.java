package io.github.flagstaff.runtime.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link ServiceStore} in this JVM's memory: what services share when they run in one process.
 */
public final class InMemoryServiceStore implements ServiceStore {
  private final Clock clock;
  private final Map<Long, ServiceRecord> records = new ConcurrentSkipListMap<>();
  private final AtomicLong ids = new AtomicLong();

  /** A store that stamps records with the system clock. */
  public InMemoryServiceStore() {
    this(Clock.systemUTC());
  }

  /** A store that stamps records with {@code clock}. */
  public InMemoryServiceStore(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Optional<ServiceRecord> find(String host, String binary) {
    for (ServiceRecord record : records.values()) {
      if (record.host().equals(host) && record.binary().equals(binary)) {
        return Optional.of(record);
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<ServiceRecord> get(long id) {
    return Optional.ofNullable(records.get(id));
  }

  @Override
  public synchronized ServiceRecord create(String host, String binary, String topic) {
    ServiceRecord record =
        new ServiceRecord(ids.incrementAndGet(), host, binary, topic, 0, clock.instant(), null);
    records.put(record.id(), record);
    return record;
  }

  @Override
  public void update(ServiceRecord record) {
    records.computeIfPresent(record.id(), (id, old) -> record);
  }

  @Override
  public void delete(long id) {
    records.remove(id);
  }

  @Override
  public List<ServiceRecord> all() {
    return new ArrayList<>(records.values());
  }
}
