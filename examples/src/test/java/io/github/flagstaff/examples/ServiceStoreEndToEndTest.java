package io.github.flagstaff.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flagstaff.examples.JavaProcess.Result;
import io.github.flagstaff.rabbit.Broker;
import io.github.flagstaff.sql.TestDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Services on one service store, as separate processes over RabbitMQ (a vhost of their own): they
 * see each other through it, {@code flagstaff-manage} shows who is up, and the scheduler sends work
 * only to the up and enabled compute services.
 */
class ServiceStoreEndToEndTest {
  private static final String COMPUTE = "mymodule.compute.NovaComputeMain";
  private static final String SCHEDULER = "mymodule.scheduler.NovaSchedulerMain";
  private static final String BOOT = "mymodule.boot.ExampleBoot";
  private static final Duration REPORT_INTERVAL = Duration.ofSeconds(1);

  /** Long enough that a heartbeat delayed by a loaded machine still counts as up. */
  private static final Duration DOWN_TIME = Duration.ofSeconds(10);

  @TempDir Path dir;
  private final List<ServiceProcess> processes = new ArrayList<>();
  private final String vhost = "flagstaff-store-" + UUID.randomUUID();
  private TestDatabase database;

  @BeforeEach
  void ownVhost() throws Exception {
    Broker.assumeRunning();
    rabbitmqctl("add_vhost", vhost);
    rabbitmqctl("set_permissions", "-p", vhost, "guest", ".*", ".*", ".*");
  }

  @AfterEach
  void cleanUp() throws Exception {
    processes.forEach(ServiceProcess::close);
    rabbitmqctl("delete_vhost", vhost);
    if (database != null) {
      database.close();
    }
  }

  private static void rabbitmqctl(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("rabbitmqctl", "-q"));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new AssertionError(String.join(" ", command) + " failed: " + output);
    }
  }

  private List<String> common() {
    return List.of(
        "--transport_url=rabbit://guest:guest@127.0.0.1:5672/" + vhost,
        "--sql_connection=" + database.url(),
        "--report_interval=" + REPORT_INTERVAL.toSeconds() + "s",
        "--service_down_time=" + DOWN_TIME.toSeconds() + "s",
        "--rpc_response_timeout=10s");
  }

  private ServiceProcess start(String main, String host) throws Exception {
    List<String> args = new ArrayList<>(common());
    args.add("--host=" + host);
    ServiceProcess process =
        ServiceProcess.start(dir, List.of(), main, args.toArray(String[]::new));
    processes.add(process);
    return process;
  }

  /** Waits until {@code process} is registered and serving; returns its record's id. */
  private static String recordOf(ServiceProcess process) throws InterruptedException {
    process.awaitErr("is serving");
    process.awaitErr("is in the service store (record ");
    String err = process.err();
    int at = err.indexOf("is in the service store (record ") + 32;
    return err.substring(at, err.indexOf(')', at));
  }

  /** {@code flagstaff-manage service list}: binary and host to the State column. */
  private Map<String, String> states() throws Exception {
    Result list = manage("service", "list");
    assertEquals(0, list.exitCode(), list.err());
    Map<String, String> states = new LinkedHashMap<>();
    for (String line : list.out().lines().skip(1).toList()) {
      String[] columns = line.trim().split("\\s+");
      states.put(columns[0] + " " + columns[1], columns[4]);
    }
    return states;
  }

  private Result manage(String... command) throws Exception {
    List<String> args = new ArrayList<>();
    args.add("--sql_connection=" + database.url());
    args.add("--service_down_time=" + DOWN_TIME.toSeconds() + "s");
    args.addAll(List.of(command));
    return Manage.run(dir, args);
  }

  private Result boot(int instances) throws Exception {
    List<String> args = new ArrayList<>(common());
    args.add("--instances=" + instances);
    return JavaProcess.run(dir, JavaProcess.testClassPath(), BOOT, args.toArray(String[]::new));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void aKilledComputeHostIsSeenDownAndGetsNoWorkUntilItComesBackWithItsOldRecord(String kind)
      throws Exception {
    database = TestDatabase.of(kind, dir);
    ServiceProcess a = start(COMPUTE, "a");
    ServiceProcess b = start(COMPUTE, "b");
    ServiceProcess scheduler = start(SCHEDULER, "s");
    recordOf(a);
    String recordOfB = recordOf(b);
    recordOf(scheduler);
    assertEquals(
        Map.of("nova-compute a", ":-)", "nova-compute b", ":-)", "nova-scheduler s", ":-)"),
        states());
    Result both = boot(2);
    assertEquals(0, both.exitCode(), both.err());
    assertTrue(both.out().contains("vm-1: RUNNING on a"), both.out());
    assertTrue(both.out().contains("vm-2: RUNNING on b"), both.out());

    long killedAt = System.nanoTime();
    b.close(); // kill -9: no goodbye to the store
    assertEquals(137, b.awaitExit(Duration.ofSeconds(30)));
    long seenDownBy = killedAt + DOWN_TIME.plus(REPORT_INTERVAL).toNanos();
    // The property under test is a time limit: by then, and not before asking, it must show XXX.
    TimeUnit.NANOSECONDS.sleep(Math.max(0, seenDownBy - System.nanoTime()));
    assertEquals(
        Map.of("nova-compute a", ":-)", "nova-compute b", "XXX", "nova-scheduler s", ":-)"),
        states());

    Result onlyA = boot(3);
    assertEquals(0, onlyA.exitCode(), onlyA.err());
    assertEquals(3, onlyA.out().lines().filter(line -> line.contains("RUNNING on a")).count());

    ServiceProcess again = start(COMPUTE, "b");
    assertEquals(recordOfB, recordOf(again));
    // Up again from its first heartbeat, one report interval after it registered.
    Map<String, String> up =
        Map.of("nova-compute a", ":-)", "nova-compute b", ":-)", "nova-scheduler s", ":-)");
    long deadline = System.nanoTime() + REPORT_INTERVAL.multipliedBy(10).toNanos();
    Map<String, String> states = states();
    while (!states.equals(up) && System.nanoTime() < deadline) {
      states = states();
    }
    assertEquals(up, states);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void aDisabledComputeHostKeepsReportingButGetsNoWork(String kind) throws Exception {
    database = TestDatabase.of(kind, dir);
    ServiceProcess a = start(COMPUTE, "a");
    ServiceProcess b = start(COMPUTE, "b");
    recordOf(start(SCHEDULER, "s"));
    recordOf(a);
    recordOf(b);
    Result disable = manage("service", "disable", "--host=a", "--binary=nova-compute");
    assertEquals(0, disable.exitCode(), disable.err());
    Result onlyB = boot(2);
    assertEquals(0, onlyB.exitCode(), onlyB.err());
    assertEquals(2, onlyB.out().lines().filter(line -> line.contains("RUNNING on b")).count());
    assertEquals(":-)", states().get("nova-compute a"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void twoProcessesRegisteringTheSameHostAndBinaryAtOnceShareOneRecord(String kind)
      throws Exception {
    database = TestDatabase.of(kind, dir);
    ServiceProcess first = start(COMPUTE, "twin");
    ServiceProcess second = start(COMPUTE, "twin");
    assertEquals(recordOf(first), recordOf(second));
    assertEquals(Map.of("nova-compute twin", ":-)"), states());
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void withNoComputeHostUpABootIsANoValidHostError(String kind) throws Exception {
    database = TestDatabase.of(kind, dir);
    recordOf(start(SCHEDULER, "s"));
    Result none = boot(1);
    assertEquals(1, none.exitCode());
    assertTrue(
        none.err()
            .contains(
                "remote error: NoValidHost: No valid host was found. No compute"
                    + " service is up and enabled."),
        none.err());
  }
}
