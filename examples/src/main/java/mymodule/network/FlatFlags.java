package mymodule.network;

import io.github.flagstaff.Flag;

/** The flags of {@link FlatManager}, after Nova's {@code nova/network/manager.py}. */
public interface FlatFlags {

  @Flag(help = "Bridge for simple network instances.", defaultValue = "br100")
  String flatNetworkBridge();

  @Flag(help = "DNS for simple network.", defaultValue = "8.8.4.4")
  String flatNetworkDns();
}
