package io.github.flagstaff.benchmarks;

import io.github.flagstaff.runtime.flags.FlagParser;
import io.github.flagstaff.runtime.flags.FlagRegistry;
import io.github.flagstaff.runtime.flags.FlagValues;
import io.github.flagstaff.runtime.rpc.RequestContext;
import io.github.flagstaff.runtime.rpc.RpcClient;
import io.github.flagstaff.runtime.rpc.Transport;
import io.github.flagstaff.runtime.rpc.Transports;
import io.github.flagstaff.runtime.service.Service;
import java.time.Duration;

/** A bench service and a client of it over one transport URL, for the RPC benchmarks. */
final class RpcBench implements AutoCloseable {
  static final RequestContext CONTEXT = RequestContext.of("bench", "bench");

  /** A 100-character payload, the size of a small real argument. */
  static final String PAYLOAD = "x".repeat(100);

  final Service service;
  final Transport clientTransport;
  final BenchClient client;

  RpcBench(String url) throws Exception {
    FlagValues values =
        FlagParser.of(FlagRegistry.load())
            .parse(
                "--transport_url=" + url,
                "--host=bench-host",
                "--rpc_thread_pool_size=8",
                "--sql_connection=memory:")
            .values();
    service = Service.builder(NovaBenchMain.SERVICE, values).build();
    service.start();
    clientTransport = Transports.open(url, values);
    client = BenchClient.of(new RpcClient(clientTransport, Duration.ofSeconds(30)));
  }

  /** Sends {@code count} casts and waits until the service has handled them all. */
  void castAndAwait(int count) {
    long target = BenchManager.PINGS.get() + count;
    BenchClient.Casts casts = client.cast(CONTEXT);
    for (int i = 0; i < count; i++) {
      casts.ping(PAYLOAD);
    }
    while (BenchManager.PINGS.get() < target) {
      Thread.onSpinWait();
    }
  }

  @Override
  public void close() throws Exception {
    service.stop();
    clientTransport.close();
  }
}
