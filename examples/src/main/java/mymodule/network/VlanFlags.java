package mymodule.network;

import io.github.flagstaff.Flag;

/** The flags of {@link VlanManager}, after Nova's {@code nova/network/manager.py}. */
public interface VlanFlags {

  @Flag(help = "First VLAN for private networks.", defaultValue = "100", min = "1", max = "4094")
  int vlanStart();

  @Flag(help = "Number of addresses in each private subnet.", defaultValue = "256", min = "4")
  int networkSize();

  @Flag(help = "Number of networks to support.", defaultValue = "1000", min = "1")
  int numNetworks();
}
