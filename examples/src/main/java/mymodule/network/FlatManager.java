package mymodule.network;

import io.github.flagstaff.PeriodicTask;
import io.github.flagstaff.ServiceManager;
import io.github.flagstaff.runtime.service.Manager;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/** Nova's FlatManager: every instance on one bridge. */
@ServiceManager(topic = "network")
public class FlatManager extends Manager {
  private static final Logger LOG = System.getLogger(FlatManager.class.getName());

  private final FlatFlags flags;

  public FlatManager(FlatFlags flags) {
    this.flags = flags;
  }

  @Override
  public void initHost() {
    if (flags.flatNetworkBridge().isBlank()) {
      throw new IllegalStateException("--flat_network_bridge must name a bridge");
    }
    LOG.log(
        Level.INFO,
        "FlatManager on {0}: bridge {1}, dns {2}",
        host(),
        flags.flatNetworkBridge(),
        flags.flatNetworkDns());
  }

  /** Checks the bridge, every {@code --periodic_interval}. */
  @PeriodicTask
  public void checkBridge() {
    LOG.log(Level.INFO, "FlatManager: bridge {0} is up", flags.flatNetworkBridge());
  }
}
