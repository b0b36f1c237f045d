package io.github.flagstaff.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CI's check of the store harness: one tiny run against SQLite counts what the database counts. */
class StoreHarnessTest {
  @TempDir Path dir;

  @Test
  void tenServicesForASecondReportWhatTheDatabaseCounted() throws Exception {
    StoreHarness.Config config =
        new StoreHarness.Config(
            "jdbc:sqlite:" + dir.resolve("nova.sqlite"),
            10,
            Duration.ofMillis(100),
            Duration.ofMillis(200),
            Duration.ofSeconds(1),
            2);
    StoreHarness.Result result = StoreHarness.run(config);
    assertEquals(0, result.errors());
    assertTrue(result.heartbeats() > 0, result.toString());
    assertEquals(result.heartbeats(), result.heartbeatsInAll(), result.toString());
    assertEquals(30, result.lists().size());
    assertEquals(0, result.listMismatches(), result.toString());
    assertTrue(result.heartbeatsPerSecond() > 0, result.toString());
    assertTrue(result.p50() <= result.p99() && result.p99() <= result.max(), result.toString());
  }
}
