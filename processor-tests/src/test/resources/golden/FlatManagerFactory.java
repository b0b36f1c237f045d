package test.net;

import io.github.flagstaff.runtime.flags.FlagValues;
import io.github.flagstaff.runtime.rpc.Codecs;
import io.github.flagstaff.runtime.rpc.EncodedResult;
import io.github.flagstaff.runtime.rpc.JsonCodec;
import io.github.flagstaff.runtime.rpc.RequestContext;
import io.github.flagstaff.runtime.rpc.RpcArguments;
import io.github.flagstaff.runtime.rpc.UnknownMethodException;
import io.github.flagstaff.runtime.service.Manager;
import io.github.flagstaff.runtime.service.ManagerFactory;
import io.github.flagstaff.runtime.service.PeriodicTaskDefinition;
import io.github.flagstaff.runtime.service.ServiceContext;
import io.github.flagstaff.runtime.service.TaskContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Creates {@link FlatManager} and calls its periodic tasks and {@code @Rpc} methods, without reflection.
 */
@Generated("io.github.flagstaff.processor.FlagstaffProcessor")
public final class FlatManagerFactory extends ManagerFactory {
  private static final JsonCodec<Map<String, Long>> MAP_OF_NULLABLE_LONG = Codecs.mapOf(Codecs.nullable(Codecs.LONG));

  public FlatManagerFactory() {
    super("test.net.FlatManager", List.of(BridgeFlags.class), "1.3");
  }

  @Override
  public Manager create(FlagValues values, ServiceContext context) {
    return new FlatManager(values.get(BridgeFlags.class), values, context);
  }

  @Override
  public List<PeriodicTaskDefinition> periodicTasks(Manager manager) {
    return List.of(
        task(manager, 0, "check_bridge", Duration.ofSeconds(10), false, true),
        task(manager, 1, "sweep", Duration.ofMinutes(1), true, true),
        task(manager, 2, "disabled_for_now", null, false, false));
  }

  @Override
  public void runTask(Manager manager, int task, TaskContext context) throws Exception {
    FlatManager flatManager = (FlatManager) manager;
    switch (task) {
      case 0 -> flatManager.checkBridge();
      case 1 -> flatManager.sweepLeases(context);
      case 2 -> flatManager.disabledForNow();
      default -> throw new IllegalArgumentException("no task " + task);
    }
  }

  @Override
  public EncodedResult dispatch(Manager manager, String method, RpcArguments arguments,
      RequestContext context) throws Exception {
    FlatManager flatManager = (FlatManager) manager;
    switch (method) {
      case "allocate":
        return EncodedResult.of(LeaseJsonCodec.INSTANCE, flatManager.allocate(context,
            arguments.get("project", Codecs.STRING), arguments.get("count", Codecs.INT)));
      case "release":
        flatManager.release(arguments.get("lease", LeaseJsonCodec.INSTANCE));
        return EncodedResult.VOID;
      case "usage":
        return EncodedResult.of(MAP_OF_NULLABLE_LONG, flatManager.usage());
      default:
        throw new UnknownMethodException(method);
    }
  }

  @Override
  public Map<String, String> rpcNamespaces() {
    return Map.of("usage", "stats");
  }
}
