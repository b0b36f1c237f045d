package test.net;

import io.github.flagstaff.runtime.service.ServiceDefinition;
import io.github.flagstaff.runtime.service.ServiceLauncher;
import javax.annotation.processing.Generated;

/**
 * Runs nova-net, as Nova's {@code bin/nova-net} did.
 */
@Generated("io.github.flagstaff.processor.FlagstaffProcessor")
public final class NovaNetMain {
  /**
   * The nova-net service: its topic, binary, manager flag and managers.
   */
  public static final ServiceDefinition SERVICE =
      ServiceDefinition.builder("net", "nova-net")
          .managerFlag(NovaNetFlags.class, NovaNetFlagsTable.NET_MANAGER)
          .manager(new FlatManagerFactory())
          .manager(new VlanManagerFactory())
          .build();

  private NovaNetMain() {
  }

  /**
   * Reads the default flagfile, parses {@code args}, serves and waits.
   */
  public static void main(String[] args) {
    ServiceLauncher.launch(SERVICE, args);
  }
}
