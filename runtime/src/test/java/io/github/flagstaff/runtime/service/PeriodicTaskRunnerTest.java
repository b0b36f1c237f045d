package io.github.flagstaff.runtime.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flagstaff.runtime.CommonFlags;
import io.github.flagstaff.runtime.flags.FlagParser;
import io.github.flagstaff.runtime.flags.FlagRegistry;
import io.github.flagstaff.runtime.rpc.RpcClient;
import io.github.flagstaff.runtime.rpc.Transports;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/** Periodic tasks on a clock the test moves: spacing, drift, overruns, failures, fuzz. */
class PeriodicTaskRunnerTest {
  private final ManualScheduler scheduler = new ManualScheduler();
  private final PeriodicTaskRunner runner = new PeriodicTaskRunner(scheduler, context());
  private final List<String> runs = new ArrayList<>();

  private static ServiceContext context() {
    try {
      return new ServiceContext(
          "host-a",
          "nova-test",
          "test",
          FlagParser.of(FlagRegistry.of(CommonFlags.class)).parse().values(),
          new RpcClient(Transports.open("memory://tasks", null), Duration.ofSeconds(1)));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private PeriodicTaskDefinition task(
      String name, Duration spacing, PeriodicTaskDefinition.Action action) {
    return new PeriodicTaskDefinition(name, spacing, false, true, action);
  }

  private PeriodicTaskDefinition.Action record(String name) {
    return context -> runs.add(name + "@" + seconds());
  }

  private long seconds() {
    return Duration.ofNanos(scheduler.nanoTime()).toSeconds();
  }

  private void start(PeriodicTaskDefinition... tasks) {
    runner.start(List.of(tasks), Duration.ofSeconds(60), Duration.ZERO, new Random(1));
  }

  @Test
  void runsOnceEverySpacingFirstAfterOneSpacing() {
    start(
        task("a", Duration.ofSeconds(10), record("a")),
        task("b", Duration.ofSeconds(25), record("b")));
    scheduler.advance(Duration.ofSeconds(50));
    assertEquals(List.of("a@10", "a@20", "b@25", "a@30", "a@40", "b@50", "a@50"), runs);
  }

  @Test
  void keepsToTheScheduleWhenRunsTakeTime() {
    start(
        task(
            "slow",
            Duration.ofSeconds(10),
            c -> {
              runs.add("slow@" + seconds());
              scheduler.elapse(Duration.ofSeconds(3));
            }));
    scheduler.advance(Duration.ofSeconds(45));
    assertEquals(List.of("slow@10", "slow@20", "slow@30", "slow@40"), runs);
  }

  @Test
  void aTaskWithoutSpacingRunsEveryPeriodicInterval() {
    start(task("default", null, record("default")));
    scheduler.advance(Duration.ofSeconds(130));
    assertEquals(List.of("default@60", "default@120"), runs);
  }

  @Test
  void aThrowingTaskIsLoggedAndOthersAndItselfRunOn() {
    try (LogRecorder log = LogRecorder.of(PeriodicTaskRunner.class)) {
      start(
          task(
              "boom",
              Duration.ofSeconds(10),
              c -> {
                runs.add("boom@" + seconds());
                if (c.run() == 1) {
                  throw new IllegalStateException("first run fails");
                }
              }),
          task("steady", Duration.ofSeconds(10), record("steady")));
      scheduler.advance(Duration.ofSeconds(20));
      assertEquals(List.of("boom@10", "steady@10", "boom@20", "steady@20"), runs);
      assertEquals(List.of("periodic task boom failed"), log.messages(Level.SEVERE));
    }
  }

  @Test
  void anOverrunningTaskIsNotStartedTwiceAndSkipsTheRunsItMissed() {
    List<Integer> pendingDuringRun = new ArrayList<>();
    try (LogRecorder log = LogRecorder.of(PeriodicTaskRunner.class)) {
      start(
          task(
              "overrun",
              Duration.ofSeconds(10),
              c -> {
                runs.add("overrun@" + seconds());
                pendingDuringRun.add(scheduler.pending().size());
                if (c.run() == 1) {
                  scheduler.elapse(Duration.ofSeconds(25));
                }
              }));
      scheduler.advance(Duration.ofSeconds(45));
      assertEquals(List.of("overrun@10", "overrun@40"), runs);
      assertEquals(List.of(0, 0), pendingDuringRun);
      assertEquals(
          List.of("periodic task overrun overran its spacing of PT10S; skipping 2 run(s)"),
          log.messages(Level.WARNING));
    }
  }

  @Test
  void runImmediatelyRunsAtStart() {
    runner.start(
        List.of(
            new PeriodicTaskDefinition("now", Duration.ofSeconds(10), true, true, record("now"))),
        Duration.ofSeconds(60),
        Duration.ofSeconds(30),
        new Random(1));
    scheduler.advance(Duration.ofSeconds(10));
    assertEquals(List.of("now@0", "now@10"), runs);
  }

  @Test
  void fuzzyDelayPostponesTheFirstRunByUpToTheDelay() {
    Random half =
        new Random() {
          @Override
          public double nextDouble() {
            return 0.5;
          }
        };
    runner.start(
        List.of(task("fuzzed", Duration.ofSeconds(10), record("fuzzed"))),
        Duration.ofSeconds(60),
        Duration.ofSeconds(8),
        half);
    scheduler.advance(Duration.ofSeconds(30));
    assertEquals(List.of("fuzzed@14", "fuzzed@24"), runs);
  }

  @Test
  void aDisabledTaskNeverRuns() {
    start(new PeriodicTaskDefinition("off", Duration.ofSeconds(1), true, false, record("off")));
    scheduler.advance(Duration.ofSeconds(10));
    assertEquals(List.of(), runs);
  }

  @Test
  void stopStartsNoNewRuns() throws InterruptedException {
    start(task("a", Duration.ofSeconds(10), record("a")));
    scheduler.advance(Duration.ofSeconds(10));
    runner.stop();
    scheduler.advance(Duration.ofSeconds(60));
    assertEquals(List.of("a@10"), runs);
    assertTrue(runner.awaitIdle(Duration.ofSeconds(1)));
  }

  @Test
  void nonPositiveSpacingIsRejected() {
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () -> new PeriodicTaskDefinition("zero", Duration.ZERO, false, true, c -> {}));
    assertEquals("spacing of task zero must be positive", e.getMessage());
  }
}
