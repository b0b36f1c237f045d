package io.github.flagstaff.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What the whole-process harnesses share: class paths, processes, medians. */
final class Harness {

  private Harness() {}

  /** The entries of this JVM's class path whose path matches {@code pattern}, joined. */
  static String classPath(String pattern) {
    Pattern keep = Pattern.compile(pattern);
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> keep.matcher(entry).find())
        .map(entry -> Path.of(entry).toAbsolutePath().toString())
        .collect(Collectors.joining(File.pathSeparator));
  }

  /** The Flagstaff runtime and what it needs at run time. */
  static String runtimeClassPath() {
    return classPath(
        "flagstaff-(runtime|flags|annotations)|/(runtime|flags|annotations)/target/classes|jackson-core|picocli");
  }

  /** The Flagstaff processor and what it needs. */
  static String processorPath() {
    return classPath(
        "flagstaff-(processor|flags|annotations)|/(processor|flags|annotations)/target/classes|javapoet");
  }

  /**
   * Runs {@code command} in {@code dir}; returns its wall time in nanoseconds, failing on a
   * non-zero exit.
   */
  static long time(Path dir, List<String> command) throws IOException, InterruptedException {
    Path log = Files.createTempFile(dir, "out", ".log");
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("timed out: " + command);
    }
    long elapsed = System.nanoTime() - start;
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          "exit " + process.exitValue() + " from " + command + ":\n" + Files.readString(log));
    }
    Files.delete(log);
    return elapsed;
  }

  /**
   * Runs {@code command} in {@code dir} and returns what it printed, failing on a non-zero exit.
   */
  static String output(Path dir, List<String> command) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("timed out: " + command);
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          "exit " + process.exitValue() + " from " + command + ":\n" + output);
    }
    return output;
  }

  /**
   * Packs the class files under {@code classes} into {@code jar} (AppCDS takes jars, not
   * directories).
   */
  static Path jar(Path classes, Path jar) throws IOException {
    List<Path> files;
    try (var walk = Files.walk(classes)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (Path file : files) {
        out.putNextEntry(
            new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
    }
    return jar;
  }

  /** The java launcher of this JVM. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The median of {@code samples}. */
  static double median(List<Long> samples) {
    List<Long> sorted = new ArrayList<>(samples);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
  }

  /** The nearest-rank {@code percentile} of {@code samples}; 0 if there are none. */
  static long percentile(List<Long> samples, double percentile) {
    if (samples.isEmpty()) {
      return 0;
    }
    List<Long> sorted = new ArrayList<>(samples);
    sorted.sort(null);
    int rank = (int) Math.ceil(sorted.size() * percentile / 100);
    return sorted.get(Math.max(0, rank - 1));
  }

  /** Compiles {@code sources} with javac in its own process, as a user's build would. */
  static long javac(Path dir, List<String> options, List<Path> sources)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
    command.addAll(options);
    Path argfile = Files.createTempFile(dir, "sources", ".txt");
    Files.write(argfile, sources.stream().map(Path::toString).toList());
    command.add("@" + argfile);
    try {
      return time(dir, command);
    } finally {
      Files.delete(argfile);
    }
  }
}
