package io.github.flagstaff.manage;

import io.github.flagstaff.runtime.CommonFlags;
import io.github.flagstaff.runtime.flags.FlagValues;
import io.github.flagstaff.runtime.service.ServiceFlags;
import io.github.flagstaff.runtime.service.ServiceStore;
import io.github.flagstaff.runtime.service.ServiceStores;
import io.github.flagstaff.runtime.service.StoreFlags;
import io.github.flagstaff.sql.JdbcServiceStore;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** One run of a command: its flags, where it prints, and the store, opened when first needed. */
final class Invocation implements AutoCloseable {
  private static final String MEMORY = "memory:";

  /** The service a command acts on. */
  record Target(String host, String binary) {
    @Override
    public String toString() {
      return binary + " on host " + host;
    }
  }

  private final FlagValues values;
  private final PrintStream out;
  private ServiceStore store;

  Invocation(FlagValues values, PrintStream out) {
    this.values = values;
    this.out = out;
  }

  PrintStream out() {
    return out;
  }

  ManageFlags manage() {
    return values.get(ManageFlags.class);
  }

  Duration serviceDownTime() {
    return values.get(ServiceFlags.class).serviceDownTime();
  }

  /** The service that {@code --host} and {@code --binary} name; both are required. */
  Target target(Command command) throws UsageException {
    Optional<String> host = values.get(CommonFlags.class).host();
    Optional<String> binary = manage().binary();
    if (host.isEmpty() || binary.isEmpty()) {
      String missing =
          host.isEmpty() && binary.isEmpty()
              ? "--host and --binary"
              : host.isEmpty() ? "--host" : "--binary";
      throw new UsageException(command + " needs " + missing + " to name the service");
    }
    return new Target(host.get(), binary.get());
  }

  /** Refuses {@code --reason} for a command that would not record it. */
  void refuseReason(Command command) throws UsageException {
    if (manage().reason().isPresent()) {
      throw new UsageException("--reason is only for service disable, not " + command);
    }
  }

  /** Disables or enables {@code target}, which must exist. */
  void setDisabled(Command command, Target target, boolean disabled, String reason)
      throws UsageException {
    if (!store().setDisabled(target.host(), target.binary(), disabled, reason)) {
      throw UsageException.notFound(
          command + ": no service " + target + " in the service store; see service list");
    }
  }

  /** The store that {@code --sql_connection} names. */
  ServiceStore store() throws UsageException {
    if (store == null) {
      try {
        store = ServiceStores.open(values.get(StoreFlags.class), Clock.systemUTC());
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
    return store;
  }

  /** The store as a database with a schema, for the {@code db} commands. */
  JdbcServiceStore database(Command command) throws UsageException {
    if (store() instanceof JdbcServiceStore database) {
      return database;
    }
    String url = values.get(StoreFlags.class).sqlConnection();
    throw new UsageException(
        (url.equals(MEMORY)
                ? "--sql_connection=memory: keeps its records in one process and has no schema"
                : "this --sql_connection has no schema")
            + ": there is nothing for "
            + command
            + " to manage");
  }

  @Override
  public void close() {
    if (store != null) {
      store.close();
    }
  }
}
