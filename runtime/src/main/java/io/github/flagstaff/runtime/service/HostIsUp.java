package io.github.flagstaff.runtime.service;

import io.github.flagstaff.runtime.rpc.RpcClient;
import io.github.flagstaff.runtime.rpc.RpcException;
import io.github.flagstaff.runtime.rpc.Target;
import java.util.Optional;

/**
 * Refuses at once a call to a host whose service record is down, rather than letting it wait for
 * its timeout; when the store cannot be reached, or has no record of the host, the call goes.
 */
final class HostIsUp implements RpcClient.HostCheck {
  private final StoreHandle store;
  private volatile ServiceContext context;

  HostIsUp(StoreHandle store) {
    this.store = store;
  }

  /** The context whose {@code --service_down_time} applies; until then every call goes. */
  void attach(ServiceContext context) {
    this.context = context;
  }

  @Override
  public void check(Target target) {
    ServiceContext context = this.context;
    if (context == null) {
      return;
    }
    Optional<ServiceRecord> record;
    try {
      record = store.get().find(target.topic(), target.host());
    } catch (ServiceStoreException | IllegalArgumentException e) {
      return;
    }
    if (record.isPresent() && !record.get().isUp(context.serviceDownTime())) {
      ServiceRecord down = record.get();
      throw new RpcException(
          "call to "
              + target
              + " refused: "
              + down.binary()
              + " on "
              + down.host()
              + " is down, last seen "
              + (down.lastSeenUp() != null ? down.lastSeenUp() : down.createdAt())
              + " ("
              + down.sinceLastSeen().toSeconds()
              + " s ago; --service_down_time is "
              + context.serviceDownTime().toSeconds()
              + " s)");
    }
  }
}
