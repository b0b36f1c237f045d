package test.net;

import io.github.flagstaff.Flag;

public interface BridgeFlags {
  @Flag(help = "Bridge to use.", defaultValue = "br100")
  String bridge();
}
