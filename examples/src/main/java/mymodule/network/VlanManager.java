package mymodule.network;

import io.github.flagstaff.PeriodicTask;
import io.github.flagstaff.ServiceManager;
import io.github.flagstaff.runtime.service.Manager;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/** Nova's VlanManager, the default: a VLAN and bridge per project. */
@ServiceManager(topic = "network", isDefault = true)
public class VlanManager extends Manager {
  private static final Logger LOG = System.getLogger(VlanManager.class.getName());

  private final VlanFlags flags;

  public VlanManager(VlanFlags flags) {
    this.flags = flags;
  }

  @Override
  public void initHost() {
    LOG.log(
        Level.INFO,
        "VlanManager on {0}: vlans from {1,number,#}, {2,number,#} networks of {3,number,#}"
            + " addresses",
        host(),
        flags.vlanStart(),
        flags.numNetworks(),
        flags.networkSize());
  }

  /** Releases leases that expired, every {@code --periodic_interval}. */
  @PeriodicTask(runImmediately = true)
  public void releaseExpiredLeases() {
    LOG.log(Level.INFO, "VlanManager: released 0 expired leases");
  }
}
