package mymodule.scheduler;

import io.github.flagstaff.Rpc;
import io.github.flagstaff.ServiceManager;
import io.github.flagstaff.runtime.rpc.RequestContext;
import io.github.flagstaff.runtime.rpc.RpcException;
import io.github.flagstaff.runtime.service.Manager;
import io.github.flagstaff.runtime.service.ServiceContext;
import io.github.flagstaff.runtime.service.ServiceRecord;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import mymodule.compute.ComputeClient;
import mymodule.compute.Instance;

/**
 * {@code nova-scheduler}: receives requests to run instances and places each, as Nova's simple
 * scheduler did, on the least loaded of the compute services that are up and enabled in the service
 * store: the one with the most free memory, the first by host name among equals.
 */
@ServiceManager(topic = "scheduler")
public class SchedulerManager extends Manager {
  private static final Logger LOG = System.getLogger(SchedulerManager.class.getName());
  private static final Duration ASK_TIMEOUT = Duration.ofSeconds(5);

  private final ServiceContext context;
  private final ComputeClient compute;

  public SchedulerManager(ServiceContext context) {
    this.context = context;
    this.compute = ComputeClient.of(context.rpc());
  }

  /** Places an instance on the least loaded compute host and waits until it runs there. */
  @Rpc
  public Instance runInstance(RequestContext request, String name, int memoryMb) {
    String host = pickHost(request);
    LOG.log(
        Level.INFO, "scheduler: {0} goes to compute.{1} [{2}]", name, host, request.requestId());
    return compute.onHost(host).call(request).runInstance(name, memoryMb);
  }

  /** Places an instance on the least loaded compute host without waiting (a cast). */
  @Rpc
  public String runInstanceLater(RequestContext request, String name, int memoryMb) {
    String host = pickHost(request);
    compute.onHost(host).cast(request).runInstance(name, memoryMb);
    return host;
  }

  private synchronized String pickHost(RequestContext request) {
    String best = null;
    int bestFree = Integer.MIN_VALUE;
    for (ServiceRecord record : context.services("compute")) {
      try {
        int free = compute.onHost(record.host()).call(request, ASK_TIMEOUT).freeMemoryMb();
        if (free > bestFree) {
          best = record.host();
          bestFree = free;
        }
      } catch (RpcException e) {
        LOG.log(Level.WARNING, "scheduler: compute.{0} did not answer: {1}", record.host(), e);
      }
    }
    if (best == null) {
      throw new NoValidHost("No compute service is up and enabled.");
    }
    return best;
  }
}
