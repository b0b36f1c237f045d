package io.github.flagstaff.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CI's check of the start-up harness: the programs it times build, run, and read the 200-line
 * flagfile (discovery finds the flag indexes), so a timing is never of a program that failed or
 * skipped its work. (The timings and the AppCDS runs are for {@code benchmarks/run startup}; AppCDS
 * refuses the class directories that {@code mvn test} puts on the class path.)
 */
class StartupHarnessTest {
  @TempDir Path dir;

  @Test
  void everyProgramRunsAndReadsTheFlagfile() throws Exception {
    Map<String, List<String>> commands = StartupHarness.build(dir);
    assertEquals(
        List.of("floor", "discovery", "flagstaff-flags", "flagstaff-service", "picocli"),
        List.copyOf(commands.keySet()));
    for (Map.Entry<String, List<String>> program : commands.entrySet()) {
      String output = Harness.output(dir, program.getValue());
      String expected =
          switch (program.getKey()) {
            case "floor" -> "floor";
            case "discovery" -> StartupHarness.DISCOVERED;
            default -> StartupHarness.EXPECTED_OUTPUT;
          };
      assertTrue(output.lines().anyMatch(expected::equals), program.getKey() + ":\n" + output);
    }
  }
}
