package io.github.flagstaff.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flagstaff.examples.JavaProcess.Result;
import io.github.flagstaff.rabbit.Broker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** nova-scheduler and nova-compute as separate processes, talking through RabbitMQ. */
class RabbitEndToEndTest {
  private static final String COMPUTE = "mymodule.compute.NovaComputeMain";
  private static final String SCHEDULER = "mymodule.scheduler.NovaSchedulerMain";
  private static final String BOOT = "mymodule.boot.ExampleBoot";

  @TempDir Path dir;
  private final List<ServiceProcess> processes = new ArrayList<>();
  private Broker broker;

  @BeforeEach
  void createVirtualHost() throws Exception {
    broker = Broker.vhost("examples");
  }

  @AfterEach
  void stopProcesses() throws Exception {
    processes.forEach(ServiceProcess::close);
    if (broker != null) {
      broker.close();
    }
  }

  private ServiceProcess start(String main, String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("--transport_url=" + broker.url()));
    all.addAll(List.of(args));
    ServiceProcess process = ServiceProcess.start(dir, List.of(), main, all.toArray(String[]::new));
    processes.add(process);
    process.awaitErr("is in the service store");
    // Registered before its RPC server consumes: only then can it be sent work.
    process.awaitErr("is serving");
    return process;
  }

  private Result boot(String... args) throws Exception {
    List<String> all =
        new ArrayList<>(List.of("--transport_url=" + broker.url(), "--rpc_response_timeout=10s"));
    all.addAll(List.of(args));
    return JavaProcess.run(dir, JavaProcess.testClassPath(), BOOT, all.toArray(String[]::new));
  }

  @Test
  void schedulerAndTwoComputeProcessesServeABootThroughTheBroker() throws Exception {
    ServiceProcess a = start(COMPUTE, "--host=a");
    ServiceProcess b = start(COMPUTE, "--host=b");
    start(SCHEDULER, "--host=s");
    Result result = boot("--instances=4", "--boot_user=carol");
    assertEquals(0, result.exitCode(), result.err());
    List<String> lines = result.out().lines().toList();
    assertEquals(
        List.of(
            "vm-1: RUNNING on a (512 MB)",
            "vm-2: RUNNING on b (512 MB)",
            "vm-3: RUNNING on a (512 MB)",
            "vm-4: RUNNING on b (512 MB)",
            "asked every compute host to refresh its cache"),
        lines.subList(0, 5));
    assertTrue(
        lines.get(5).matches("a compute host: [ab] up [0-9]+s, 2 instance\\(s\\)"), lines.get(5));
    a.awaitErr("compute on a: running vm-3 (512 MB) for carol");
    a.awaitErr("compute on a: cache refreshed");
    b.awaitErr("compute on b: cache refreshed");
  }

  @Test
  void servicesRideOutLosingTheBrokerAndLogNoSlf4jNotice() throws Exception {
    ServiceProcess compute = start(COMPUTE, "--host=a");
    ServiceProcess scheduler = start(SCHEDULER, "--host=s");
    assertEquals(0, boot("--instances=1").exitCode());
    broker.refuse();
    try {
      broker.closeConnections();
      compute.awaitErr("lost the broker at " + broker.where());
      scheduler.awaitErr("lost the broker at " + broker.where());
      Result during = boot("--instances=1");
      assertEquals(1, during.exitCode());
      assertTrue(
          during
              .err()
              .contains(
                  "example-boot: call to scheduler.run_instance failed: not connected"
                      + " to the broker at "
                      + broker.where()
                      + "; reconnecting"),
          during.err());
    } finally {
      broker.allow();
    }
    compute.awaitErr("reconnected to " + broker.where());
    Broker.await(
        Duration.ofSeconds(30),
        "a boot to go through again",
        () -> {
          try {
            return boot("--instances=1").exitCode() == 0;
          } catch (Exception e) {
            return false;
          }
        });
    compute.awaitErr("compute on a: cache refreshed");
    assertTrue(compute.err().contains("compute on a: running vm-1"), compute.err());
    assertFalse(compute.err().contains("SLF4J"), compute.err());
    assertFalse(scheduler.err().contains("SLF4J"), scheduler.err());
  }
}
