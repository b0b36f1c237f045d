package mymodule.exampleservice;

import io.github.flagstaff.PeriodicTask;
import io.github.flagstaff.ServiceManager;
import io.github.flagstaff.runtime.service.Manager;
import io.github.flagstaff.runtime.service.ServiceContext;
import io.github.flagstaff.runtime.service.TaskContext;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * The seed's {@code mymodule.exampleservice.ExampleServiceManager}: the manager of {@code
 * nova-exampleservice}, named by the flag {@code exampleservice_manager}. It logs its flag when the
 * host starts and on every periodic run; {@code my_flag} is mutable, so SIGHUP can change it.
 */
@ServiceManager(topic = "exampleservice")
public class ExampleServiceManager extends Manager {
  private static final Logger LOG = System.getLogger(ExampleServiceManager.class.getName());

  private final ExampleFlags startFlags;
  private final ServiceContext context;

  /** {@code flags} are the values at start; {@code context} has the current ones. */
  public ExampleServiceManager(ExampleFlags flags, ServiceContext context) {
    this.startFlags = flags;
    this.context = context;
  }

  @Override
  public void initHost() {
    LOG.log(
        Level.INFO,
        "exampleservice on {0}: my_flag is {1}; a password is {2}",
        host(),
        startFlags.myFlag(),
        startFlags.examplePassword().isEmpty() ? "not set" : "set");
  }

  /** Runs every {@code --periodic_interval}. */
  @PeriodicTask
  public void reportMyFlag(TaskContext task) {
    LOG.log(
        Level.INFO,
        "periodic task {0}, run {1}: my_flag is {2}",
        task.taskName(),
        task.run(),
        myFlag());
  }

  @Override
  public void cleanupHost() {
    LOG.log(Level.INFO, "exampleservice on {0} stopped", host());
  }

  /** The current value: {@code my_flag} is mutable, so it is read through the context. */
  private String myFlag() {
    return context.flags(ExampleFlags.class).myFlag();
  }
}
