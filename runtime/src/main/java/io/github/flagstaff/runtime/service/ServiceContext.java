package io.github.flagstaff.runtime.service;

import io.github.flagstaff.runtime.flags.FlagValues;
import io.github.flagstaff.runtime.rpc.RpcClient;
import java.util.Objects;

/**
 * What a manager knows about the service it runs in: host, binary, topic, the current flag values
 * (which change when SIGHUP applies new values of mutable flags), and an RPC client for calling
 * other services.
 */
public final class ServiceContext {
  private final String host;
  private final String binary;
  private final String topic;
  private final RpcClient rpc;
  private volatile FlagValues flags;

  public ServiceContext(String host, String binary, String topic, FlagValues flags, RpcClient rpc) {
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

  /** Sends RPCs to other services over this service's transport; generated clients wrap it. */
  public RpcClient rpc() {
    return rpc;
  }

  void updateFlags(FlagValues flags) {
    this.flags = flags;
  }

  @Override
  public String toString() {
    return binary + " on " + host;
  }
}
