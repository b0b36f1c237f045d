package test.net;

import io.github.flagstaff.Flag;
import javax.annotation.processing.Generated;

/**
 * The flag that chooses nova-net's manager.
 */
@Generated("io.github.flagstaff.processor.FlagstaffProcessor")
public interface NovaNetFlags {
  @Flag(
      name = "net_manager",
      help = "Manager for nova-net",
      defaultValue = "test.net.VlanManager",
      choices = {
          "test.net.FlatManager",
          "test.net.VlanManager"
      }
  )
  String netManager();
}
