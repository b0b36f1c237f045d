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
  private static final long UNREGISTERED = -1;

  private long recordId = UNREGISTERED;
  private boolean storeGone;

  Heartbeat(ServiceStore store, Clock clock, String host, String binary, String topic) {
    this.store = store;
    this.clock = clock;
    this.host = host;
    this.binary = binary;
    this.topic = topic;
  }

  /**
   * Finds or creates the record at start-up. When the store is down the service starts all the
   * same: this is logged as the store going away, and the first report that reaches it registers.
   */
  synchronized void register() {
    try {
      recordId = findOrCreate().id();
    } catch (RuntimeException e) {
      wentAway(e);
    }
  }

  private ServiceRecord findOrCreate() {
    Optional<ServiceRecord> existing = store.find(host, binary);
    return existing.isPresent() ? existing.get() : store.create(host, binary, topic);
  }

  /** One report; never throws. */
  synchronized void report() {
    try {
      ServiceRecord record;
      if (recordId == UNREGISTERED) {
        record = findOrCreate();
      } else {
        Optional<ServiceRecord> current = store.get(recordId);
        if (current.isPresent()) {
          record = current.get();
        } else {
          LOG.log(
              Level.WARNING, "service record of {0} on {1} vanished; re-creating it", binary, host);
          record = store.create(host, binary, topic);
        }
      }
      recordId = record.id();
      store.update(record.reported(clock.instant()));
      if (storeGone) {
        storeGone = false;
        LOG.log(Level.ERROR, "Recovered model server connection!");
      }
    } catch (RuntimeException e) {
      wentAway(e);
    }
  }

  private void wentAway(RuntimeException e) {
    if (!storeGone) {
      storeGone = true;
      LOG.log(Level.ERROR, "model server went away", e);
    }
  }

  /** Deletes the record (Nova's {@code kill}). */
  synchronized void deleteRecord() {
    if (recordId != UNREGISTERED) {
      store.delete(recordId);
    }
  }

  synchronized long recordId() {
    return recordId;
  }
}
