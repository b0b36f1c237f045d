package io.github.flagstaff.runtime.service;

import java.util.List;
import java.util.Optional;

/**
 * Where service records live: Nova's {@code services} table. {@code --sql_connection} chooses one
 * (see {@link ServiceStores}); {@link InMemoryServiceStore} keeps them in this JVM. Any method may
 * throw {@link ServiceStoreException} when the store cannot be reached; services log that and keep
 * running.
 */
public interface ServiceStore extends AutoCloseable {

  /**
   * The live record of {@code binary} on {@code host}, created with no reports if there is none.
   * Processes that register the same host and binary at once end with one record.
   */
  ServiceRecord register(String host, String binary, String topic);

  /**
   * One heartbeat, as one atomic change: one more report, and {@code last_seen_up} set to the
   * store's now.
   *
   * @return false if the record no longer exists
   */
  boolean report(long id);

  /** The live record with {@code id}. */
  Optional<ServiceRecord> get(long id);

  /** Every live record, ordered by binary and host. */
  List<ServiceRecord> all();

  /** The live records of {@code topic}, ordered by host. */
  List<ServiceRecord> topic(String topic);

  /** The live record of {@code topic} on {@code host}, if there is one. */
  default Optional<ServiceRecord> find(String topic, String host) {
    for (ServiceRecord record : topic(topic)) {
      if (record.host().equals(host)) {
        return Optional.of(record);
      }
    }
    return Optional.empty();
  }

  /**
   * Takes {@code binary} on {@code host} out of scheduling, or puts it back; it keeps reporting.
   *
   * @param reason why, or null
   * @return false if there is no such live record
   */
  boolean setDisabled(String host, String binary, boolean disabled, String reason);

  /** Deletes the record with {@code id}, if it exists (Nova's {@code kill}). */
  void delete(long id);

  /** Releases connections; the store may not be used afterwards. */
  @Override
  default void close() {}
}
