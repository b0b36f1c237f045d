package io.github.flagstaff.benchmarks;

import io.github.flagstaff.runtime.flags.FlagParser;
import io.github.flagstaff.runtime.flags.FlagRegistry;
import io.github.flagstaff.runtime.flags.FlagValues;
import io.github.flagstaff.runtime.service.InMemoryServiceStore;
import io.github.flagstaff.runtime.service.Service;
import io.github.flagstaff.runtime.service.ServiceRecord;
import io.github.flagstaff.runtime.service.ServiceStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A soak run, by hand: {@link SoakManager} services with heartbeats every 100 ms and periodic tasks
 * that randomly throw or overrun, reloading their flags every few seconds as SIGHUP does; at the
 * end it checks that no heartbeat gap was longer than two intervals, that every task run that did
 * not throw was counted, and that the thread count stayed flat.
 *
 * <p>Usage: {@code SoakRun <minutes> [services]}.
 */
public final class SoakRun {
  private static final Duration REPORT = Duration.ofMillis(100);

  private SoakRun() {}

  /** Held so the JDK keeps the level: the flaky task's failures are expected, not news. */
  private static final java.util.logging.Logger QUIET =
      java.util.logging.Logger.getLogger("io.github.flagstaff.runtime.service.PeriodicTaskRunner");

  public static void main(String[] args) throws Exception {
    QUIET.setLevel(java.util.logging.Level.OFF);
    double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 2;
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Report report = run(Duration.ofMillis((long) (minutes * 60_000)), count);
    System.out.println(report);
    if (!report.passed()) {
      System.exit(1);
    }
  }

  /** What a soak run saw. */
  record Report(
      Duration length,
      int services,
      long heartbeats,
      Duration longestHeartbeatGap,
      long taskRuns,
      long taskRunsCounted,
      long throwingRuns,
      long overrunningRuns,
      int reloads,
      int threadsAfterStart,
      int threadsAtEnd) {

    boolean passed() {
      return longestHeartbeatGap.compareTo(REPORT.multipliedBy(2)) <= 0
          && taskRuns == taskRunsCounted
          && threadsAtEnd <= threadsAfterStart;
    }

    @Override
    public String toString() {
      return String.format(
          "soak %s, %d services: %d heartbeats, longest gap %d ms (limit %d); task runs %d, counted"
              + " %d, threw %d, overran %d; %d reloads; threads %d after start, %d at end: %s",
          length,
          services,
          heartbeats,
          longestHeartbeatGap.toMillis(),
          REPORT.toMillis() * 2,
          taskRuns,
          taskRunsCounted,
          throwingRuns,
          overrunningRuns,
          reloads,
          threadsAfterStart,
          threadsAtEnd,
          passed() ? "PASSED" : "FAILED");
    }
  }

  static Report run(Duration length, int count) throws Exception {
    GapRecordingStore store = new GapRecordingStore();
    FlagParser parser = FlagParser.of(FlagRegistry.load());
    List<String> flags =
        List.of(
            "--report_interval=100ms",
            "--service_down_time=1s",
            "--periodic_interval=50ms",
            "--periodic_fuzzy_delay=0s",
            "--graceful_shutdown_timeout=5s");
    Service[] services = new Service[count];
    for (int i = 0; i < count; i++) {
      FlagValues values = parser.parse(with(flags, "--host=soak-" + i)).values();
      services[i] = Service.builder(NovaSoakMain.SERVICE, values).store(store).build();
    }
    Service.serve(services);
    Thread.sleep(500);
    int threadsAfterStart = Thread.activeCount();
    long end = System.nanoTime() + length.toNanos();
    int reloads = 0;
    while (System.nanoTime() < end) {
      Thread.sleep(3_000);
      for (int i = 0; i < count; i++) {
        String label = "--soak_label=reload-" + reloads;
        services[i].reload(parser.parse(with(with(flags, "--host=soak-" + i), label)).values());
      }
      reloads++;
    }
    int threadsAtEnd = Thread.activeCount();
    for (Service service : services) {
      service.stop();
    }
    return new Report(
        length,
        count,
        store.reports,
        store.longestGap(),
        SoakManager.RUNS.get(),
        SoakManager.COUNTED.get() + SoakManager.THROWN.get(),
        SoakManager.THROWN.get(),
        SoakManager.OVERRAN.get(),
        reloads,
        threadsAfterStart,
        threadsAtEnd);
  }

  private static String[] with(List<String> flags, String extra) {
    String[] out = flags.toArray(new String[flags.size() + 1]);
    out[flags.size()] = extra;
    return out;
  }

  private static String[] with(String[] flags, String extra) {
    return with(List.of(flags), extra);
  }

  /** The in-memory store, noting the gap between each record's reports on a monotonic clock. */
  static final class GapRecordingStore implements ServiceStore {
    private final InMemoryServiceStore delegate = new InMemoryServiceStore();
    private final java.util.Map<Long, Long> last = new java.util.concurrent.ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Long> gaps = new ConcurrentLinkedQueue<>();
    volatile long reports;

    Duration longestGap() {
      return Duration.ofNanos(gaps.stream().mapToLong(Long::longValue).max().orElse(0));
    }

    @Override
    public ServiceRecord register(String host, String binary, String topic) {
      return delegate.register(host, binary, topic);
    }

    @Override
    public boolean report(long id) {
      long now = System.nanoTime();
      Long previous = last.put(id, now);
      if (previous != null) {
        gaps.add(now - previous);
      }
      reports++;
      return delegate.report(id);
    }

    @Override
    public Optional<ServiceRecord> get(long id) {
      return delegate.get(id);
    }

    @Override
    public java.util.List<ServiceRecord> all() {
      return delegate.all();
    }

    @Override
    public java.util.List<ServiceRecord> topic(String topic) {
      return delegate.topic(topic);
    }

    @Override
    public boolean setDisabled(String host, String binary, boolean disabled, String reason) {
      return delegate.setDisabled(host, binary, disabled, reason);
    }

    @Override
    public void delete(long id) {
      delegate.delete(id);
    }
  }
}
