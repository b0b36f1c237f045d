package io.github.flagstaff.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flagstaff.examples.JavaProcess.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example services as separate processes: start-up, managers, signals, reloads, failures. */
class ServicesEndToEndTest {
  private static final String EXAMPLE = "mymodule.exampleservice.NovaExampleserviceMain";
  private static final String NETWORK = "mymodule.network.NovaNetworkMain";
  private static final String HOLDING = "io.github.flagstaff.examples.NovaHoldingMain";
  private static final String LAUNCHER = "io.github.flagstaff.runtime.service.Launcher";
  private static final Duration EXIT = Duration.ofSeconds(20);

  /** Quick ticks, so tests see periodic runs without waiting. */
  private static final String[] FAST = {
    "--periodic_interval=200ms", "--periodic_fuzzy_delay=0s", "--report_interval=200ms"
  };

  @TempDir Path dir;

  private ServiceProcess start(String main, String... args) throws Exception {
    return start(List.of(), main, args);
  }

  private ServiceProcess start(List<String> jvm, String main, String... args) throws Exception {
    String[] all = new String[FAST.length + args.length];
    System.arraycopy(FAST, 0, all, 0, FAST.length);
    System.arraycopy(args, 0, all, FAST.length, args.length);
    return ServiceProcess.start(dir, jvm, main, all);
  }

  @Test
  void exampleServiceLogsItsStartAndFlagsWithSecretsMaskedAndStopsOnSigterm() throws Exception {
    try (ServiceProcess service =
        start(EXAMPLE, "--verbose", "--host=test-host", "--example_password=s3cret")) {
      service.awaitErr("periodic task report_my_flag, run 2: my_flag is default_value");
      service.signal("TERM");
      assertEquals(0, service.awaitExit(EXIT));
      String err = service.err();
      assertTrue(err.contains("Starting exampleservice node (version "), err);
      assertTrue(err.contains("Full set of FLAGS:"), err);
      assertTrue(err.contains("example_password : ****"), err);
      assertTrue(
          err.contains("exampleservice_manager : mymodule.exampleservice.ExampleServiceManager"),
          err);
      assertTrue(err.contains("exampleservice on test-host: my_flag is default_value"), err);
      assertTrue(
          err.contains("Caught SIGTERM, stopping nova-exampleservice on test-host gracefully"),
          err);
      assertTrue(err.contains("exampleservice on test-host stopped"), err);
      assertFalse(err.contains("s3cret"), err);
    }
  }

  @Test
  void networkManagerFlagChoosesTheManager() throws Exception {
    try (ServiceProcess vlan = start(NETWORK, "--host=n1")) {
      vlan.awaitErr("VlanManager on n1: vlans from 100, 1000 networks of 256 addresses");
      vlan.awaitErr("VlanManager: released 0 expired leases");
      vlan.signal("TERM");
      assertEquals(0, vlan.awaitExit(EXIT));
    }
    try (ServiceProcess flat =
        start(NETWORK, "--host=n2", "--network_manager=mymodule.network.FlatManager")) {
      flat.awaitErr("FlatManager on n2: bridge br100, dns 8.8.4.4");
      flat.awaitErr("FlatManager: bridge br100 is up");
      flat.signal("TERM");
      assertEquals(0, flat.awaitExit(EXIT));
      assertFalse(flat.err().contains("VlanManager"), flat.err());
    }
  }

  @Test
  void anUnknownManagerIsAFlagErrorListingTheKnownOnes() throws Exception {
    Result result =
        JavaProcess.run(
            dir, JavaProcess.testClassPath(), NETWORK, "--network_manager=mymodule.network.Nope");
    assertEquals(1, result.exitCode());
    assertEquals(
        List.of(
            "nova-network: invalid value 'mymodule.network.Nope' for flag --network_manager:"
                + " expected one of mymodule.network.FlatManager, mymodule.network.VlanManager",
            "Try 'nova-network --help' for the list of flags."),
        result.err().lines().toList());
  }

  @Test
  void aFailingInitHostExitsOneWithTheReason() throws Exception {
    Result result =
        JavaProcess.run(
            dir,
            JavaProcess.testClassPath(),
            NETWORK,
            "--network_manager=mymodule.network.FlatManager",
            "--flat_network_bridge=");
    assertEquals(1, result.exitCode());
    assertTrue(
        result
            .err()
            .contains(
                "nova-network: init_host of mymodule.network.FlatManager failed:"
                    + " java.lang.IllegalStateException: --flat_network_bridge must name a"
                    + " bridge\n"),
        result.err());
  }

  @Test
  void sigtermWaitsForTheRunningTaskWithinTheGracefulTimeout() throws Exception {
    try (ServiceProcess service = start(HOLDING, "--graceful_shutdown_timeout=0")) {
      service.awaitErr("holding task started");
      service.signal("TERM");
      service.awaitErr("Caught SIGTERM, stopping nova-holding");
      // The task is blocked on stdin, so a stop that did not wait would end the process here.
      service.writeLine("go on");
      assertEquals(0, service.awaitExit(EXIT));
      String err = service.err();
      int caught = err.indexOf("Caught SIGTERM");
      int finished = err.indexOf("holding task finished after reading 'go on'");
      assertTrue(caught >= 0 && finished > caught, err);
    }
  }

  @Test
  void sigtermStopsATaskStillRunningAfterTheGracefulTimeout() throws Exception {
    try (ServiceProcess service = start(HOLDING, "--graceful_shutdown_timeout=200ms")) {
      service.awaitErr("holding task started");
      service.signal("TERM");
      assertEquals(0, service.awaitExit(EXIT));
      String err = service.err();
      assertTrue(err.contains("work still running after graceful_shutdown_timeout"), err);
      assertFalse(err.contains("holding task finished"), err);
    }
  }

  @Test
  void sigintExitsAtOnce() throws Exception {
    try (ServiceProcess service = start(EXAMPLE)) {
      service.awaitErr("run 1: my_flag");
      service.signal("INT");
      assertEquals(130, service.awaitExit(EXIT));
      assertTrue(service.err().contains("Caught SIGINT, exiting"), service.err());
      assertFalse(service.err().contains("stopped"), service.err());
    }
  }

  @Test
  void sighupRereadsNovaConfAndAppliesTheMutableFlag() throws Exception {
    Path conf = dir.resolve("nova.conf");
    Files.writeString(conf, "--my_flag=one\n--service_down_time=60s\n");
    try (ServiceProcess service = start(EXAMPLE)) {
      service.awaitErr("my_flag is one");
      Files.writeString(conf, "--my_flag=two\n--service_down_time=90s\n");
      service.signal("HUP");
      service.awaitErr("flag --my_flag is now two");
      service.awaitErr("flag --service_down_time changed but is not mutable; restart to apply it");
      service.awaitErr("my_flag is two");
      service.signal("TERM");
      assertEquals(0, service.awaitExit(EXIT));
    }
  }

  @Test
  void sighupWithABadFlagfileKeepsTheOldValues() throws Exception {
    Path conf = dir.resolve("nova.conf");
    Files.writeString(conf, "--my_flag=one\n");
    try (ServiceProcess service = start(EXAMPLE)) {
      service.awaitErr("run 1: my_flag is one");
      Files.writeString(conf, "--my_flag=three\n--bogus=1\n");
      service.signal("HUP");
      service.awaitErr("could not re-read flags; keeping the old values:");
      service.awaitErr("./nova.conf:2: unknown flag --bogus");
      int before = service.err().length();
      service.awaitErr("run 5: my_flag is one");
      assertFalse(service.err().substring(before).contains("my_flag is three"), service.err());
      service.signal("TERM");
      assertEquals(0, service.awaitExit(EXIT));
    }
  }

  @Test
  void aStormOfSighupsReloadsOneAtATimeAndTheLastFlagfileWins() throws Exception {
    Path conf = dir.resolve("nova.conf");
    Files.writeString(conf, "--my_flag=v0\n");
    try (ServiceProcess service = start(EXAMPLE)) {
      service.awaitErr("run 2: my_flag is v0");
      int baseline = threadsOtherThanTheJdksSignalDispatch(service).size();
      AtomicInteger most = new AtomicInteger(baseline);
      AtomicInteger mostReloading = new AtomicInteger();
      AtomicBoolean storming = new AtomicBoolean(true);
      Thread sampler =
          new Thread(
              () -> {
                while (storming.get()) {
                  try {
                    List<String> threads = threadsOtherThanTheJdksSignalDispatch(service);
                    most.accumulateAndGet(threads.size(), Math::max);
                    int reloading =
                        (int) threads.stream().filter(name -> name.startsWith("SIGHUP")).count();
                    mostReloading.accumulateAndGet(reloading, Math::max);
                    Thread.sleep(1);
                  } catch (IOException | InterruptedException e) {
                    return;
                  }
                }
              });
      sampler.start();
      for (int round = 1; round <= 4; round++) {
        Path next = dir.resolve("nova.conf.new");
        Files.writeString(next, "--my_flag=v" + round + "\n");
        Files.move(next, conf, StandardCopyOption.ATOMIC_MOVE);
        service.signal("HUP", 25);
      }
      service.awaitErr("flag --my_flag is now v4");
      service.awaitErr("my_flag is v4");
      storming.set(false);
      sampler.join();
      service.signal("TERM");
      assertEquals(0, service.awaitExit(EXIT));
      List<String> applied =
          service.err().lines().filter(line -> line.contains("flag --my_flag is now")).toList();
      assertTrue(
          applied.get(applied.size() - 1).endsWith("flag --my_flag is now v4"), applied.toString());
      assertEquals(1, mostReloading.get(), "threads reloading at once");
      assertTrue(most.get() <= baseline + 10, most.get() + " threads, " + baseline + " before");
    }
  }

  /**
   * The JDK runs each signal's handler on a thread of its own, "SIGHUP handler", which ends as soon
   * as the handler returns; Flagstaff's handler only asks its one reload thread for a reload.
   */
  private static List<String> threadsOtherThanTheJdksSignalDispatch(ServiceProcess service)
      throws IOException {
    return service.threadNames().stream().filter(name -> !name.equals("SIGHUP handler")).toList();
  }

  @Test
  void helpshortShowsTheManagersFlagSetsAndTheManagerFlag() throws Exception {
    Result result = JavaProcess.run(dir, JavaProcess.testClassPath(), NETWORK, "--helpshort");
    assertEquals(0, result.exitCode());
    String help = result.out();
    assertTrue(
        help.contains(
            "Flags from mymodule.network.NovaNetworkMain:\n"
                + "  --network_manager=<mymodule.network.FlatManager|mymodule.network.VlanManager>:"
                + " Manager for nova-network\n"
                + "    (default: 'mymodule.network.VlanManager')\n"),
        help);
    assertTrue(help.contains("Flags from mymodule.network.FlatFlags:"), help);
    assertTrue(help.contains("Flags from mymodule.network.VlanFlags:"), help);
    assertFalse(help.contains("CommonFlags"), help);
    assertFalse(help.contains("ExampleFlags"), help);
    Result full = JavaProcess.run(dir, JavaProcess.testClassPath(), NETWORK, "--help");
    assertTrue(full.out().contains("Flags from io.github.flagstaff.runtime.service.ServiceFlags:"));
  }

  @Test
  void theBusyboxLauncherRunsTheServiceItsFirstArgumentNames() throws Exception {
    Result help =
        JavaProcess.run(
            dir, JavaProcess.testClassPath(), LAUNCHER, "/usr/bin/nova-network", "--helpshort");
    assertEquals(0, help.exitCode(), help.err());
    assertTrue(help.out().startsWith("nova-network: Runs the network service."), help.out());
    try (ServiceProcess service =
        ServiceProcess.start(
            dir, List.of(), LAUNCHER, "nova-exampleservice", "--periodic_fuzzy_delay=0s")) {
      service.awaitErr("Starting exampleservice node");
      service.signal("TERM");
      assertEquals(0, service.awaitExit(EXIT));
    }
    Result unknown = JavaProcess.run(dir, JavaProcess.testClassPath(), LAUNCHER, "nova-nothing");
    assertEquals(1, unknown.exitCode());
    assertEquals(
        "flagstaff: no service is called 'nova-nothing'; known: nova-api, nova-compute,"
            + " nova-exampleservice, nova-holding, nova-interop, nova-network, nova-quiet,"
            + " nova-rabbit_test, nova-scheduler, test-shelf\n",
        unknown.err());
  }

  @Test
  void completionScriptsForBashAndZsh() throws Exception {
    Result bash =
        JavaProcess.run(dir, JavaProcess.testClassPath(), NETWORK, "--completion_script=bash");
    assertEquals(0, bash.exitCode(), bash.err());
    assertTrue(bash.out().contains("complete -F _complete_nova-network"), bash.out());
    assertTrue(bash.out().contains("--network_manager"), bash.out());
    assertTrue(bash.out().contains("--noverbose"), bash.out());
    Result zsh =
        JavaProcess.run(dir, JavaProcess.testClassPath(), NETWORK, "--completion_script=zsh");
    assertEquals(0, zsh.exitCode());
    assertTrue(zsh.out().contains("bashcompinit"), zsh.out());
    Result fish =
        JavaProcess.run(dir, JavaProcess.testClassPath(), NETWORK, "--completion_script=fish");
    assertEquals(1, fish.exitCode());
    assertEquals(
        "nova-network: no completion script for shell 'fish': expected bash or zsh\n", fish.err());
  }

  @Test
  void allInOneRunsSchedulerAndTwoComputeHostsInOneJvmOverMemory() throws Exception {
    Result result =
        JavaProcess.run(
            dir, JavaProcess.testClassPath(), "mymodule.boot.NovaAllInOne", "--instances=3");
    assertEquals(0, result.exitCode(), result.err());
    List<String> lines = result.out().lines().toList();
    assertEquals(
        List.of(
            "vm-1: RUNNING on a (512 MB)",
            "vm-2: RUNNING on b (512 MB)",
            "vm-3: RUNNING on a (512 MB)",
            "asked every compute host to refresh its cache"),
        lines.subList(0, 4));
    assertTrue(
        lines.get(4).matches("a compute host: [ab] up [0-9]+s, [12] instance\\(s\\)"),
        lines.get(4));
    assertEquals(5, lines.size(), result.out());
    assertTrue(result.err().contains("nova-scheduler on scheduler is serving"), result.err());
    assertTrue(result.err().contains("compute on b: running vm-2 (512 MB) for demo"), result.err());
  }

  /**
   * A caller capped at compute API 1.0 by a flagfile (a rolling upgrade) falls back instead of
   * calling the 1.1 method.
   */
  @Test
  void allInOneCappedByAFlagfileFallsBackToComputeApi10() throws Exception {
    Files.writeString(dir.resolve("upgrade.conf"), "--upgrade_levels_compute=1.0\n");
    Result result =
        JavaProcess.run(
            dir,
            JavaProcess.testClassPath(),
            "mymodule.boot.NovaAllInOne",
            "--flagfile=upgrade.conf",
            "--instances=1");
    assertEquals(0, result.exitCode(), result.err());
    assertEquals(
        List.of(
            "vm-1: RUNNING on a (512 MB)",
            "asked every compute host to refresh its cache",
            "compute hosts may be older than API 1.1 (--upgrade_levels_compute): no uptime"),
        result.out().lines().toList());
  }

  @Test
  void aMalformedUpgradeLevelIsAFlagError() throws Exception {
    Result result =
        JavaProcess.run(
            dir,
            JavaProcess.testClassPath(),
            "mymodule.boot.NovaAllInOne",
            "--upgrade_levels_compute=1.x");
    assertEquals(1, result.exitCode());
    assertEquals("", result.out());
    assertEquals(
        "nova-all-in-one: invalid value '1.x' for flag --upgrade_levels_compute: expected an RPC"
            + " API version: major.minor, such as 1.3\n"
            + "Try 'nova-all-in-one --help' for the list of flags.\n",
        result.err());
  }

  @Test
  void aNormalStartLoadsNoPicocliClass() throws Exception {
    try (ServiceProcess service = start(List.of("-verbose:class"), EXAMPLE)) {
      service.awaitErr("run 1: my_flag");
      service.signal("TERM");
      assertEquals(0, service.awaitExit(EXIT));
      assertTrue(
          service.out().contains("io.github.flagstaff.runtime.service.Service "), "no class log");
      assertFalse(service.out().contains("picocli"), "picocli was loaded");
    }
    Result completion =
        JavaProcess.run(
            dir,
            List.of("-verbose:class"),
            JavaProcess.testClassPath(),
            EXAMPLE,
            "--completion_script=bash");
    assertTrue(completion.out().contains("picocli.AutoComplete"), "the check can see picocli");
  }
}
