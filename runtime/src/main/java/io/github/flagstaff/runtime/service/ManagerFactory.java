package io.github.flagstaff.runtime.service;

import io.github.flagstaff.runtime.flags.FlagValues;
import io.github.flagstaff.runtime.rpc.EncodedResult;
import io.github.flagstaff.runtime.rpc.RequestContext;
import io.github.flagstaff.runtime.rpc.RpcArguments;
import io.github.flagstaff.runtime.rpc.RpcDispatcher;
import io.github.flagstaff.runtime.rpc.UnknownMethodException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Creates one kind of manager, runs its periodic tasks and dispatches its {@code @Rpc} methods,
 * each through a {@code switch} and without reflection; the processor generates one per manager.
 */
public abstract class ManagerFactory {
  private final String name;
  private final List<Class<?>> flagSets;
  private final String rpcVersion;

  /**
   * A factory for a manager without {@code @Rpc} methods.
   *
   * @param name the manager's qualified class name
   * @param flagSets the flag set interfaces its constructor takes
   */
  protected ManagerFactory(String name, List<Class<?>> flagSets) {
    this(name, flagSets, null);
  }

  /**
   * A factory for a manager with {@code @Rpc} methods, dispatched through {@link #dispatch}.
   *
   * @param rpcVersion the RPC API version they implement, the {@code @ServiceManager(rpcVersion)}
   */
  protected ManagerFactory(String name, List<Class<?>> flagSets, String rpcVersion) {
    this.name = name;
    this.flagSets = List.copyOf(flagSets);
    this.rpcVersion = rpcVersion;
  }

  /** The manager's qualified class name, the value {@code --<topic>_manager} selects it by. */
  public final String name() {
    return name;
  }

  /** The flag set interfaces the manager's constructor takes. */
  public final List<Class<?>> flagSets() {
    return flagSets;
  }

  /** A new manager, its constructor given what it asks for. */
  public abstract Manager create(FlagValues values, ServiceContext context);

  /**
   * The manager's {@code @PeriodicTask} methods, bound to {@code manager}; none unless overridden.
   */
  public List<PeriodicTaskDefinition> periodicTasks(Manager manager) {
    return List.of();
  }

  /** Runs the periodic task number {@code task} of {@code manager} once. */
  public void runTask(Manager manager, int task, TaskContext context) throws Exception {
    throw new IllegalArgumentException(name + " has no periodic task " + task);
  }

  /** Whether the manager has {@code @Rpc} methods. */
  public final boolean hasRpc() {
    return rpcVersion != null;
  }

  /**
   * Calls {@code manager}'s {@code @Rpc} method whose wire name is {@code method}.
   *
   * @throws UnknownMethodException when it has none of that name
   */
  public EncodedResult dispatch(
      Manager manager, String method, RpcArguments arguments, RequestContext context)
      throws Exception {
    throw new UnknownMethodException(method);
  }

  /** The RPC API version the manager implements; {@code 1.0} for one without {@code @Rpc}. */
  public final String rpcVersion() {
    return rpcVersion == null ? "1.0" : rpcVersion;
  }

  /** The {@code @Rpc(namespace)} of each method that has one, by wire name. */
  public Map<String, String> rpcNamespaces() {
    return Map.of();
  }

  /** What calls {@code manager}'s {@code @Rpc} methods; empty when it has none. */
  public final Optional<RpcDispatcher> dispatcher(Manager manager) {
    return hasRpc() ? Optional.of(new Dispatcher(this, manager)) : Optional.empty();
  }

  /**
   * The periodic task number {@code task} of {@code manager}, run through {@link #runTask}.
   *
   * @param spacing time between runs; null for the service's {@code --periodic_interval}
   */
  protected final PeriodicTaskDefinition task(
      Manager manager,
      int task,
      String name,
      Duration spacing,
      boolean runImmediately,
      boolean enabled) {
    return new PeriodicTaskDefinition(
        name, spacing, runImmediately, enabled, new Task(this, manager, task));
  }

  /** A task run through a factory's {@code runTask} switch. */
  private static final class Task implements PeriodicTaskDefinition.Action {
    private final ManagerFactory factory;
    private final Manager manager;
    private final int number;

    private Task(ManagerFactory factory, Manager manager, int number) {
      this.factory = factory;
      this.manager = manager;
      this.number = number;
    }

    @Override
    public void run(TaskContext context) throws Exception {
      factory.runTask(manager, number, context);
    }
  }

  /** {@code @Rpc} calls dispatched through a factory's {@code dispatch} switch. */
  private static final class Dispatcher implements RpcDispatcher {
    private final ManagerFactory factory;
    private final Manager manager;

    private Dispatcher(ManagerFactory factory, Manager manager) {
      this.factory = factory;
      this.manager = manager;
    }

    @Override
    public EncodedResult dispatch(String method, RpcArguments arguments, RequestContext context)
        throws Exception {
      return factory.dispatch(manager, method, arguments, context);
    }

    @Override
    public String version() {
      return factory.rpcVersion();
    }

    @Override
    public Map<String, String> namespaces() {
      return factory.rpcNamespaces();
    }
  }
}
