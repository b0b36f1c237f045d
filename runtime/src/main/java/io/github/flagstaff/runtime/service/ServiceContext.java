package io.github.flagstaff.runtime.service;

import io.github.flagstaff.runtime.flags.FlagValues;
import io.github.flagstaff.runtime.rpc.RpcClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a manager knows about the service it runs in: host, binary, topic, the current flag values
 * (which change when SIGHUP applies new values of mutable flags), an RPC client for calling other
 * services, and read access to the service records, to find them.
 */
public final class ServiceContext {
  private final String host;
  private final String binary;
  private final String topic;
  private final ServiceRpc rpc;
  private final StoreHandle store;
  private volatile FlagValues flags;

  /** A context whose service records are in a new in-memory store (for tests and embedders). */
  public ServiceContext(String host, String binary, String topic, FlagValues flags, RpcClient rpc) {
    this(
        host,
        binary,
        topic,
        flags,
        ServiceRpc.of(Objects.requireNonNull(rpc, "rpc")),
        StoreHandle.of(new InMemoryServiceStore()));
  }

  ServiceContext(
      String host,
      String binary,
      String topic,
      FlagValues flags,
      ServiceRpc rpc,
      StoreHandle store) {
    this.store = Objects.requireNonNull(store, "store");
    this.host = Objects.requireNonNull(host, "host");
    this.binary = Objects.requireNonNull(binary, "binary");
    this.topic = Objects.requireNonNull(topic, "topic");
    this.flags = Objects.requireNonNull(flags, "flags");
    this.rpc = Objects.requireNonNull(rpc, "rpc");
  }

  /** The node's name: {@code --host}, or the machine's hostname. */
  public String host() {
    return host;
  }

  /** The program's name, such as {@code nova-network}. */
  public String binary() {
    return binary;
  }

  /** The topic, such as {@code network}. */
  public String topic() {
    return topic;
  }

  /** The flag values now in force. */
  public FlagValues flags() {
    return flags;
  }

  /** A flag set's view of the values now in force; read mutable flags through this. */
  public <T> T flags(Class<T> flagSet) {
    return flags.get(flagSet);
  }

  /**
   * Sends RPCs to other services over this service's transport, which is opened on first use;
   * generated clients wrap it.
   *
   * @throws IllegalArgumentException if {@code --transport_url} names no transport this program has
   */
  public RpcClient rpc() {
    return rpc.client();
  }

  /**
   * The services of {@code topic} that may be given work: up (they reported within {@code
   * --service_down_time}, by the store's clock) and not disabled. Nova's schedulers asked this.
   *
   * @throws ServiceStoreException if the store cannot be reached
   * @throws IllegalArgumentException if {@code --sql_connection} names no store this program has
   */
  public List<ServiceRecord> services(String topic) {
    Duration downTime = serviceDownTime();
    List<ServiceRecord> out = new ArrayList<>();
    for (ServiceRecord record : store.get().topic(topic)) {
      if (record.isAvailable(downTime)) {
        out.add(record);
      }
    }
    return out;
  }

  /**
   * Every service record, up or down, enabled or not; {@link ServiceRecord#isUp} with {@link
   * #serviceDownTime()} tells which are up.
   *
   * @throws ServiceStoreException if the store cannot be reached
   * @throws IllegalArgumentException if {@code --sql_connection} names no store this program has
   */
  public List<ServiceRecord> serviceRecords() {
    return store.get().all();
  }

  /** {@code --service_down_time} now in force. */
  public Duration serviceDownTime() {
    return flags(ServiceFlags.class).serviceDownTime();
  }

  void updateFlags(FlagValues flags) {
    this.flags = flags;
  }

  @Override
  public String toString() {
    return binary + " on " + host;
  }
}
