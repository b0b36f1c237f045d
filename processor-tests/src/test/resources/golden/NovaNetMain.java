package test.net;

import io.github.flagstaff.index.FlagIndex_test_net;
import io.github.flagstaff.runtime.flags.FlagData;
import io.github.flagstaff.runtime.service.ServiceDefinition;
import io.github.flagstaff.runtime.service.ServiceLauncher;
import javax.annotation.processing.Generated;

/**
 * Runs nova-net, as Nova's {@code bin/nova-net} did.
 */
@Generated("io.github.flagstaff.processor.FlagstaffProcessor")
public final class NovaNetMain {
  /**
   * The flag {@code --net_manager}, as {@link FlagData} reads it.
   */
  public static final String MANAGER_FLAG = "test.net.NovaNetMain\n"
      + "net_manager\tstring\tManager for nova-net\tdefault=test.net.VlanManager\tchoice=test.net.FlatManager\tchoice=test.net.VlanManager\n";

  /**
   * The nova-net service: its topic, binary and managers.
   */
  public static final ServiceDefinition SERVICE =
      ServiceDefinition.builder("net", "nova-net", NovaNetMain.class)
          .manager(new FlatManagerFactory())
          .manager(new VlanManagerFactory())
          .flagIndex(new FlagIndex_test_net())
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
