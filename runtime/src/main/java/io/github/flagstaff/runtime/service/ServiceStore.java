package io.github.flagstaff.runtime.service;

import java.util.List;
import java.util.Optional;

/**
 * Where service records live. Nova kept them in its database; {@link InMemoryServiceStore} is the
 * default. Any method may throw when the store is unreachable; services log that and keep running.
 */
public interface ServiceStore {

  /** The record of {@code binary} on {@code host}. */
  Optional<ServiceRecord> find(String host, String binary);

  /** The record with {@code id}, if it still exists. */
  Optional<ServiceRecord> get(long id);

  /** Creates a record with no reports yet. */
  ServiceRecord create(String host, String binary, String topic);

  /** Stores {@code record}'s report count and time. */
  void update(ServiceRecord record);

  /** Deletes the record with {@code id}, if it exists. */
  void delete(long id);

  /** Every record. */
  List<ServiceRecord> all();
}
