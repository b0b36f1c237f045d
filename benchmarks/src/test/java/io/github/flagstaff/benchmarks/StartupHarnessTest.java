package io.github.flagstaff.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CI's check of the start-up harness: it builds its programs and one short run completes. */
class StartupHarnessTest {
  @TempDir Path dir;

  @Test
  void oneShortRunBuildsAndTimesEveryProgram() throws Exception {
    Map<String, Double> medians = StartupHarness.run(1, dir);
    assertEquals(
        List.of(
            "floor",
            "flagstaff-flags",
            "flagstaff-service",
            "picocli",
            "flagstaff-flags+appcds",
            "flagstaff-service+appcds",
            "picocli+appcds"),
        List.copyOf(medians.keySet()));
    assertTrue(medians.values().stream().allMatch(m -> m > 0), medians.toString());
  }
}
