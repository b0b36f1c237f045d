package mymodule.compute;

import io.github.flagstaff.Rpc;
import io.github.flagstaff.ServiceManager;
import io.github.flagstaff.runtime.rpc.RequestContext;
import io.github.flagstaff.runtime.service.Manager;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code nova-compute}: runs instances on its host. Other services reach it through the generated
 * {@code ComputeClient}, on the topic {@code compute} or on {@code compute.<host>}.
 *
 * <p>Its RPC API has versions, as Nova's compute API: 1.0, the first; 1.1 adds {@link
 * #getHostUptime()}. A caller checks {@code ComputeClient.canSendVersion("1.1")} before calling it,
 * so that while {@code --upgrade_levels_compute=1.0} holds it back (older compute hosts still
 * running), it falls back.
 */
@ServiceManager(topic = "compute", rpcVersion = "1.1")
public class ComputeManager extends Manager {
  private static final Logger LOG = System.getLogger(ComputeManager.class.getName());

  private final ComputeFlags flags;
  private final List<Instance> instances = new ArrayList<>();
  private final long started = System.nanoTime();

  public ComputeManager(ComputeFlags flags) {
    this.flags = flags;
  }

  /** Starts an instance here, if the memory is there. */
  @Rpc
  public synchronized Instance runInstance(RequestContext context, String name, int memoryMb) {
    int free = freeMemoryMb();
    if (memoryMb > free) {
      throw new IllegalStateException(
          "not enough memory on "
              + host()
              + " for "
              + name
              + ": "
              + memoryMb
              + " MB asked, "
              + free
              + " free");
    }
    Instance instance = new Instance(name, host(), memoryMb, Instance.State.RUNNING);
    instances.add(instance);
    LOG.log(
        Level.INFO,
        "compute on {0}: running {1} ({2,number,#} MB) for {3} [{4}]",
        host(),
        name,
        memoryMb,
        context.user(),
        context.requestId());
    return instance;
  }

  /** The instances on this host. */
  @Rpc
  public synchronized List<Instance> listInstances() {
    return List.copyOf(instances);
  }

  /** Memory not taken by instances. */
  @Rpc
  public synchronized int freeMemoryMb() {
    return flags.computeMemoryMb() - instances.stream().mapToInt(Instance::memoryMb).sum();
  }

  /** How long this compute service has run, and how many instances it has: API version 1.1. */
  @Rpc(since = "1.1")
  public synchronized String getHostUptime() {
    Duration up = Duration.ofNanos(System.nanoTime() - started);
    return host() + " up " + up.toSeconds() + "s, " + instances.size() + " instance(s)";
  }

  /** Sent to every compute host at once (a fan-out cast). */
  @Rpc
  public void refreshCache() {
    LOG.log(Level.INFO, "compute on {0}: cache refreshed", host());
  }
}
