package io.github.flagstaff.runtime.service;

import io.github.flagstaff.runtime.flags.FlagValues;
import io.github.flagstaff.runtime.rpc.RpcClient;
import io.github.flagstaff.runtime.rpc.RpcFlags;
import io.github.flagstaff.runtime.rpc.Transport;
import io.github.flagstaff.runtime.rpc.Transports;
import io.github.flagstaff.runtime.rpc.VersionCaps;

/**
 * A service's transport and RPC client, opened when first needed: a manager without {@code @Rpc}
 * methods that never calls another service never opens a transport.
 */
final class ServiceRpc {
  private final FlagValues values;
  private final Transport given;
  private final RpcClient.HostCheck hostCheck;
  private Transport transport;
  private RpcClient client;
  private boolean closed;

  private ServiceRpc(
      FlagValues values, Transport given, RpcClient.HostCheck hostCheck, RpcClient client) {
    this.values = values;
    this.given = given;
    this.hostCheck = hostCheck;
    this.client = client;
  }

  /**
   * The transport {@code --transport_url} of {@code values} names, or {@code given} (not closed
   * here) when not null; calls checked by {@code hostCheck}.
   */
  static ServiceRpc opening(FlagValues values, Transport given, RpcClient.HostCheck hostCheck) {
    return new ServiceRpc(values, given, hostCheck, null);
  }

  /** Always {@code client}, which the caller opened and closes. */
  static ServiceRpc of(RpcClient client) {
    return new ServiceRpc(null, null, null, client);
  }

  /** The transport, opened now if it was not. */
  synchronized Transport transport() {
    if (transport == null) {
      if (closed) {
        throw new IllegalStateException("the service has stopped; its transport is closed");
      }
      transport =
          given != null
              ? given
              : Transports.open(values.get(RpcFlags.class).transportUrl(), values);
    }
    return transport;
  }

  /** The client, made now if it was not. */
  synchronized RpcClient client() {
    if (client == null) {
      client =
          new RpcClient(
              transport(),
              values.get(RpcFlags.class).rpcResponseTimeout(),
              hostCheck,
              VersionCaps.of(values));
    }
    return client;
  }

  /** Closes the transport if this opened it. */
  synchronized void close() {
    closed = true;
    if (transport != null && given == null) {
      transport.close();
    }
  }
}
