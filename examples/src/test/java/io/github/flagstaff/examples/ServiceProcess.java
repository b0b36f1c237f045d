package io.github.flagstaff.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A service started as its own JVM, whose output a test can wait on and which it can signal. */
public final class ServiceProcess implements AutoCloseable {
  private final Process process;
  private final StringBuilder out = new StringBuilder();
  private final StringBuilder err = new StringBuilder();
  private final List<Thread> pumps = new ArrayList<>();

  private ServiceProcess(Process process) {
    this.process = process;
    pump(process.getInputStream(), out);
    pump(process.getErrorStream(), err);
  }

  /** Starts {@code mainClass} with the test class path in {@code dir}. */
  public static ServiceProcess start(
      Path dir, List<String> jvmOptions, String mainClass, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(JavaProcess.testClassPath());
    command.add(mainClass);
    command.addAll(List.of(args));
    return new ServiceProcess(new ProcessBuilder(command).directory(dir.toFile()).start());
  }

  private void pump(InputStream stream, StringBuilder into) {
    Thread thread =
        new Thread(
            () -> {
              try (BufferedReader reader =
                  new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                  synchronized (this) {
                    into.append(line).append('\n');
                    notifyAll();
                  }
                }
              } catch (IOException e) {
                // The process ended.
              }
            });
    thread.setDaemon(true);
    thread.start();
    pumps.add(thread);
  }

  /** Waits until everything the ended process wrote has been read, at most 10 seconds. */
  private void drain() throws InterruptedException {
    for (Thread pump : pumps) {
      pump.join(10_000);
    }
  }

  /** Waits until stderr contains {@code text}, at most 30 seconds or until the process ends. */
  public void awaitErr(String text) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    synchronized (this) {
      while (err.indexOf(text) < 0 && process.isAlive()) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("no '" + text + "' on stderr; it has:\n" + err);
        }
        wait(200);
      }
    }
    if (!process.isAlive()) {
      drain();
    }
    synchronized (this) {
      if (err.indexOf(text) < 0) {
        throw new AssertionError("no '" + text + "' on stderr; it ended with:\n" + err);
      }
    }
  }

  /** Sends the signal {@code name} (TERM, INT, HUP) to the process. */
  public void signal(String name) throws IOException, InterruptedException {
    int status =
        new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start().waitFor();
    if (status != 0) {
      throw new AssertionError("kill -" + name + " failed");
    }
  }

  /** Sends the signal {@code name} {@code times} times, as fast as a shell loop can. */
  public void signal(String name, int times) throws IOException, InterruptedException {
    String loop =
        "i=0; while [ $i -lt " + times + " ]; do kill -" + name + " $0 || exit 1; i=$((i+1)); done";
    int status =
        new ProcessBuilder("sh", "-c", loop, Long.toString(process.pid())).start().waitFor();
    if (status != 0) {
      throw new AssertionError("kill -" + name + " failed");
    }
  }

  /** The names of the process's threads now (from Linux's {@code /proc/<pid>/task}). */
  public List<String> threadNames() throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(process.pid()), "task"))) {
      for (Path task : tasks.toList()) {
        try {
          names.add(Files.readString(task.resolve("comm")).strip());
        } catch (IOException e) {
          // The thread ended while we looked.
        }
      }
    }
    return names;
  }

  /** Writes {@code line} to the process's stdin. */
  public void writeLine(String line) throws IOException {
    process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().flush();
  }

  /**
   * Waits for the process to end within {@code timeout}, and for its output to be read; returns its
   * status.
   */
  public int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("still running after " + timeout + "; stderr:\n" + err());
    }
    drain();
    return process.exitValue();
  }

  /** Whether it is still running. */
  public boolean isAlive() {
    return process.isAlive();
  }

  /** What it printed on stdout so far. */
  public synchronized String out() {
    return out.toString();
  }

  /** What it printed on stderr so far. */
  public synchronized String err() {
    return err.toString();
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
