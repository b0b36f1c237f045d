package io.github.flagstaff.runtime.service;

import io.github.flagstaff.runtime.flags.FlagValues;
import io.github.flagstaff.runtime.rpc.RpcDispatcher;
import java.util.List;
import java.util.Optional;

/** Creates one kind of manager without reflection; the processor generates one per manager. */
public interface ManagerFactory {

  /** The manager's qualified class name, the value {@code --<topic>_manager} selects it by. */
  String name();

  /** The flag set interfaces the manager's constructor takes. */
  List<Class<?>> flagSets();

  /** A new manager, its constructor given what it asks for. */
  Manager create(FlagValues values, ServiceContext context);

  /** The manager's {@code @PeriodicTask} methods, bound to {@code manager}. */
  List<PeriodicTaskDefinition> periodicTasks(Manager manager);

  /** What calls {@code manager}'s {@code @Rpc} methods; empty when it has none. */
  Optional<RpcDispatcher> dispatcher(Manager manager);
}
