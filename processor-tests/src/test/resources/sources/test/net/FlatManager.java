package test.net;

import io.github.flagstaff.PeriodicTask;
import io.github.flagstaff.ServiceManager;
import io.github.flagstaff.runtime.flags.FlagValues;
import io.github.flagstaff.runtime.service.Manager;
import io.github.flagstaff.runtime.service.ServiceContext;
import io.github.flagstaff.runtime.service.TaskContext;

@ServiceManager(topic = "net")
public class FlatManager extends Manager {
  public FlatManager(BridgeFlags bridge, FlagValues values, ServiceContext context) {}

  @PeriodicTask(spacing = "10s")
  public void checkBridge() {}

  @PeriodicTask(spacing = "1m", runImmediately = true, name = "sweep")
  public int sweepLeases(TaskContext context) throws Exception {
    return 0;
  }

  @PeriodicTask(enabled = false)
  public void disabledForNow() {}
}
