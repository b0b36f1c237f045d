package mymodule.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flagstaff.examples.JavaProcess;
import io.github.flagstaff.examples.JavaProcess.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The script-form example, run as its own process. */
class ExampleScriptTest {
  @TempDir Path dir;

  private Result run(String... args) throws Exception {
    return JavaProcess.run(dir, JavaProcess.testClassPath(), "mymodule.script.ExampleScript", args);
  }

  @Test
  void usesTheDefaultAndPositionals() throws Exception {
    Result result = run("one", "two");
    assertEquals(0, result.exitCode(), result.err());
    assertEquals("my_flag: default_value\nmy_ip: (not set)\narguments: [one, two]\n", result.out());
  }

  @Test
  void readsNovaConfFromTheWorkingDirectoryAndTheCommandLineOverridesIt() throws Exception {
    Files.writeString(
        dir.resolve("nova.conf"), "# example\n--my_flag=from_conf\n--my_ip=10.0.0.1\n");
    Result result = run("--my_ip=10.0.0.2");
    assertEquals(0, result.exitCode(), result.err());
    assertEquals("my_flag: from_conf\nmy_ip: 10.0.0.2\narguments: []\n", result.out());
  }

  @Test
  void verbosePrintsTheFullSetOfFlags() throws Exception {
    Result result = run("--verbose", "--my_flag=x");
    assertEquals(0, result.exitCode(), result.err());
    assertTrue(result.out().contains("Full set of FLAGS:\n"), result.out());
    assertTrue(result.out().contains("  my_flag : x\n"), result.out());
  }

  @Test
  void helpGoesToStdoutWithExitZero() throws Exception {
    Result result = run("--helpshort");
    assertEquals(0, result.exitCode());
    assertTrue(
        result
            .out()
            .contains(
                "Flags from mymodule.exampleservice.ExampleFlags:\n"
                    + "  --my_flag=<string>: human readable description of your flag\n"
                    + "    (default: 'default_value'; mutable)\n"),
        result.out());
    assertEquals("", result.err());
  }

  @Test
  void badFlagInNovaConfGoesToStderrWithExitOne() throws Exception {
    Files.writeString(dir.resolve("nova.conf"), "--my_flag=ok\n--state_pth=/tmp\n");
    Result result = run();
    assertEquals(1, result.exitCode());
    assertEquals("", result.out());
    assertEquals(
        "example-script: ./nova.conf:2: unknown flag --state_pth; did you mean --state_path?\n"
            + "Try 'example-script --help' for the list of flags.\n",
        result.err());
  }

  @Test
  void versionAndOnlyCheckArgs() throws Exception {
    assertEquals("example-script version 0.1.0\n", run("--version").out());
    Result check = run("--only_check_args", "--my_flag=fine");
    assertEquals(0, check.exitCode());
    assertEquals("", check.out());
  }
}
