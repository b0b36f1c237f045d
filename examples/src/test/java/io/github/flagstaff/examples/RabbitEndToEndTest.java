package io.github.flagstaff.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

  @BeforeEach
  void cleanBroker() throws Exception {
    Broker.assumeRunning();
    Broker.delete("compute", "compute.a", "compute.b", "scheduler", "scheduler.s");
  }

  @AfterEach
  void stopProcesses() {
    processes.forEach(ServiceProcess::close);
  }

  private ServiceProcess start(String main, String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("--transport_url=" + Broker.URL));
    all.addAll(List.of(args));
    ServiceProcess process = ServiceProcess.start(dir, List.of(), main, all.toArray(String[]::new));
    processes.add(process);
    process.awaitErr("is in the service store");
    return process;
  }

  private Result boot(String... args) throws Exception {
    List<String> all =
        new ArrayList<>(List.of("--transport_url=" + Broker.URL, "--rpc_response_timeout=10s"));
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
    assertEquals(
        List.of(
            "vm-1: RUNNING on a (512 MB)",
            "vm-2: RUNNING on b (512 MB)",
            "vm-3: RUNNING on a (512 MB)",
            "vm-4: RUNNING on b (512 MB)",
            "asked every compute host to refresh its cache"),
        result.out().lines().toList());
    a.awaitErr("compute on a: running vm-3 (512 MB) for carol");
    a.awaitErr("compute on a: cache refreshed");
    b.awaitErr("compute on b: cache refreshed");
  }

  @Test
  void servicesRideOutABrokerRestart() throws Exception {
    ServiceProcess compute = start(COMPUTE, "--host=a");
    start(SCHEDULER, "--host=s");
    assertEquals(0, boot("--instances=1").exitCode());
    Broker.stop();
    try {
      compute.awaitErr("lost the broker at rabbit://127.0.0.1:5672//");
      Result during = boot("--instances=1");
      assertEquals(1, during.exitCode());
      assertTrue(
          during
              .err()
              .contains(
                  "example-boot: call to scheduler.run_instance failed: not connected"
                      + " to the broker at rabbit://127.0.0.1:5672//; reconnecting"),
          during.err());
    } finally {
      Broker.start();
    }
    compute.awaitErr("reconnected to rabbit://127.0.0.1:5672/");
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
  }
}
