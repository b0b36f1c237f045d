package test.net;

import io.github.flagstaff.PeriodicTask;
import io.github.flagstaff.Rpc;
import io.github.flagstaff.ServiceManager;
import io.github.flagstaff.runtime.flags.FlagValues;
import io.github.flagstaff.runtime.rpc.RequestContext;
import io.github.flagstaff.runtime.service.Manager;
import io.github.flagstaff.runtime.service.ServiceContext;
import io.github.flagstaff.runtime.service.TaskContext;
import java.util.Map;

@ServiceManager(topic = "net", rpcVersion = "1.3")
public class FlatManager extends Manager {
  public FlatManager(BridgeFlags bridge, FlagValues values, ServiceContext context) {}

  @Rpc
  public Lease allocate(RequestContext context, String project, int count) {
    return null;
  }

  @Rpc(since = "1.2")
  public void release(Lease lease) {}

  @Rpc(since = "1.3", namespace = "stats")
  public Map<String, Long> usage() {
    return Map.of();
  }

  public void notRemotelyCallable() {}

  @PeriodicTask(spacing = "10s")
  public void checkBridge() {}

  @PeriodicTask(spacing = "1m", runImmediately = true, name = "sweep")
  public int sweepLeases(TaskContext context) throws Exception {
    return 0;
  }

  @PeriodicTask(enabled = false)
  public void disabledForNow() {}
}
