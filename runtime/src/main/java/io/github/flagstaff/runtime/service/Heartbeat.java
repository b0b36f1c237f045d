package io.github.flagstaff.runtime.service;

import io.github.flagstaff.runtime.Log;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Nova's {@code report_state}: registers the service record, reports to it, re-creates a record
 * that vanished, and tells once when the store goes away and once when it comes back.
 */
final class Heartbeat {
  private static final Log LOG = Log.of(Heartbeat.class);
  private static final long UNREGISTERED = -1;

  private final StoreHandle store;
  private final String host;
  private final String binary;
  private final String topic;
  private final CountDownLatch registered = new CountDownLatch(1);

  private long recordId = UNREGISTERED;
  private boolean storeGone;

  Heartbeat(StoreHandle store, String host, String binary, String topic) {
    this.store = store;
    this.host = host;
    this.binary = binary;
    this.topic = topic;
  }

  /**
   * Gets or creates the record. When the store cannot be reached this is logged as the store going
   * away, and the first report that reaches it registers.
   *
   * @throws IllegalArgumentException if {@code --sql_connection} names no store this program has
   */
  synchronized void register() {
    try {
      registerNow(store.get());
      recovered();
    } catch (ServiceStoreException e) {
      wentAway(e);
    }
  }

  private void registerNow(ServiceStore opened) {
    recordId = opened.register(host, binary, topic).id();
    if (registered.getCount() > 0) {
      LOG.log(
          Level.INFO,
          "{0} on {1} is in the service store (record {2})",
          binary,
          host,
          Long.toString(recordId));
      registered.countDown();
    }
  }

  /**
   * One report; throws only when {@code --sql_connection} names no store this program has.
   *
   * @throws IllegalArgumentException as {@link #register()}
   */
  synchronized void report() {
    try {
      ServiceStore opened = store.get();
      if (recordId == UNREGISTERED) {
        registerNow(opened);
      }
      if (!opened.report(recordId)) {
        LOG.log(
            Level.WARNING, "service record of {0} on {1} vanished; re-creating it", binary, host);
        registerNow(opened);
        opened.report(recordId);
      }
      recovered();
    } catch (ServiceStoreException e) {
      wentAway(e);
    }
  }

  private void recovered() {
    if (storeGone) {
      storeGone = false;
      LOG.log(Level.ERROR, "Recovered model server connection!");
    }
  }

  private void wentAway(ServiceStoreException e) {
    if (!storeGone) {
      storeGone = true;
      LOG.log(Level.ERROR, "model server went away: {0}", e.getMessage());
    }
  }

  /** Deletes the record (Nova's {@code kill}), if the store can be reached. */
  synchronized void deleteRecord() {
    if (recordId != UNREGISTERED) {
      try {
        store.get().delete(recordId);
      } catch (ServiceStoreException | IllegalArgumentException e) {
        LOG.log(Level.WARNING, "could not delete the service record: {0}", e.getMessage());
      }
    }
  }

  /** Waits until the record has been registered; true if it was within {@code timeout}. */
  boolean awaitRegistered(Duration timeout) throws InterruptedException {
    return registered.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  synchronized long recordId() {
    return recordId;
  }
}
