package io.github.flagstaff.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a normal start loads, from the JVM's own class-loading log ({@code -Xlog:class+load}): a
 * service up to "is serving" and a script loads no picocli, no {@code java.util.logging}, no
 * regular expressions, no time-zone database, and makes no lambda (whose first one spins classes at
 * run time). A control program that uses each shows that the log would show them.
 */
class StartPathTest {
  /** What the first lambda loads; the JDK's own signal dispatch makes one on SIGTERM. */
  private static final String LAMBDAS = "java.lang.invoke.LambdaMetafactory";

  /** Class name prefixes a normal start must not load, and what each stands for. */
  private static final List<String> FORBIDDEN =
      List.of(
          "picocli.",
          "java.util.logging.",
          "sun.util.logging.internal.",
          "java.util.regex.",
          "java.time.zone.TzdbZoneRulesProvider",
          LAMBDAS,
          "sun.util.calendar.ZoneInfoFile");

  @TempDir Path dir;

  @Test
  void aServiceStartsWithoutLoggingRegexTimeZonesOrPicocli() throws Exception {
    Path log = dir.resolve("classes.log");
    try (ServiceProcess service =
        ServiceProcess.start(
            dir,
            List.of("-Xlog:class+load:file=" + log),
            "io.github.flagstaff.examples.NovaQuietMain",
            "--sql_connection=memory:",
            "--host=quiet-host")) {
      service.awaitErr("nova-quiet on quiet-host is serving");
      assertEquals(List.of(), forbidden(loaded(log)), service.err());
      assertTrue(service.err().contains(" INFO io.github.flagstaff.runtime.service.Service:"));
      service.signal("TERM");
      assertEquals(0, service.awaitExit(Duration.ofSeconds(30)), service.err());
    }
    List<String> wholeRun = forbidden(loaded(log));
    wholeRun.remove(LAMBDAS);
    assertEquals(List.of(), wholeRun);
  }

  @Test
  void aScriptStartsWithoutThemToo() throws Exception {
    Path log = dir.resolve("classes.log");
    JavaProcess.Result result =
        runLoggingClasses(log, "mymodule.script.ExampleScript", "--my_flag=7", "positional");
    assertEquals(0, result.exitCode(), result.err());
    assertTrue(result.out().contains("my_flag: 7"), result.out());
    List<String> classes = loaded(log);
    assertTrue(classes.contains("mymodule.script.ExampleScript"), "no class log");
    assertEquals(List.of(), forbidden(classes));
  }

  @Test
  void theControlLoadsEachOfThem() throws Exception {
    Path log = dir.resolve("classes.log");
    JavaProcess.Result result = runLoggingClasses(log, StartPathControl.class.getName());
    assertEquals(0, result.exitCode(), result.err());
    List<String> found = forbidden(loaded(log));
    for (String prefix : FORBIDDEN) {
      if (!prefix.equals("sun.util.calendar.ZoneInfoFile")) {
        assertTrue(found.stream().anyMatch(name -> name.startsWith(prefix)), prefix + ": " + found);
      }
    }
  }

  /**
   * Runs {@code mainClass} with the test class path, logging each class it loads to {@code log}.
   */
  private JavaProcess.Result runLoggingClasses(Path log, String mainClass, String... args)
      throws Exception {
    return JavaProcess.run(
        dir, List.of("-Xlog:class+load:file=" + log), JavaProcess.testClassPath(), mainClass, args);
  }

  @Test
  void theUsersOwnLoggersKeepWorkingInTheOneLineFormat() throws Exception {
    try (ServiceProcess service =
        ServiceProcess.start(
            dir,
            List.of(),
            "mymodule.exampleservice.NovaExampleserviceMain",
            "--sql_connection=memory:",
            "--host=example-host")) {
      service.awaitErr("is serving");
      service.awaitErr(
          " INFO mymodule.exampleservice.ExampleServiceManager: exampleservice on example-host:");
      service.signal("TERM");
      assertEquals(0, service.awaitExit(Duration.ofSeconds(30)), service.err());
      for (String line : service.err().split("\n")) {
        assertTrue(
            line.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} [A-Z]+ \\S+: .*"),
            line);
      }
    }
  }

  /** The classes {@code log} says were loaded, in order. */
  private static List<String> loaded(Path log) throws IOException {
    List<String> classes = new ArrayList<>();
    for (String line : Files.readAllLines(log)) {
      // [0.012s][info][class,load] java.lang.Object source: shared objects file
      int start = line.indexOf("] ") + 2;
      int end = line.indexOf(' ', start);
      if (start > 1 && end > start) {
        classes.add(line.substring(start, end));
      }
    }
    return classes;
  }

  private static List<String> forbidden(List<String> classes) {
    List<String> out = new ArrayList<>();
    for (String name : classes) {
      for (String prefix : FORBIDDEN) {
        if (name.startsWith(prefix)) {
          out.add(name);
        }
      }
    }
    return out;
  }
}
