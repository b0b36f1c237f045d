package io.github.flagstaff.benchmarks;

import io.github.flagstaff.Flag;
import io.github.flagstaff.PeriodicTask;
import io.github.flagstaff.ServiceManager;
import io.github.flagstaff.runtime.service.Manager;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** A manager whose periodic tasks randomly throw or overrun, for {@link SoakRun}. */
@ServiceManager(topic = "soak")
public class SoakManager extends Manager {
  static final AtomicLong RUNS = new AtomicLong();
  static final AtomicLong COUNTED = new AtomicLong();
  static final AtomicLong THROWN = new AtomicLong();
  static final AtomicLong OVERRAN = new AtomicLong();

  /** A mutable flag the soak reloads. */
  public interface SoakFlags {
    @Flag(
        help = "A label the soak run changes on every reload.",
        defaultValue = "start",
        mutable = true)
    String soakLabel();
  }

  public SoakManager(SoakFlags flags) {}

  /** Throws one time in five, overruns its spacing one time in ten, else counts itself. */
  @PeriodicTask(spacing = "50ms")
  public void flaky() throws InterruptedException {
    RUNS.incrementAndGet();
    int dice = ThreadLocalRandom.current().nextInt(10);
    if (dice < 2) {
      THROWN.incrementAndGet();
      throw new IllegalStateException("soak: a task failing on purpose");
    }
    if (dice == 2) {
      OVERRAN.incrementAndGet();
      Thread.sleep(120);
    }
    COUNTED.incrementAndGet();
  }

  /** A steady task next to the flaky one. */
  @PeriodicTask(spacing = "20ms")
  public void steady() {}
}
