package mymodule.boot;

import io.github.flagstaff.runtime.rpc.RequestContext;
import io.github.flagstaff.runtime.rpc.RpcClient;
import java.io.PrintStream;
import mymodule.compute.ComputeClient;
import mymodule.compute.Instance;
import mymodule.scheduler.SchedulerClient;

/** Asks the scheduler for instances, as Nova's {@code nova boot} did, and prints where they run. */
final class Boot {

  private Boot() {}

  static void run(RpcClient rpc, BootFlags flags, PrintStream out) {
    RequestContext context = RequestContext.of(flags.bootUser(), "demo-project");
    SchedulerClient scheduler = SchedulerClient.of(rpc);
    for (int i = 1; i <= flags.instances(); i++) {
      Instance instance = scheduler.call(context).runInstance("vm-" + i, flags.instanceMemoryMb());
      out.printf(
          "%s: %s on %s (%d MB)%n",
          instance.name(), instance.state(), instance.host(), instance.memoryMb());
    }
    ComputeClient compute = ComputeClient.of(rpc);
    compute.fanout(context).refreshCache();
    out.println("asked every compute host to refresh its cache");
    if (compute.canSendVersion("1.1")) {
      out.println("a compute host: " + compute.call(context).getHostUptime());
    } else {
      out.println("compute hosts may be older than API 1.1 (--upgrade_levels_compute): no uptime");
    }
  }
}
