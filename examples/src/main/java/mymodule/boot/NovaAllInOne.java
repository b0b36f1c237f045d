package mymodule.boot;

import io.github.flagstaff.runtime.flags.FlagException;
import io.github.flagstaff.runtime.flags.FlagValues;
import io.github.flagstaff.runtime.flags.Program;
import io.github.flagstaff.runtime.rpc.RpcFlags;
import io.github.flagstaff.runtime.service.InMemoryServiceStore;
import io.github.flagstaff.runtime.service.Logging;
import io.github.flagstaff.runtime.service.Service;
import io.github.flagstaff.runtime.service.ServiceStartException;
import io.github.flagstaff.runtime.service.ServiceStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mymodule.compute.NovaComputeMain;
import mymodule.scheduler.NovaSchedulerMain;

/**
 * Nova in one JVM over {@code memory://}: starts nova-scheduler and nova-compute on hosts a and b
 * with {@code Service.serve}, sharing one in-memory service store, asks the scheduler for
 * instances, and stops them all.
 */
public final class NovaAllInOne {

  private NovaAllInOne() {}

  public static void main(String[] args) throws InterruptedException {
    Logging.setUp(false);
    Program program =
        Program.named("nova-all-in-one")
            .description("Runs nova-scheduler and two nova-compute hosts in one JVM.")
            .keyFlags(BootFlags.class, RpcFlags.class);
    Logging.setUp(false);
    FlagValues flags = program.parseOrExit(args).values();
    ServiceStore store = new InMemoryServiceStore();
    List<Service> services = new ArrayList<>();
    try {
      services.add(service(program, args, "scheduler", store, true));
      services.add(service(program, args, "a", store, false));
      services.add(service(program, args, "b", store, false));
      Service.serve(services.toArray(Service[]::new));
      for (Service service : services) {
        if (!service.awaitRegistered(Duration.ofSeconds(30))) {
          throw new IllegalStateException(service + " could not reach the service store");
        }
      }
      Boot.run(services.get(0).context().rpc(), flags.get(BootFlags.class), System.out);
    } catch (FlagException | ServiceStartException | RuntimeException e) {
      System.err.println("nova-all-in-one: " + e.getMessage());
      System.exit(1);
    } finally {
      for (Service service : services) {
        service.stop();
      }
    }
  }

  private static Service service(
      Program program, String[] args, String host, ServiceStore store, boolean scheduler)
      throws FlagException {
    String[] withHost = new String[args.length + 1];
    System.arraycopy(args, 0, withHost, 0, args.length);
    withHost[args.length] = "--host=" + host;
    FlagValues values = program.parse(withHost).values();
    return Service.builder(scheduler ? NovaSchedulerMain.SERVICE : NovaComputeMain.SERVICE, values)
        .store(store)
        .build();
  }
}
