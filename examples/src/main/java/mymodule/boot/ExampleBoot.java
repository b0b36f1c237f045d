package mymodule.boot;

import io.github.flagstaff.runtime.flags.FlagValues;
import io.github.flagstaff.runtime.flags.Program;
import io.github.flagstaff.runtime.rpc.RpcClient;
import io.github.flagstaff.runtime.rpc.RpcException;
import io.github.flagstaff.runtime.rpc.RpcFlags;
import io.github.flagstaff.runtime.rpc.Transport;
import io.github.flagstaff.runtime.rpc.Transports;
import io.github.flagstaff.runtime.rpc.VersionCaps;
import io.github.flagstaff.runtime.service.Logging;

/**
 * {@code example-boot}: a command-line client that asks a running {@code nova-scheduler} for
 * instances over {@code --transport_url} (RabbitMQ, for services in other processes).
 */
public final class ExampleBoot {

  private ExampleBoot() {}

  public static void main(String[] args) {
    Logging.setUp(false);
    FlagValues flags =
        Program.named("example-boot")
            .description("Asks nova-scheduler for instances.")
            .keyFlags(BootFlags.class, RpcFlags.class)
            .parseOrExit(args)
            .values();
    RpcFlags rpcFlags = flags.get(RpcFlags.class);
    try (Transport transport = Transports.open(rpcFlags.transportUrl(), flags)) {
      Boot.run(
          new RpcClient(transport, rpcFlags.rpcResponseTimeout(), VersionCaps.of(flags)),
          flags.get(BootFlags.class),
          System.out);
    } catch (RpcException | IllegalArgumentException e) {
      System.err.println("example-boot: " + e.getMessage());
      System.exit(1);
    }
  }
}
