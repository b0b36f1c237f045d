package io.github.flagstaff.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.flagstaff.examples.JavaProcess.Result;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service's generated main given what an operator, or an attacker, should not give it: flagfiles
 * that are not files, a password that breaks the URL, secrets in mistyped lines. Each ends at once
 * with status 1 and a clear message, never a stack trace or a password.
 */
class HostileInputEndToEndTest {
  private static final String EXAMPLE = "mymodule.exampleservice.NovaExampleserviceMain";
  private static final String COMPUTE = "mymodule.compute.NovaComputeMain";
  private static final String NOT_A_FILE =
      " is not a regular file (a device, pipe or socket); flagfiles must be files";

  @TempDir Path dir;

  private Result run(String main, String... args) throws Exception {
    return JavaProcess.run(dir, JavaProcess.testClassPath(), main, args);
  }

  /** Exit status 1, exactly {@code problem} and the hint on stderr, so no stack trace. */
  private static void assertRefused(Result result, String program, String problem) {
    assertEquals(1, result.exitCode(), result.err());
    assertEquals(
        List.of(program + ": " + problem, "Try '" + program + " --help' for the list of flags."),
        result.err().lines().toList());
  }

  @Test
  void devicesAndPipesAsFlagfilesAreRefusedAtOnce() throws Exception {
    for (String file : List.of("/dev/zero", "/dev/urandom", "/proc/self/fd/0")) {
      assertRefused(
          run(EXAMPLE, "--flagfile=" + file),
          "nova-exampleservice",
          "flagfile " + file + NOT_A_FILE);
    }
  }

  @Test
  void aFifoWithNoWriterDoesNotHang() throws Exception {
    Path fifo = dir.resolve("nova.fifo");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "no mkfifo");
    assertRefused(
        run(EXAMPLE, "--flagfile=" + fifo), "nova-exampleservice", "flagfile " + fifo + NOT_A_FILE);
  }

  @Test
  void aSparseFileOfThreeGigabytesIsRefusedWithoutBeingRead() throws Exception {
    Path sparse = dir.resolve("sparse.conf");
    try (RandomAccessFile file = new RandomAccessFile(sparse.toFile(), "rw")) {
      file.setLength(3L << 30);
    }
    assertRefused(
        run(EXAMPLE, "--flagfile=" + sparse),
        "nova-exampleservice",
        "flagfile "
            + sparse
            + " is too large: a parse reads at most 32 MiB of flagfiles, counting each file every"
            + " time it is included");
  }

  @Test
  void aTransportUrlThatIsNotAUrlEndsWithoutAStackTraceOrThePassword() throws Exception {
    for (String password : List.of("hunter 2", "hunter%zz2")) {
      Result result =
          run(COMPUTE, "--host=a", "--transport_url=rabbit://guest:" + password + "@127.0.0.1/");
      assertEquals(1, result.exitCode(), result.err());
      String err = result.err();
      assertFalse(err.contains("hunter"), err);
      assertFalse(err.contains("Exception"), err);
      assertEquals(1, err.lines().filter(line -> line.startsWith("nova-compute: ")).count(), err);
      assertEquals(
          1,
          err.lines()
              .filter(line -> line.startsWith("nova-compute: --transport_url is not a valid URL: "))
              .count(),
          err);
    }
  }

  @Test
  void mistypedSecretLinesInAFlagfileDoNotShowThePassword() throws Exception {
    Path conf = dir.resolve("nova.conf");
    Files.writeString(
        conf,
        "transport_url=rabbit://guest:hunter2@127.0.0.1/\n"
            + "--transport_url rabbit://guest:hunter2@127.0.0.1/\n"
            + "--transport_url=rabbit://guest:hunt$er2@127.0.0.1/\n");
    Result result = run(COMPUTE, "--flagfile=" + conf);
    assertEquals(1, result.exitCode());
    assertEquals(
        List.of(
            "nova-compute: "
                + conf
                + ":1: not a flag: 'transport_url=****' (flagfile lines are --name=value)",
            "nova-compute: " + conf + ":2: expected --name=value, got '--transport_url ****'",
            "nova-compute: "
                + conf
                + ":3: invalid value '****' for flag --transport_url: a '$' in it does not start a"
                + " reference to another flag (write $$ for a literal $)",
            "Try 'nova-compute --help' for the list of flags."),
        result.err().lines().toList());
  }

  @Test
  void aFlagfileWithASecretThatOthersCanReadIsWarnedAboutAtStart() throws Exception {
    Path conf = dir.resolve("secret.conf");
    Files.writeString(conf, "--example_password=hunter2\n");
    Files.setPosixFilePermissions(conf, PosixFilePermissions.fromString("rw-r--r--"));
    Result open = run(EXAMPLE, "--flagfile=" + conf, "--only_check_args");
    assertEquals(0, open.exitCode(), open.err());
    assertEquals(
        "nova-exampleservice: warning: flagfile "
            + conf
            + " sets the secret flag --example_password but others can read it; run chmod 600 "
            + conf
            + "\n",
        open.err());
    Files.setPosixFilePermissions(conf, PosixFilePermissions.fromString("rw-------"));
    Result closed = run(EXAMPLE, "--flagfile=" + conf, "--only_check_args");
    assertEquals(0, closed.exitCode(), closed.err());
    assertEquals("", closed.err());
  }
}
