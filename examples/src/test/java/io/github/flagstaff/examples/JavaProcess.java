package io.github.flagstaff.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a Java main class in a separate JVM and collects what it printed and its exit status. */
public final class JavaProcess {

  /** The finished process. */
  public record Result(int exitCode, String out, String err) {}

  private JavaProcess() {}

  /** The class path this test runs with, which holds every module and its dependencies. */
  public static String testClassPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null ? surefire : System.getProperty("java.class.path");
  }

  /** Runs {@code mainClass} from {@code classPath} in {@code dir} and waits up to a minute. */
  public static Result run(Path dir, String classPath, String mainClass, String... args)
      throws IOException, InterruptedException {
    return run(dir, List.of(), classPath, mainClass, args);
  }

  /** As {@link #run(Path, String, String, String...)}, with options for the JVM. */
  public static Result run(
      Path dir, List<String> jvmOptions, String classPath, String mainClass, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classPath);
    command.add(mainClass);
    command.addAll(List.of(args));
    return run(dir, command);
  }

  /** Runs {@code command} in {@code dir} and waits up to a minute. */
  public static Result run(Path dir, List<String> command)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("out", ".txt");
    Path err = Files.createTempFile("err", ".txt");
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("timed out: " + command);
      }
      return new Result(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
