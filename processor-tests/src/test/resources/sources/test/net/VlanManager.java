package test.net;

import io.github.flagstaff.ServiceManager;
import io.github.flagstaff.runtime.service.Manager;

@ServiceManager(topic = "net", isDefault = true)
public class VlanManager extends Manager {
  public VlanManager() {}
}
