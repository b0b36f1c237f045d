package io.github.flagstaff.runtime.service;

import java.time.Clock;

/**
 * The service store of a service: one it was given, or the one {@code --sql_connection} names,
 * opened when first used, so that loading a driver or reaching a slow database never delays the
 * start.
 */
final class StoreHandle {
  private final StoreFlags flags;
  private final Clock clock;
  private ServiceStore store;

  private StoreHandle(ServiceStore store, StoreFlags flags, Clock clock) {
    this.store = store;
    this.flags = flags;
    this.clock = clock;
  }

  /** A handle on a store that its owner opened and closes. */
  static StoreHandle of(ServiceStore store) {
    return new StoreHandle(store, null, null);
  }

  /**
   * A handle that opens the store {@code flags} name when first used, and closes it; {@code clock}
   * is the clock of a {@code memory:} store.
   */
  static StoreHandle opening(StoreFlags flags, Clock clock) {
    return new StoreHandle(null, flags, clock);
  }

  /**
   * The store, opened now if it was not yet.
   *
   * @throws IllegalArgumentException if {@code --sql_connection} names no store this program has
   */
  synchronized ServiceStore get() {
    if (store == null) {
      store = ServiceStores.open(flags, clock);
    }
    return store;
  }

  /** Closes the store if this handle opened it. */
  synchronized void close() {
    if (flags != null && store != null) {
      store.close();
    }
  }
}
