package io.github.flagstaff.runtime.service;

import java.time.Duration;

/**
 * The work of a service, as Nova's {@code nova.manager.Manager}. Subclasses are declared with
 * {@code @ServiceManager}; their constructors may take flag set interfaces, {@code FlagValues} and
 * {@link ServiceContext}. Periodic work goes in methods marked {@code @PeriodicTask}.
 */
public abstract class Manager {
  private volatile ServiceContext context;

  /** For subclasses. */
  protected Manager() {}

  final void attach(ServiceContext context) {
    this.context = context;
  }

  /** The host this manager runs on (known once the service has started). */
  public final String host() {
    return context().host();
  }

  /** The service this manager runs in (known once the service has started). */
  protected final ServiceContext context() {
    ServiceContext current = context;
    if (current == null) {
      throw new IllegalStateException("the manager has not been started by a service yet");
    }
    return current;
  }

  /** Called once when the service starts, before it reports or runs tasks; failing stops it. */
  public void initHost() throws Exception {}

  /**
   * Nova's single periodic hook, called every {@code --periodic_interval}; {@code @PeriodicTask}
   * methods are the finer-grained alternative.
   */
  public void periodicTasks(TaskContext context) {}

  /** Called after SIGHUP applied new values of mutable flags. */
  public void reset() {}

  /**
   * Called first when the service stops: stop taking requests of its own (a web service's HTTP
   * servers) and let those in progress finish within {@code timeout} (zero: however long they
   * take).
   *
   * @return whether they finished in time
   */
  public boolean stopServing(Duration timeout) throws InterruptedException {
    return true;
  }

  /** Called when the service stops, after its tasks have finished. */
  public void cleanupHost() {}
}
