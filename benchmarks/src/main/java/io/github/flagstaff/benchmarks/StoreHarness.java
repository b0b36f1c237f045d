package io.github.flagstaff.benchmarks;

import io.github.flagstaff.runtime.service.ServiceRecord;
import io.github.flagstaff.runtime.service.ServiceStore;
import io.github.flagstaff.runtime.service.ServiceStoreException;
import io.github.flagstaff.runtime.service.StoreFlags;
import io.github.flagstaff.sql.JdbcServiceStore;
import io.github.flagstaff.sql.JdbcServiceStoreFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The service store at scale: N services register, then each reports every interval (first at a
 * random phase), through a small pool of worker threads, each with its own {@link JdbcServiceStore}
 * (one connection). After a warm-up it measures, for a fixed window: heartbeats done per second
 * against N per interval, each {@code report}'s latency, how late heartbeats started against their
 * schedule, and {@code service list} ({@code all()} over N rows, on its own connection, while the
 * heartbeats run).
 *
 * <p>Usage: {@code StoreHarness URL [N,N,...] [seconds] [connections]}. It empties the {@code
 * services} table of the database it is given before each N, so give it a scratch database; it
 * refuses a table holding services it did not make.
 */
public final class StoreHarness {
  private static final String HOST_PREFIX = "bench-";
  private static final String BINARY = "nova-compute";
  private static final int LISTS_PER_WINDOW = 30;

  private StoreHarness() {}

  /** How a run is shaped. */
  record Config(
      String url,
      int services,
      Duration interval,
      Duration warmUp,
      Duration window,
      int connections) {}

  /** What one run measured. Latencies in nanoseconds. */
  record Result(
      Config config,
      Duration registration,
      long heartbeats,
      long heartbeatsInAll,
      long errors,
      double heartbeatsPerSecond,
      long p50,
      long p99,
      long max,
      long lagP99,
      List<Long> lists,
      long listMismatches) {

    /** Heartbeats per second the services asked for: N per interval. */
    double target() {
      return config.services() * 1e9 / config.interval().toNanos();
    }

    long listMedian() {
      return Harness.percentile(lists, 50);
    }

    long listP99() {
      return Harness.percentile(lists, 99);
    }

    @Override
    public String toString() {
      return String.format(
          "| %,d | %.1f | %,.1f | %,.1f | %s | %s | %s | %s | %s | %s | %d | %d | %d |",
          config.services(),
          registration.toMillis() / 1e3,
          target(),
          heartbeatsPerSecond,
          millis(p50),
          millis(p99),
          millis(max),
          millis(lagP99),
          millis(listMedian()),
          millis(listP99()),
          lists.size(),
          errors,
          listMismatches);
    }
  }

  /** The header of {@link Result#toString()}'s table. */
  static final String HEADER =
      "| services | register s | target/s | achieved/s | write p50 ms | write p99 ms | write max ms"
          + " | start lag p99 ms | list median ms | list p99 ms | lists | errors"
          + " | lists not N |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";

  public static void main(String[] args) throws Exception {
    if (args.length < 1 || args.length > 4) {
      System.err.println("usage: StoreHarness URL [N,N,...] [seconds] [connections]");
      System.exit(1);
    }
    String url = args[0];
    String counts = args.length > 1 ? args[1] : "1000,5000,10000";
    long seconds = args.length > 2 ? Long.parseLong(args[2]) : 60;
    int connections = args.length > 3 ? Integer.parseInt(args[3]) : 8;
    Duration interval = Duration.ofSeconds(10);
    System.out.printf(
        "store %s: heartbeats every %ss, %d connections, warm-up %ss, window %ss%n",
        url.replaceAll("password=[^&]*", "password=***"),
        interval.toSeconds(),
        connections,
        interval.toSeconds(),
        seconds);
    System.out.println(HEADER);
    for (String count : counts.split(",")) {
      Config config =
          new Config(
              url,
              Integer.parseInt(count.strip()),
              interval,
              interval,
              Duration.ofSeconds(seconds),
              connections);
      System.out.println(run(config));
    }
  }

  /** Runs {@code config} on an emptied {@code services} table. */
  static Result run(Config config) throws Exception {
    empty(config.url());
    List<JdbcServiceStore> stores = new ArrayList<>();
    for (int i = 0; i < config.connections() + 1; i++) {
      stores.add(JdbcServiceStoreFactory.forUrl(config.url(), NO_FLAGS));
    }
    try {
      return run(config, stores.subList(0, config.connections()), stores.get(stores.size() - 1));
    } finally {
      for (JdbcServiceStore store : stores) {
        store.close();
      }
    }
  }

  private static Result run(Config config, List<JdbcServiceStore> pool, ServiceStore lister)
      throws Exception {
    long registerStart = System.nanoTime();
    long[] ids = register(config.services(), pool);
    Duration registration = Duration.ofNanos(System.nanoTime() - registerStart);

    Beats beats = new Beats(config, ids);
    List<Thread> workers = new ArrayList<>();
    for (JdbcServiceStore store : pool) {
      Thread worker = new Thread(() -> beats.work(store), "heartbeat-" + workers.size());
      worker.setDaemon(true);
      workers.add(worker);
      worker.start();
    }
    List<Long> lists = new ArrayList<>();
    long listMismatches = 0;
    long listSpacing = config.window().toNanos() / LISTS_PER_WINDOW;
    for (int i = 0; i < LISTS_PER_WINDOW; i++) {
      sleepUntil(beats.windowStart + i * listSpacing);
      long start = System.nanoTime();
      List<ServiceRecord> all = lister.all();
      lists.add(System.nanoTime() - start);
      if (all.size() != config.services()) {
        listMismatches++;
      }
    }
    sleepUntil(beats.windowEnd);
    beats.stop = true;
    for (Thread worker : workers) {
      worker.join(TimeUnit.SECONDS.toMillis(60));
      if (worker.isAlive()) {
        throw new IllegalStateException(worker.getName() + " did not stop within 60 s");
      }
    }
    long inStore = 0;
    for (ServiceRecord record : lister.all()) {
      inStore += record.reportCount();
    }
    LatencyHistogram writes = beats.writes;
    return new Result(
        config,
        registration,
        beats.done.get(),
        inStore,
        beats.errors.get(),
        writes.count() * 1e9 / config.window().toNanos(),
        writes.percentile(50),
        writes.percentile(99),
        writes.max(),
        beats.lag.percentile(99),
        lists,
        listMismatches);
  }

  /** Registers {@code count} services, spread over the pool's connections at once. */
  private static long[] register(int count, List<JdbcServiceStore> pool)
      throws InterruptedException {
    long[] ids = new long[count];
    List<Thread> threads = new ArrayList<>();
    AtomicLong failures = new AtomicLong();
    for (int t = 0; t < pool.size(); t++) {
      int first = t;
      ServiceStore store = pool.get(t);
      Thread thread =
          new Thread(
              () -> {
                for (int i = first; i < count; i += pool.size()) {
                  try {
                    ids[i] = store.register(HOST_PREFIX + i, BINARY, "compute").id();
                  } catch (ServiceStoreException e) {
                    failures.incrementAndGet();
                  }
                }
              });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    if (failures.get() > 0) {
      throw new IllegalStateException(failures.get() + " registrations failed");
    }
    return ids;
  }

  /** The services' heartbeats, due in time order, and what was measured of them. */
  private static final class Beats {
    final DelayQueue<Beat> due = new DelayQueue<>();
    final LatencyHistogram writes = new LatencyHistogram();
    final LatencyHistogram lag = new LatencyHistogram();
    final AtomicLong done = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    final long interval;
    final long windowStart;
    final long windowEnd;
    volatile boolean stop;

    Beats(Config config, long[] ids) {
      interval = config.interval().toNanos();
      long start = System.nanoTime();
      windowStart = start + config.warmUp().toNanos();
      windowEnd = windowStart + config.window().toNanos();
      ThreadLocalRandom random = ThreadLocalRandom.current();
      for (long id : ids) {
        due.add(new Beat(id, start + random.nextLong(interval)));
      }
    }

    void work(ServiceStore store) {
      while (!stop) {
        Beat beat;
        try {
          beat = due.poll(100, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          return;
        }
        if (beat == null || stop) {
          continue;
        }
        long start = System.nanoTime();
        try {
          if (store.report(beat.id)) {
            done.incrementAndGet();
          } else {
            errors.incrementAndGet();
          }
        } catch (ServiceStoreException e) {
          errors.incrementAndGet();
        }
        long end = System.nanoTime();
        if (start >= windowStart && start < windowEnd) {
          writes.record(end - start);
          lag.record(start - beat.at);
        }
        due.add(new Beat(beat.id, beat.at + interval));
      }
    }
  }

  /** A heartbeat of service {@code id}, due at {@code at} ({@link System#nanoTime()}). */
  private record Beat(long id, long at) implements Delayed {
    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(at - System.nanoTime(), TimeUnit.NANOSECONDS);
    }

    @Override
    public int compareTo(Delayed other) {
      return Long.compare(at, ((Beat) other).at);
    }
  }

  /**
   * Creates the schema if need be and deletes every row, refusing if a row is not the harness's.
   */
  private static void empty(String url) throws SQLException {
    try (JdbcServiceStore store = JdbcServiceStoreFactory.forUrl(url, NO_FLAGS)) {
      if (store == null) {
        throw new IllegalArgumentException("not a jdbc:sqlite: or jdbc:postgresql: URL");
      }
      store.sync();
    }
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      try (ResultSet row =
          statement.executeQuery(
              "SELECT COUNT(*) FROM services WHERE host NOT LIKE '" + HOST_PREFIX + "%'")) {
        row.next();
        if (row.getLong(1) > 0) {
          throw new IllegalStateException(
              "the services table holds services this harness did not make: give it a scratch"
                  + " database");
        }
      }
      statement.execute(
          url.startsWith("jdbc:postgresql:") ? "TRUNCATE services" : "DELETE FROM services");
    }
  }

  private static void sleepUntil(long nanoTime) throws InterruptedException {
    long left;
    while ((left = nanoTime - System.nanoTime()) > 0) {
      TimeUnit.NANOSECONDS.sleep(left);
    }
  }

  private static String millis(long nanos) {
    return String.format("%.2f", nanos / 1e6);
  }

  /** User and password come in the URL. */
  private static final StoreFlags NO_FLAGS =
      new StoreFlags() {
        @Override
        public String sqlConnection() {
          return "";
        }

        @Override
        public Optional<String> sqlUser() {
          return Optional.empty();
        }

        @Override
        public Optional<String> sqlPassword() {
          return Optional.empty();
        }
      };
}
