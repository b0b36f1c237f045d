package test.net;

import io.github.flagstaff.Rpc;
import io.github.flagstaff.ServiceManager;
import io.github.flagstaff.runtime.rpc.RequestContext;
import io.github.flagstaff.runtime.service.Manager;

@ServiceManager(topic = "net", isDefault = true)
public class VlanManager extends Manager {
  public VlanManager() {}

  @Rpc
  public Lease allocate(RequestContext context, String project, int count) {
    return null;
  }
}
