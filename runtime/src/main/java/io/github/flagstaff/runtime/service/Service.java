package io.github.flagstaff.runtime.service;

import io.github.flagstaff.runtime.CommonFlags;
import io.github.flagstaff.runtime.Log;
import io.github.flagstaff.runtime.flags.FlagValue;
import io.github.flagstaff.runtime.flags.FlagValues;
import io.github.flagstaff.runtime.rpc.RpcFlags;
import io.github.flagstaff.runtime.rpc.RpcServer;
import io.github.flagstaff.runtime.rpc.Transport;
import io.github.flagstaff.runtime.rpc.Transports;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * One running service, as Nova's {@code nova.service.Service}: a manager chosen by {@code
 * --<topic>_manager}, a service record kept fresh by heartbeats every {@code --report_interval},
 * and periodic tasks.
 *
 * <p>{@link #start()} logs "Starting &lt;topic&gt; node", dumps the flags at debug level, calls the
 * manager's {@code initHost()}, and starts heartbeats and tasks; the first heartbeat, at once and
 * on the heartbeat thread, opens the service store and gets or creates the record, so that a slow
 * database never delays the start. {@link #stop()} lets running work finish within {@code
 * --graceful_shutdown_timeout}; {@link #kill()} also deletes the record; {@link #await()} blocks
 * until the service has stopped.
 */
public final class Service {
  private static final Log LOG = Log.of(Service.class);

  private enum State {
    NEW,
    RUNNING,
    STOPPED
  }

  private final ServiceDefinition definition;
  private final ManagerFactory managerFactory;
  private final Manager manager;
  private final ServiceContext context;
  private final String version;
  private final Random random;
  private final StoreHandle store;
  private final Heartbeat heartbeat;
  private final List<PeriodicTaskDefinition> periodicTasks;
  private final TaskScheduler scheduler;
  private final PeriodicTaskRunner heartbeats;
  private final PeriodicTaskRunner tasks;
  private final ServiceRpc rpc;
  private final RpcServer rpcServer;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private State state = State.NEW;
  private volatile String failure;

  private Service(Builder builder) {
    this.definition = builder.definition;
    FlagValues values = builder.values;
    String managerName = definition.managerName(values);
    this.managerFactory =
        Objects.requireNonNull(definition.manager(managerName), "no manager " + managerName);
    Optional<String> hostFlag = values.get(CommonFlags.class).host();
    String host = hostFlag.isPresent() ? hostFlag.get() : Hostnames.local();
    RpcFlags rpcFlags = values.get(RpcFlags.class);
    if (builder.transport == null && !managerFactory.hasRpc()) {
      Transports.check(rpcFlags.transportUrl());
    }
    this.store =
        builder.store != null
            ? StoreHandle.of(builder.store)
            : StoreHandle.opening(values.get(StoreFlags.class), builder.clock);
    HostIsUp hostIsUp = new HostIsUp(store);
    this.rpc = ServiceRpc.opening(values, builder.transport, hostIsUp);
    this.context =
        new ServiceContext(host, definition.binary(), definition.topic(), values, rpc, store);
    hostIsUp.attach(context);
    this.manager = managerFactory.create(values, context);
    manager.attach(context);
    this.rpcServer =
        managerFactory.hasRpc()
            ? new RpcServer(
                rpc.transport(),
                definition.topic(),
                host,
                managerFactory.dispatcher(manager).orElseThrow(),
                rpcFlags.rpcThreadPoolSize())
            : null;
    this.version = builder.version;
    this.random = builder.random;
    this.heartbeat = new Heartbeat(store, host, definition.binary(), definition.topic());
    this.periodicTasks = taskDefinitions();
    // One thread for heartbeats and one per task, so that neither ever waits for the other.
    int threads = 1 + periodicTasks.size();
    this.scheduler =
        builder.schedulers != null
            ? builder.schedulers.apply(threads)
            : new ExecutorTaskScheduler(definition.topic() + "-tasks", threads);
    this.heartbeats = new PeriodicTaskRunner(scheduler, context);
    this.tasks = new PeriodicTaskRunner(scheduler, context);
  }

  /** Starts building the service {@code definition} with {@code values}. */
  public static Builder builder(ServiceDefinition definition, FlagValues values) {
    return new Builder(definition, values);
  }

  /** Starts every one of {@code services}, as Nova's {@code service.serve()}. */
  public static void serve(Service... services) throws ServiceStartException {
    for (Service service : services) {
      service.start();
    }
  }

  /** Starts the service; a failing {@code initHost()} leaves it stopped. */
  public synchronized void start() throws ServiceStartException {
    if (state != State.NEW) {
      throw new IllegalStateException(this + " was started already");
    }
    state = State.RUNNING;
    LOG.log(Level.INFO, "Starting {0} node (version {1})", definition.topic(), version);
    if (LOG.isLoggable(Level.DEBUG)) {
      LOG.log(Level.DEBUG, "Full set of FLAGS:");
      for (String line : context.flags().dump()) {
        LOG.log(Level.DEBUG, line);
      }
    }
    ServiceFlags flags = context.flags(ServiceFlags.class);
    warnIfReportsAreTooRare(flags);
    try {
      manager.initHost();
    } catch (Exception e) {
      shutDown();
      state = State.STOPPED;
      stopped.countDown();
      throw new ServiceStartException(
          definition.binary() + ": init_host of " + managerFactory.name() + " failed: " + e, e);
    }
    scheduler.schedule(new Register(), 0);
    if (rpcServer != null) {
      rpcServer.start();
    }
    heartbeats.start(
        List.of(
            new PeriodicTaskDefinition(
                "report_state", flags.reportInterval(), false, true, new ReportState())),
        flags.reportInterval(),
        Duration.ZERO,
        random);
    tasks.start(periodicTasks, flags.periodicInterval(), flags.periodicFuzzyDelay(), random);
    if (rpcServer != null) {
      rpcServer.whenConsuming(
          new Runnable() {
            @Override
            public void run() {
              LOG.log(Level.INFO, "{0} is serving", Service.this);
            }
          });
    } else {
      LOG.log(Level.INFO, "{0} is serving", this);
    }
  }

  private List<PeriodicTaskDefinition> taskDefinitions() {
    PeriodicTaskDefinition novaHook =
        new PeriodicTaskDefinition("periodic_tasks", null, false, true, new NovaHook());
    List<PeriodicTaskDefinition> all = new ArrayList<>();
    all.add(novaHook);
    all.addAll(managerFactory.periodicTasks(manager));
    return List.copyOf(all);
  }

  /** Opens the store and registers, first thing on the heartbeat thread. */
  private final class Register implements Runnable {
    @Override
    public void run() {
      try {
        heartbeat.register();
      } catch (IllegalArgumentException e) {
        fail(e.getMessage());
      }
    }
  }

  /** The heartbeat as a periodic task. */
  private final class ReportState implements PeriodicTaskDefinition.Action {
    @Override
    public void run(TaskContext context) {
      try {
        heartbeat.report();
      } catch (IllegalArgumentException e) {
        fail(e.getMessage());
      }
    }
  }

  /**
   * Stops a service that cannot work as configured (its store URL names no store); {@link
   * #failure()} then says why, and the launcher exits 1.
   */
  private void fail(String reason) {
    if (failure != null) {
      return;
    }
    failure = reason;
    LOG.log(Level.ERROR, "{0}: {1}; stopping", definition.binary(), reason);
    Thread stopper =
        new Thread(
            new Runnable() {
              @Override
              public void run() {
                try {
                  stop();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              }
            },
            definition.topic() + "-stop");
    stopper.start();
  }

  /** Why the service stopped by itself, or null if it did not. */
  public String failure() {
    return failure;
  }

  /** Nova's {@code periodic_tasks} hook as a periodic task. */
  private final class NovaHook implements PeriodicTaskDefinition.Action {
    @Override
    public void run(TaskContext context) {
      manager.periodicTasks(context);
    }
  }

  private void warnIfReportsAreTooRare(ServiceFlags flags) {
    Duration report = flags.reportInterval();
    Duration down = flags.serviceDownTime();
    if (report.multipliedBy(5).compareTo(down.multipliedBy(2)) > 0) {
      LOG.log(
          Level.WARNING,
          "report_interval ({0}) should be well below service_down_time ({1}), at most {2},"
              + " or this service will be seen as down between reports",
          report,
          down,
          down.multipliedBy(2).dividedBy(5));
    }
  }

  /**
   * Stops gracefully: no new heartbeats or task runs, waits for running tasks up to {@code
   * --graceful_shutdown_timeout}, then calls the manager's {@code cleanupHost()}.
   *
   * @return whether every running task finished in time
   */
  public boolean stop() throws InterruptedException {
    synchronized (this) {
      if (state != State.RUNNING) {
        return true;
      }
      state = State.STOPPED;
    }
    if (rpcServer != null) {
      rpcServer.stop();
    }
    heartbeats.stop();
    tasks.stop();
    Duration timeout = context.flags(ServiceFlags.class).gracefulShutdownTimeout();
    long deadline = System.nanoTime() + timeout.toNanos();
    boolean finished = manager.stopServing(timeout);
    finished &= tasks.awaitIdle(timeout.isZero() ? Duration.ZERO : left(deadline));
    if (rpcServer != null) {
      finished &= rpcServer.awaitIdle(timeout.isZero() ? Duration.ZERO : left(deadline));
    }
    if (!finished) {
      LOG.log(
          Level.WARNING,
          "{0}: work still running after graceful_shutdown_timeout ({1})",
          definition.binary(),
          timeout);
    }
    shutDown();
    store.close();
    try {
      manager.cleanupHost();
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "cleanup_host failed", e);
    }
    stopped.countDown();
    return finished;
  }

  private static Duration left(long deadline) {
    return Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
  }

  /** Stops, and deletes the service record (Nova's {@code kill}). */
  public void kill() throws InterruptedException {
    stop();
    heartbeat.deleteRecord();
  }

  /** Blocks until the service has stopped. */
  public void await() throws InterruptedException {
    stopped.await();
  }

  /** Blocks until the service has stopped or {@code timeout} passed; true if it stopped. */
  public boolean await(Duration timeout) throws InterruptedException {
    return stopped.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  /**
   * Applies the mutable flags of {@code reparsed} (SIGHUP), logs what changed and what needs a
   * restart, and calls the manager's {@code reset()}.
   */
  public FlagValues.Reload reload(FlagValues reparsed) {
    FlagValues.Reload reload = context.flags().reload(reparsed);
    for (String name : reload.applied()) {
      FlagValue<?> value = reload.values().flag(name).orElseThrow();
      LOG.log(Level.INFO, "flag --{0} is now {1}", name, value.display());
    }
    for (String name : reload.needRestart()) {
      LOG.log(Level.WARNING, "flag --{0} changed but is not mutable; restart to apply it", name);
    }
    context.updateFlags(reload.values());
    if (!reload.applied().isEmpty()) {
      manager.reset();
    }
    return reload;
  }

  /**
   * Whether {@code record}'s service is up: it reported within {@code --service_down_time}, by the
   * store's clock.
   */
  public boolean isUp(ServiceRecord record) {
    return record.isUp(context.serviceDownTime());
  }

  /** The manager. */
  public Manager manager() {
    return manager;
  }

  /** The manager's qualified class name. */
  public String managerName() {
    return managerFactory.name();
  }

  /** Host, binary, topic and current flags. */
  public ServiceContext context() {
    return context;
  }

  /** The id of this service's record in the store; -1 while the store has not been reached. */
  public long recordId() {
    return heartbeat.recordId();
  }

  /**
   * Waits until the service record is registered (the store was reached); true if it was within
   * {@code timeout}.
   */
  public boolean awaitRegistered(Duration timeout) throws InterruptedException {
    return heartbeat.awaitRegistered(timeout);
  }

  private void shutDown() {
    scheduler.shutdown();
    rpc.close();
  }

  @Override
  public String toString() {
    return definition.binary() + " on " + context.host();
  }

  /** Builds a {@link Service}. */
  public static final class Builder {
    private final ServiceDefinition definition;
    private final FlagValues values;
    private ServiceStore store;
    private Clock clock = Clock.systemUTC();
    private Random random = new Random();
    private String version = "unknown";
    private IntFunction<TaskScheduler> schedulers;
    private Transport transport;

    private Builder(ServiceDefinition definition, FlagValues values) {
      this.definition = Objects.requireNonNull(definition, "definition");
      this.values = Objects.requireNonNull(values, "values");
    }

    /**
     * Where the service record lives, opened and closed by the caller; default: the store {@code
     * --sql_connection} names, opened when first needed.
     */
    public Builder store(ServiceStore store) {
      this.store = store;
      return this;
    }

    /**
     * The wall clock of a {@code --sql_connection=memory:} store. Database stores use the
     * database's clock, whatever this JVM's says.
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** The version "Starting ... node" logs. */
    public Builder version(String version) {
      this.version = version;
      return this;
    }

    /**
     * The transport for RPC; default: the one {@code --transport_url} names. Services in one JVM
     * may share one.
     */
    public Builder transport(Transport transport) {
      this.transport = transport;
      return this;
    }

    /** The source of the periodic tasks' random initial delay. */
    public Builder random(Random random) {
      this.random = random;
      return this;
    }

    /**
     * What runs heartbeats and tasks, given how many threads are wanted; default: one thread pool.
     */
    Builder schedulers(IntFunction<TaskScheduler> schedulers) {
      this.schedulers = schedulers;
      return this;
    }

    /** Creates the service and its manager; nothing runs until {@link Service#start()}. */
    public Service build() {
      return new Service(this);
    }
  }
}
