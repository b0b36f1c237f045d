package io.github.flagstaff.runtime.service;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Optional;

/**
 * Nova's {@code report_state}: bumps the service record's report count, re-creates a record that
 * vanished, and tells once when the store goes away and once when it comes back.
 */
final class Heartbeat {
  private static final Logger LOG = System.getLogger(Heartbeat.class.getName());

  private final ServiceStore store;
  private final Clock clock;
  private final String host;
  private final String binary;
  private final String topic;
  private long recordId;
  private boolean storeGone;

  Heartbeat(ServiceStore store, Clock clock, String host, String binary, String topic) {
    this.store = store;
    this.clock = clock;
    this.host = host;
    this.binary = binary;
    this.topic = topic;
  }

  /** Finds or creates the record at start-up; returns its id. */
  long register() {
    Optional<ServiceRecord> existing = store.find(host, binary);
    recordId = existing.isPresent() ? existing.get().id() : store.create(host, binary, topic).id();
    return recordId;
  }

  /** One report; never throws. */
  synchronized void report() {
    try {
      ServiceRecord record =
          store
              .get(recordId)
              .orElseGet(
                  () -> {
                    LOG.log(
                        Level.WARNING,
                        "service record of {0} on {1} vanished; re-creating it",
                        binary,
                        host);
                    return store.create(host, binary, topic);
                  });
      recordId = record.id();
      store.update(record.reported(clock.instant()));
      if (storeGone) {
        storeGone = false;
        LOG.log(Level.ERROR, "Recovered model server connection!");
      }
    } catch (RuntimeException e) {
      if (!storeGone) {
        storeGone = true;
        LOG.log(Level.ERROR, "model server went away", e);
      }
    }
  }

  /** Deletes the record (Nova's {@code kill}). */
  synchronized void deleteRecord() {
    store.delete(recordId);
  }

  synchronized long recordId() {
    return recordId;
  }
}
