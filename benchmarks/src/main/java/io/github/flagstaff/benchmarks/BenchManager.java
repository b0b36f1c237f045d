package io.github.flagstaff.benchmarks;

import io.github.flagstaff.Rpc;
import io.github.flagstaff.ServiceManager;
import io.github.flagstaff.runtime.service.Manager;
import java.util.concurrent.atomic.AtomicLong;

/** The service the RPC benchmarks call. */
@ServiceManager(topic = "bench")
public class BenchManager extends Manager {
  /** Casts received, over all instances. */
  static final AtomicLong PINGS = new AtomicLong();

  @Rpc
  public int echo(int value) {
    return value;
  }

  @Rpc
  public void ping(String payload) {
    PINGS.incrementAndGet();
  }
}
