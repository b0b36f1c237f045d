package mymodule.scheduler;

import io.github.flagstaff.Rpc;
import io.github.flagstaff.ServiceManager;
import io.github.flagstaff.runtime.rpc.RequestContext;
import io.github.flagstaff.runtime.service.Manager;
import io.github.flagstaff.runtime.service.ServiceContext;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mymodule.compute.ComputeClient;
import mymodule.compute.Instance;

/**
 * {@code nova-scheduler}: receives requests to run instances, picks a compute host in turn from
 * {@code --compute_hosts}, and calls {@code compute.<host>}.
 */
@ServiceManager(topic = "scheduler")
public class SchedulerManager extends Manager {
  private static final Logger LOG = System.getLogger(SchedulerManager.class.getName());

  private final List<String> hosts;
  private final ComputeClient compute;
  private final AtomicInteger turn = new AtomicInteger();

  public SchedulerManager(SchedulerFlags flags, ServiceContext context) {
    this.hosts = flags.computeHosts();
    this.compute = ComputeClient.of(context.rpc());
  }

  /** Places an instance on the next compute host and waits until it runs there. */
  @Rpc
  public Instance runInstance(RequestContext context, String name, int memoryMb) {
    String host = nextHost();
    LOG.log(
        Level.INFO, "scheduler: {0} goes to compute.{1} [{2}]", name, host, context.requestId());
    return compute.onHost(host).call(context).runInstance(name, memoryMb);
  }

  /** Places an instance on the next compute host without waiting (a cast). */
  @Rpc
  public String runInstanceLater(RequestContext context, String name, int memoryMb) {
    String host = nextHost();
    compute.onHost(host).cast(context).runInstance(name, memoryMb);
    return host;
  }

  private String nextHost() {
    if (hosts.isEmpty()) {
      throw new IllegalStateException("--compute_hosts is empty");
    }
    return hosts.get(Math.floorMod(turn.getAndIncrement(), hosts.size()));
  }
}
