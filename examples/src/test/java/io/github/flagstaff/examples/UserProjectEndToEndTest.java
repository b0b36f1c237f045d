package io.github.flagstaff.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flagstaff.examples.JavaProcess.Result;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's project, compiled with javac and the Flagstaff processor exactly as a user's build
 * would, then run as a separate process.
 */
class UserProjectEndToEndTest {
  @TempDir static Path project;
  private static String runClassPath;

  @BeforeAll
  static void compileTheUserProject() throws Exception {
    Path src = Files.createDirectories(project.resolve("src/com/acme"));
    Files.writeString(
        src.resolve("TransferFlags.java"),
        String.join(
            "\n",
            "package com.acme;",
            "import io.github.flagstaff.Flag;",
            "import java.time.Duration;",
            "import java.util.List;",
            "public interface TransferFlags {",
            "  enum Mode { COPY, MOVE }",
            "  @Flag(help = \"Where to send files.\", required = true) String target();",
            "  @Flag(help = \"Copy or move.\", defaultValue = \"copy\") Mode mode();",
            "  @Flag(help = \"Parallel transfers.\", defaultValue = \"4\", min = \"1\", max ="
                + " \"64\")",
            "  int parallel();",
            "  @Flag(help = \"Give up after this long.\", defaultValue = \"30s\") Duration"
                + " timeout();",
            "  @Flag(help = \"Files to skip.\", repeatable = true) List<String> exclude();",
            "}"));
    Files.writeString(
        src.resolve("Transfer.java"),
        String.join(
            "\n",
            "package com.acme;",
            "import io.github.flagstaff.runtime.flags.ParseResult;",
            "import io.github.flagstaff.runtime.flags.Program;",
            "public final class Transfer {",
            "  public static void main(String[] args) {",
            "    ParseResult parsed = Program.named(\"transfer\").version(\"2.0\")",
            "        .keyFlags(TransferFlags.class).parseOrExit(args);",
            "    TransferFlags flags = parsed.values().get(TransferFlags.class);",
            "    System.out.println(flags.mode() + \" \" + parsed.positionals() + \" to \" +"
                + " flags.target()",
            "        + \" x\" + flags.parallel() + \" within \" + flags.timeout().toSeconds() +"
                + " \"s\"",
            "        + \" skipping \" + flags.exclude());",
            "  }",
            "}"));
    Path classes = Files.createDirectories(project.resolve("classes"));
    String classPath = JavaProcess.testClassPath();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status =
        javac.run(
            null,
            null,
            new PrintStream(diagnostics, true, StandardCharsets.UTF_8),
            "-classpath",
            classPath,
            "-processorpath",
            classPath,
            "-d",
            classes.toString(),
            src.resolve("TransferFlags.java").toString(),
            src.resolve("Transfer.java").toString());
    assertEquals(0, status, diagnostics.toString(StandardCharsets.UTF_8));
    assertTrue(
        Files.exists(
            classes.resolve("META-INF/services/io.github.flagstaff.runtime.flags.FlagIndex")));
    runClassPath = classes + java.io.File.pathSeparator + classPath;
  }

  private static Result run(String... args) throws Exception {
    return JavaProcess.run(project, runClassPath, "com.acme.Transfer", args);
  }

  @Test
  void runsWithParsedFlags() throws Exception {
    Path conf = project.resolve("transfer.conf");
    Files.writeString(conf, "--target=backup:/srv\n--exclude=*.tmp\n");
    Result result = run("a.txt", "--flagfile=" + conf, "--mode=MOVE", "--exclude=*.log", "b.txt");
    assertEquals(0, result.exitCode(), result.err());
    assertEquals(
        "MOVE [a.txt, b.txt] to backup:/srv x4 within 30s skipping [*.tmp, *.log]\n", result.out());
  }

  @Test
  void missingRequiredFlagExitsOne() throws Exception {
    Result result = run();
    assertEquals(1, result.exitCode());
    assertEquals(
        List.of(
            "transfer: flag --target is required but was not given",
            "Try 'transfer --help' for the list of flags."),
        result.err().lines().toList());
  }

  @Test
  void outOfRangeValueExitsOne() throws Exception {
    Result result = run("--target=x", "--parallel=100");
    assertEquals(1, result.exitCode());
    assertTrue(
        result
            .err()
            .startsWith(
                "transfer: invalid value '100' for flag --parallel: out of range [1, 64]\n"),
        result.err());
  }

  @Test
  void helpAndVersionExitZero() throws Exception {
    Result help = run("--helpshort");
    assertEquals(0, help.exitCode());
    assertTrue(
        help.out()
            .contains(
                "  --parallel=<int>: Parallel transfers.\n" + "    (default: 4; range: [1, 64])\n"),
        help.out());
    assertTrue(help.out().contains("  --mode=<COPY|MOVE>: Copy or move.\n"), help.out());
    Result version = run("--version");
    assertEquals(0, version.exitCode());
    assertEquals("transfer version 2.0\n", version.out());
  }
}
