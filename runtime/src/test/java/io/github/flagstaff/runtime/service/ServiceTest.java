package io.github.flagstaff.runtime.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flagstaff.runtime.CommonFlags;
import io.github.flagstaff.runtime.flags.FlagException;
import io.github.flagstaff.runtime.flags.FlagParser;
import io.github.flagstaff.runtime.flags.FlagRegistry;
import io.github.flagstaff.runtime.flags.FlagValues;
import io.github.flagstaff.runtime.rpc.Codecs;
import io.github.flagstaff.runtime.rpc.RequestContext;
import io.github.flagstaff.runtime.rpc.RpcClient;
import io.github.flagstaff.runtime.rpc.RpcException;
import io.github.flagstaff.runtime.rpc.RpcFlags;
import io.github.flagstaff.runtime.rpc.RpcTimeoutException;
import io.github.flagstaff.runtime.rpc.Target;
import io.github.flagstaff.runtime.rpc.Transport;
import io.github.flagstaff.runtime.rpc.Transports;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/** A service's lifecycle, heartbeats, records and reloads, on clocks the test moves. */
class ServiceTest {
  private static final FlagParser PARSER =
      FlagParser.of(
          FlagRegistry.of(
              CommonFlags.class,
              ServiceFlags.class,
              RpcFlags.class,
              StoreFlags.class,
              TestServiceFlags.class,
              NovaTestserviceMain.class));

  private final List<ManualScheduler> schedulers = new ArrayList<>();
  private final MutableClock clock = new MutableClock();
  private final InMemoryServiceStore store = new InMemoryServiceStore(clock);

  /** A wall clock the test sets. */
  static final class MutableClock extends Clock {
    Instant now = Instant.parse("2011-02-03T04:05:06Z");

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private static FlagValues values(String... args) {
    try {
      return PARSER.parse(args).values();
    } catch (FlagException e) {
      throw new AssertionError(e);
    }
  }

  private Service service(ServiceStore serviceStore, String... args) {
    List<String> all = new ArrayList<>(List.of("--host=host-a", "--periodic_fuzzy_delay=0s"));
    all.addAll(List.of(args));
    return Service.builder(NovaTestserviceMain.SERVICE, values(all.toArray(String[]::new)))
        .store(serviceStore)
        .clock(clock)
        .version("1.2")
        .random(new Random(7))
        .schedulers(this::manualScheduler)
        .build();
  }

  private Service service(String... args) {
    return service(store, args);
  }

  /** Moves every scheduler, and the wall clock, by {@code amount}, one second at a time. */
  private void advance(Duration amount) {
    for (long s = 0; s < amount.toSeconds(); s++) {
      clock.now = clock.now.plusSeconds(1);
      schedulers.forEach(scheduler -> scheduler.advance(Duration.ofSeconds(1)));
    }
  }

  /** A scheduler the test moves, for a service that asks for one. */
  private TaskScheduler manualScheduler(int threads) {
    ManualScheduler scheduler = new ManualScheduler();
    schedulers.add(scheduler);
    return scheduler;
  }

  /** Runs what is due now, such as the registration a start schedules. */
  private void runDue() {
    schedulers.forEach(scheduler -> scheduler.advance(Duration.ZERO));
  }

  private static RecordingManager manager(Service service) {
    return (RecordingManager) service.manager();
  }

  @Test
  void startLogsInitsTheHostAndCreatesTheRecord() throws Exception {
    try (LogRecorder log = LogRecorder.of(Service.class)) {
      Service service = service("--recording_secret=s3cret");
      service.start();
      assertEquals(List.of(), store.all());
      runDue();
      assertEquals(
          List.of(
              "Starting testservice node (version 1.2)", "nova-testservice on host-a is serving"),
          log.messages(Level.INFO));
      List<String> debug = log.messages(Level.FINE);
      assertEquals("Full set of FLAGS:", debug.get(0));
      assertTrue(debug.contains("recording_secret : ****"), debug.toString());
      assertTrue(
          debug.contains("testservice_manager : " + RecordingManager.class.getName()),
          debug.toString());
      assertFalse(debug.toString().contains("s3cret"));
    }
    ServiceRecord record = store.all().get(0);
    assertEquals("host-a", record.host());
    assertEquals("nova-testservice", record.binary());
    assertEquals("testservice", record.topic());
    assertEquals(0, record.reportCount());
  }

  @Test
  void theManagerIsBuiltWithWhatItsConstructorAsks() throws Exception {
    Service service = service("--recording_label=built");
    RecordingManager manager = manager(service);
    assertEquals("built", manager.flags.recordingLabel());
    assertEquals("built", manager.values.get("recording_label", null));
    assertEquals("host-a", manager.context.host());
    assertEquals("nova-testservice", manager.context.binary());
    assertEquals(RecordingManager.class.getName(), service.managerName());
    service.start();
    assertEquals(List.of("init_host host-a"), manager.events);
  }

  @Test
  void heartbeatsCountReportsEveryReportInterval() throws Exception {
    Service service = service();
    service.start();
    advance(Duration.ofSeconds(35));
    ServiceRecord record = store.get(service.recordId()).orElseThrow();
    assertEquals(3, record.reportCount());
    assertEquals(Instant.parse("2011-02-03T04:05:36Z"), record.updatedAt());
  }

  @Test
  void periodicTasksRunOnTheirOwnSpacingAndNovasHookOnThePeriodicInterval() throws Exception {
    Service service = service("--periodic_interval=15s");
    service.start();
    advance(Duration.ofSeconds(31));
    assertEquals(
        List.of(
            "init_host host-a",
            "sweep",
            "tick 1 first",
            "periodic_tasks 1",
            "tick 2 first",
            "sweep",
            "periodic_tasks 2",
            "tick 3 first"),
        manager(service).events);
  }

  @Test
  void aVanishedRecordIsRecreated() throws Exception {
    Service service = service();
    service.start();
    runDue();
    long first = service.recordId();
    store.delete(first);
    try (LogRecorder log = LogRecorder.of(Heartbeat.class)) {
      advance(Duration.ofSeconds(10));
      assertEquals(
          List.of("service record of nova-testservice on host-a vanished; re-creating it"),
          log.messages(Level.WARNING));
    }
    assertEquals(1, store.all().size());
    ServiceRecord record = store.all().get(0);
    assertTrue(record.id() != first);
    assertEquals(1, record.reportCount());
  }

  @Test
  void aFailingStoreIsLoggedOnceAndItsRecoveryOnce() throws Exception {
    FlakyStore flaky = new FlakyStore(store);
    Service service = service(flaky);
    service.start();
    advance(Duration.ofSeconds(10));
    try (LogRecorder log = LogRecorder.of(Heartbeat.class)) {
      flaky.broken = true;
      advance(Duration.ofSeconds(30));
      assertEquals(
          List.of("model server went away: connection refused"), log.messages(Level.SEVERE));
      flaky.broken = false;
      advance(Duration.ofSeconds(20));
      assertEquals(
          List.of(
              "model server went away: connection refused", "Recovered model server connection!"),
          log.messages(Level.SEVERE));
    }
    assertEquals(3, store.get(service.recordId()).orElseThrow().reportCount());
    assertEquals("tick 6 first", manager(service).events.get(manager(service).events.size() - 1));
  }

  @Test
  void aStoreThatIsDownAtStartIsLoggedAndTheRecordIsCreatedWhenItComesBack() throws Exception {
    FlakyStore flaky = new FlakyStore(store);
    flaky.broken = true;
    Service service = service(flaky);
    try (LogRecorder log = LogRecorder.of(Heartbeat.class)) {
      service.start();
      runDue();
      assertEquals(-1, service.recordId());
      advance(Duration.ofSeconds(20));
      assertEquals(
          List.of("model server went away: connection refused"), log.messages(Level.SEVERE));
      flaky.broken = false;
      advance(Duration.ofSeconds(10));
      assertEquals(
          List.of(
              "model server went away: connection refused", "Recovered model server connection!"),
          log.messages(Level.SEVERE));
      assertEquals(List.of(), log.messages(Level.WARNING));
    }
    assertEquals(1, store.get(service.recordId()).orElseThrow().reportCount());
    assertEquals("init_host host-a", manager(service).events.get(0));
  }

  @Test
  void isUpUsesServiceDownTime() throws Exception {
    Service service = service("--service_down_time=60s", "--report_interval=10s");
    service.start();
    runDue();
    clock.now = clock.now.plusSeconds(59);
    assertTrue(service.isUp(store.get(service.recordId()).orElseThrow()));
    clock.now = clock.now.plusSeconds(2);
    assertFalse(service.isUp(store.get(service.recordId()).orElseThrow()));
    advance(Duration.ofSeconds(10));
    assertTrue(service.isUp(store.get(service.recordId()).orElseThrow()));
  }

  @Test
  void servicesOfATopicAreTheUpAndEnabledOnes() throws Exception {
    Service a = service("--host=a", "--service_down_time=60s", "--report_interval=10s");
    Service.serve(a);
    runDue();
    store.register("b", "nova-testservice", "testservice");
    store.register("c", "nova-testservice", "testservice");
    store.register("d", "nova-other", "other");
    store.setDisabled("b", "nova-testservice", true, "maintenance");
    ServiceContext context = a.context();
    assertEquals(List.of("a", "c"), hosts(context.services("testservice")));
    assertEquals(List.of("d"), hosts(context.services("other")));
    clock.now = clock.now.plusSeconds(30);
    advance(Duration.ofSeconds(40));
    assertEquals(List.of("a"), hosts(context.services("testservice")));
    assertEquals(List.of("d", "a", "b", "c"), hosts(context.serviceRecords()));
  }

  @Test
  void aCallToAHostWhoseRecordIsDownFailsAtOnceNamingItAndWhenItWasLastSeen() throws Exception {
    Service a = service("--host=a", "--service_down_time=60s", "--transport_url=memory://down");
    a.start();
    runDue();
    store.register("b", "nova-testservice", "testservice");
    Instant created = clock.now;
    clock.now = clock.now.plusSeconds(61);
    RpcClient rpc = a.context().rpc();
    RpcException e =
        assertThrows(
            RpcException.class,
            () ->
                rpc.call(
                    Target.host("testservice", "b"),
                    RequestContext.system(),
                    Duration.ofSeconds(60),
                    "anything",
                    arguments -> {},
                    Codecs.INT));
    assertEquals(
        "call to testservice.b refused: nova-testservice on b is down, last seen "
            + created
            + " (61 s ago; --service_down_time is 60 s)",
        e.getMessage());
    assertThrows(
        RpcTimeoutException.class,
        () ->
            rpc.call(
                Target.host("testservice", "unknown"),
                RequestContext.system(),
                Duration.ofMillis(50),
                "anything",
                arguments -> {},
                Codecs.INT));
    a.stop();
  }

  private static List<String> hosts(List<ServiceRecord> records) {
    return records.stream().map(ServiceRecord::host).toList();
  }

  @Test
  void aStoreUrlNoModuleServesStopsTheServiceNamingOnlyTheScheme() throws Exception {
    Service service =
        Service.builder(
                NovaTestserviceMain.SERVICE,
                values("--host=h", "--sql_connection=jdbc:mysql://admin:s3cret@db/nova"))
            .schedulers(this::manualScheduler)
            .build();
    try (LogRecorder log = LogRecorder.of(Service.class)) {
      service.start();
      runDue();
      assertTrue(service.await(Duration.ofSeconds(30)));
      String expected =
          "no service store for --sql_connection 'jdbc:mysql:' (known: memory:); is flagstaff-sql"
              + " on the class path?";
      assertEquals(expected, service.failure());
      assertEquals(
          List.of("nova-testservice: " + expected + "; stopping"), log.messages(Level.SEVERE));
    }
  }

  @Test
  void aMemoryStoreNamedByTheFlagUsesTheServicesClock() throws Exception {
    Service service =
        Service.builder(
                NovaTestserviceMain.SERVICE,
                values("--host=h", "--sql_connection=memory:", "--service_down_time=60s"))
            .clock(clock)
            .schedulers(this::manualScheduler)
            .build();
    service.start();
    runDue();
    ServiceContext context = service.context();
    assertEquals(List.of("h"), hosts(context.services("testservice")));
    clock.now = clock.now.plusSeconds(61);
    assertEquals(List.of(), context.services("testservice"));
    service.stop();
  }

  @Test
  void warnsWhenReportIntervalIsNotWellBelowServiceDownTime() throws Exception {
    try (LogRecorder log = LogRecorder.of(Service.class)) {
      service("--report_interval=30s", "--service_down_time=60s").start();
      assertEquals(
          List.of(
              "report_interval (PT30S) should be well below service_down_time (PT1M), at most"
                  + " PT24S, or this service will be seen as down between reports"),
          log.messages(Level.WARNING));
    }
    try (LogRecorder log = LogRecorder.of(Service.class)) {
      service("--report_interval=10s", "--service_down_time=60s").start();
      assertEquals(List.of(), log.messages(Level.WARNING));
    }
  }

  @Test
  void aFailingInitHostStopsTheServiceWithAClearMessage() throws Exception {
    Service service = service("--recording_fail_init");
    ServiceStartException e = assertThrows(ServiceStartException.class, service::start);
    assertEquals(
        "nova-testservice: init_host of io.github.flagstaff.runtime.service.RecordingManager"
            + " failed: java.lang.IllegalStateException: disk missing",
        e.getMessage());
    assertTrue(service.await(Duration.ZERO));
    assertTrue(schedulers.stream().allMatch(ManualScheduler::isShutDown));
    assertEquals(List.of(), store.all());
  }

  @Test
  void stopEndsWorkAndCleansUpAndKillAlsoDeletesTheRecord() throws Exception {
    Service service = service();
    service.start();
    advance(Duration.ofSeconds(10));
    assertTrue(service.stop());
    assertTrue(service.await(Duration.ZERO));
    advance(Duration.ofSeconds(60));
    List<String> events = manager(service).events;
    assertEquals("cleanup", events.get(events.size() - 1));
    assertEquals(1, store.all().size());
    Service other = service("--host=host-b");
    other.start();
    runDue();
    assertEquals(2, store.all().size());
    other.kill();
    assertEquals(List.of("host-a"), store.all().stream().map(ServiceRecord::host).toList());
  }

  @Test
  void serveStartsSeveralServicesInOneProcess() throws Exception {
    Service a = service("--host=a");
    Service b = service("--host=b");
    Service.serve(a, b);
    advance(Duration.ofSeconds(10));
    assertEquals(List.of("a", "b"), store.all().stream().map(ServiceRecord::host).toList());
    assertTrue(store.all().stream().allMatch(r -> r.reportCount() == 1));
  }

  @Test
  void reloadAppliesMutableFlagsAndListsTheRest() throws Exception {
    Service service = service("--recording_label=first", "--recording_size=1");
    service.start();
    try (LogRecorder log = LogRecorder.of(Service.class)) {
      FlagValues.Reload reload =
          service.reload(
              values(
                  "--host=host-a",
                  "--periodic_fuzzy_delay=0s",
                  "--recording_label=second",
                  "--recording_size=9"));
      assertEquals(List.of("recording_label"), reload.applied());
      assertEquals(List.of("recording_size"), reload.needRestart());
      assertEquals(List.of("flag --recording_label is now second"), log.messages(Level.INFO));
      assertEquals(
          List.of("flag --recording_size changed but is not mutable; restart to apply it"),
          log.messages(Level.WARNING));
    }
    TestServiceFlags current = service.context().flags(TestServiceFlags.class);
    assertEquals("second", current.recordingLabel());
    assertEquals(1, current.recordingSize());
    advance(Duration.ofSeconds(10));
    List<String> events = manager(service).events;
    assertTrue(events.contains("reset"), events.toString());
    assertEquals("tick 1 second", events.get(events.size() - 1));
  }

  /** A runner on real threads whose one task starts at once and then waits for {@code release}. */
  /**
   * A task runner whose one task has started and is blocked until {@code release}; closing it
   * releases the task and shuts down its thread pool and transport.
   */
  private static final class BlockedRunner implements AutoCloseable {
    final PeriodicTaskRunner runner;
    private final CountDownLatch release;
    private final TaskScheduler scheduler = new ExecutorTaskScheduler("test", 1);
    private final Transport transport = Transports.open("memory://blocked", null);

    BlockedRunner(CountDownLatch release, List<String> order) throws InterruptedException {
      this.release = release;
      CountDownLatch started = new CountDownLatch(1);
      runner =
          new PeriodicTaskRunner(
              scheduler,
              new ServiceContext(
                  "h", "b", "t", values(), new RpcClient(transport, Duration.ofSeconds(1))));
      runner.start(
          List.of(
              new PeriodicTaskDefinition(
                  "blocked",
                  Duration.ofSeconds(1),
                  true,
                  true,
                  c -> {
                    started.countDown();
                    release.await();
                    order.add("task finished");
                  })),
          Duration.ofSeconds(60),
          Duration.ZERO,
          new Random());
      if (!started.await(10, TimeUnit.SECONDS)) {
        close();
        throw new AssertionError("the task did not start");
      }
    }

    @Override
    public void close() {
      release.countDown();
      scheduler.shutdown();
      transport.close();
    }
  }

  @Test
  void gracefulStopLetsARunningTaskFinishFirst() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    List<String> order = Collections.synchronizedList(new ArrayList<>());
    ExecutorService waiter = Executors.newSingleThreadExecutor();
    try (BlockedRunner blocked = new BlockedRunner(release, order)) {
      blocked.runner.stop();
      AtomicReference<Thread> waiting = new AtomicReference<>();
      Future<Boolean> idle =
          waiter.submit(
              () -> {
                waiting.set(Thread.currentThread());
                boolean finished = blocked.runner.awaitIdle(Duration.ZERO);
                order.add("idle");
                return finished;
              });
      // The waiter must park in awaitIdle while the task is blocked; had awaitIdle returned, the
      // future would be done, which fails here rather than spinning for ever.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (waiting.get() == null || waiting.get().getState() != Thread.State.WAITING) {
        assertFalse(idle.isDone(), () -> "awaitIdle returned while the task ran: " + order);
        assertTrue(System.nanoTime() < deadline, "the waiter never parked");
        Thread.onSpinWait();
      }
      assertEquals(List.of(), order);
      release.countDown();
      assertTrue(idle.get(10, TimeUnit.SECONDS));
      assertEquals(List.of("task finished", "idle"), order);
    } finally {
      waiter.shutdownNow();
    }
  }

  @Test
  void gracefulStopGivesUpAfterTheTimeout() throws Exception {
    try (BlockedRunner blocked = new BlockedRunner(new CountDownLatch(1), new ArrayList<>())) {
      blocked.runner.stop();
      assertFalse(blocked.runner.awaitIdle(Duration.ofMillis(50)));
      assertEquals(1, blocked.runner.running());
    }
  }

  /** A store that fails while {@code broken}. */
  private static final class FlakyStore implements ServiceStore {
    private final ServiceStore delegate;
    volatile boolean broken;

    FlakyStore(ServiceStore delegate) {
      this.delegate = delegate;
    }

    private ServiceStore store() {
      if (broken) {
        throw new ServiceStoreException("connection refused");
      }
      return delegate;
    }

    @Override
    public ServiceRecord register(String host, String binary, String topic) {
      return store().register(host, binary, topic);
    }

    @Override
    public boolean report(long id) {
      return store().report(id);
    }

    @Override
    public Optional<ServiceRecord> get(long id) {
      return store().get(id);
    }

    @Override
    public List<ServiceRecord> all() {
      return store().all();
    }

    @Override
    public List<ServiceRecord> topic(String topic) {
      return store().topic(topic);
    }

    @Override
    public boolean setDisabled(String host, String binary, boolean disabled, String reason) {
      return store().setDisabled(host, binary, disabled, reason);
    }

    @Override
    public void delete(long id) {
      store().delete(id);
    }
  }
}
