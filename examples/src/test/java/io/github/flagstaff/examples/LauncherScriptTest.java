package io.github.flagstaff.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code bin/} launcher's class-data archive, on an installation laid out as {@code mvn
 * install} leaves {@code examples/} (its scripts, and its jars copied into {@code target/}): the
 * first run records it, later runs load the program's classes from it, a newer jar makes it again,
 * a place where none can be written costs nothing but the archive, and the JDK found is remembered
 * while it is still the one found.
 */
class LauncherScriptTest {
  private static final Path EXAMPLES = Path.of("").toAbsolutePath();

  @TempDir Path install;
  @TempDir Path work;

  @BeforeEach
  void layOut() throws IOException {
    Path bin = Files.createDirectories(install.resolve("bin"));
    for (String script : List.of("flagstaff-java", "example-script")) {
      Files.copy(EXAMPLES.resolve("bin").resolve(script), bin.resolve(script));
    }
    Path lib = Files.createDirectories(install.resolve("target/lib"));
    Files.copy(
        EXAMPLES.resolve("target/flagstaff-examples.jar"),
        install.resolve("target/flagstaff-examples.jar"));
    try (Stream<Path> jars = Files.list(EXAMPLES.resolve("target/lib"))) {
      for (Path jar : jars.toList()) {
        Files.copy(jar, lib.resolve(jar.getFileName()));
      }
    }
  }

  @Test
  void theFirstRunRecordsTheArchiveAndLaterRunsUseIt() throws Exception {
    Map<String, String> logClasses = Map.of("JAVA_OPTS", "-Xlog:class+load");
    JavaProcess.Result first = run(logClasses, "--my_flag=5");
    assertTrue(first.out().contains("my_flag: 5"), first.out());
    assertFalse(fromArchive(first), first.out());
    JavaProcess.Result second = run(logClasses, "--my_flag=6");
    assertTrue(second.out().contains("my_flag: 6"), second.out());
    assertTrue(fromArchive(second), second.out());
    assertEquals(1, archives().size(), archives().toString());
  }

  @Test
  void aNewerJarMakesTheArchiveAgain() throws Exception {
    run(Map.of());
    run(Map.of());
    List<Path> made = archives();
    assertEquals(1, made.size(), made.toString());
    FileTime before = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
    Files.setLastModifiedTime(made.get(0), before);
    Files.setLastModifiedTime(
        install.resolve("target/flagstaff-examples.jar"),
        FileTime.fromMillis(System.currentTimeMillis()));
    JavaProcess.Result stale = run(Map.of("JAVA_OPTS", "-Xlog:class+load"));
    assertFalse(fromArchive(stale), stale.out());
    run(Map.of());
    assertTrue(
        Files.getLastModifiedTime(archives().get(0)).compareTo(before) > 0, "not made again");
    JavaProcess.Result fresh = run(Map.of("JAVA_OPTS", "-Xlog:class+load"));
    assertTrue(fromArchive(fresh), fresh.out());
  }

  @Test
  void withNowhereToWriteTheProgramRunsWithoutAnArchive() throws Exception {
    Files.writeString(install.resolve("target/cds"), "not a directory");
    Map<String, String> environment = Map.of("XDG_CACHE_HOME", "/proc/flagstaff-cannot-write");
    for (int i = 0; i < 2; i++) {
      JavaProcess.Result result = run(environment, "--my_flag=9");
      assertEquals("my_flag: 9", firstLine(result));
      assertEquals("", result.err());
    }
  }

  @Test
  void aReadOnlyInstallationKeepsItsArchiveInTheCache() throws Exception {
    Files.writeString(install.resolve("target/cds"), "not a directory");
    Map<String, String> environment = Map.of("XDG_CACHE_HOME", work.toString());
    run(environment);
    JavaProcess.Result result = run(environment, "--my_flag=4");
    assertEquals("my_flag: 4", firstLine(result));
    try (Stream<Path> files = Files.walk(work)) {
      assertTrue(files.anyMatch(file -> file.toString().endsWith(".jsa")), "no archive in cache");
    }
  }

  @Test
  void theJdkFoundOnThePathIsRememberedWhileItIsStillTheJavaFound() throws Exception {
    Path javaHome =
        Path.of(System.getProperty("java.home"), "bin", "java")
            .toRealPath()
            .getParent()
            .getParent();
    Map<String, String> onPath =
        Map.of("PATH", javaHome.resolve("bin") + File.pathSeparator + System.getenv("PATH"));
    run(onPath, false);
    Path remembered = install.resolve("target/cds/jdk");
    assertEquals(List.of(javaHome.toString()), Files.readAllLines(remembered));
    run(onPath, false);
    Map<String, String> logClasses = new HashMap<>(onPath);
    logClasses.put("JAVA_OPTS", "-Xlog:class+load");
    Path otherJdk = Files.createDirectories(work.resolve("other-jdk/bin")).getParent();
    Files.copy(javaHome.resolve("release"), otherJdk.resolve("release"));

    // What no longer names the java found is looked up again.
    for (String planted : List.of(otherJdk + "\n", "", otherJdk.toString())) {
      Files.writeString(remembered, planted);
      JavaProcess.Result result = run(logClasses, false, "--my_flag=8");

      assertTrue(result.out().contains("my_flag: 8"), result.out());
      assertTrue(fromArchive(result), planted + ": " + result.out());
      assertEquals(List.of(javaHome.toString()), Files.readAllLines(remembered), planted);
      assertEquals(1, archives().size(), archives().toString());
    }

    // What still does is used as it is: a link to the JDK stays what is remembered.
    Path link = Files.createSymbolicLink(work.resolve("jdk-link"), javaHome);
    Files.writeString(remembered, link + "\n");
    JavaProcess.Result result = run(logClasses, false, "--my_flag=9");
    assertTrue(fromArchive(result), result.out());
    assertEquals(List.of(link.toString()), Files.readAllLines(remembered));
  }

  @Test
  void aJavaHomeWithoutAJdkFailsAsTheShellSaysAndIsNotRemembered() throws Exception {
    Path missing = work.resolve("no-jdk-here");
    JavaProcess.Result result =
        JavaProcess.run(
            work,
            List.of(
                "env",
                "JAVA_HOME=" + missing,
                "sh",
                install.resolve("bin/example-script").toString()));

    assertEquals(127, result.exitCode(), result.err());
    assertTrue(result.err().contains(missing + "/bin/java: not found"), result.err());
    assertFalse(Files.exists(install.resolve("target/cds/jdk")));
  }

  /** Runs {@code bin/example-script} in an environment with {@code environment} set. */
  private JavaProcess.Result run(Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    return run(environment, true, args);
  }

  /**
   * Runs {@code bin/example-script} in an environment with {@code environment} set, and {@code
   * JAVA_HOME} the test's JDK if {@code javaHome}, else unset.
   */
  private JavaProcess.Result run(Map<String, String> environment, boolean javaHome, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("env", "-u", "JAVA_OPTS", "-u", "JAVA_HOME"));
    if (javaHome) {
      command.add("JAVA_HOME=" + System.getProperty("java.home"));
    }
    for (Map.Entry<String, String> variable : environment.entrySet()) {
      command.add(variable.getKey() + "=" + variable.getValue());
    }
    command.add("sh");
    command.add(install.resolve("bin/example-script").toString());
    command.addAll(List.of(args));
    JavaProcess.Result result = JavaProcess.run(work, command);
    assertEquals(0, result.exitCode(), result.err());
    return result;
  }

  /** Whether the program's main class came from the archive, as {@code -Xlog:class+load} says. */
  private static boolean fromArchive(JavaProcess.Result result) {
    return result.out().contains("mymodule.script.ExampleScript source: shared objects file");
  }

  private List<Path> archives() throws IOException {
    Path dir = install.resolve("target/cds");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(file -> file.toString().endsWith(".jsa")).sorted().toList();
    }
  }

  private static String firstLine(JavaProcess.Result result) {
    return result.out().lines().findFirst().orElse("");
  }
}
