package io.github.flagstaff.runtime.rpc;

import io.github.flagstaff.Flag;
import java.time.Duration;

/** How services reach each other, after oslo.messaging's options. */
public interface RpcFlags {

  @Flag(
      help =
          "Where RPC messages go: memory:// (every service in this JVM) or"
              + " rabbit://user:password@host:5672/vhost.",
      defaultValue = "memory://",
      secret = true)
  String transportUrl();

  @Flag(help = "The AMQP topic exchange that RPC messages go through.", defaultValue = "nova")
  String controlExchange();

  @Flag(help = "How long a call waits for its reply.", defaultValue = "60s", min = "1ms")
  Duration rpcResponseTimeout();

  @Flag(
      help = "How many RPC handlers may run at once in one service.",
      defaultValue = "64",
      min = "1")
  int rpcThreadPoolSize();
}
