package test.net;

import io.github.flagstaff.runtime.flags.FlagValues;
import io.github.flagstaff.runtime.rpc.RpcDispatcher;
import io.github.flagstaff.runtime.service.Manager;
import io.github.flagstaff.runtime.service.ManagerFactory;
import io.github.flagstaff.runtime.service.PeriodicTaskDefinition;
import io.github.flagstaff.runtime.service.ServiceContext;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Creates {@link FlatManager} for the service runtime, without reflection.
 */
@Generated("io.github.flagstaff.processor.FlagstaffProcessor")
public final class FlatManagerFactory implements ManagerFactory {
  @Override
  public String name() {
    return "test.net.FlatManager";
  }

  @Override
  public List<Class<?>> flagSets() {
    return List.of(BridgeFlags.class);
  }

  @Override
  public Manager create(FlagValues values, ServiceContext context) {
    return new FlatManager(values.get(BridgeFlags.class), values, context);
  }

  @Override
  public List<PeriodicTaskDefinition> periodicTasks(Manager manager) {
    FlatManager flatManager = (FlatManager) manager;
    return List.of(
        new PeriodicTaskDefinition("check_bridge", Duration.ofSeconds(10), false, true, context -> flatManager.checkBridge()),
        new PeriodicTaskDefinition("sweep", Duration.ofMinutes(1), true, true, flatManager::sweepLeases),
        new PeriodicTaskDefinition("disabled_for_now", null, false, false, context -> flatManager.disabledForNow()));
  }

  @Override
  public Optional<RpcDispatcher> dispatcher(Manager manager) {
    return Optional.of(new FlatManagerDispatcher((FlatManager) manager));
  }
}
