package io.github.flagstaff.rabbit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The real peer: Debian's {@code python3-oslo.messaging}, driven by the scripts in {@code
 * src/test/python} as separate processes on a test's own virtual host. Without the library the
 * tests are skipped with a notice, except under {@code CI=true} ({@code .ci/run} installs it).
 */
final class OsloPeer {
  static final JsonFactory JSON = new JsonFactory();
  private static final Path SCRIPTS = Path.of("src/test/python");
  private static final Duration START = Duration.ofSeconds(60);
  private static volatile String version;

  private OsloPeer() {}

  /** The Python that has oslo.messaging: {@code $FLAGSTAFF_PYTHON}, else Debian's. */
  static String python() {
    String configured = System.getenv("FLAGSTAFF_PYTHON");
    return configured != null ? configured : "/usr/bin/python3";
  }

  /**
   * Skips the test (fails it under CI) when oslo.messaging cannot be imported; else its version.
   */
  static synchronized String assumeInstalled() throws IOException, InterruptedException {
    if (version == null) {
      String found = null;
      String notice;
      if (Files.isExecutable(Path.of(python()))) {
        Process process =
            new ProcessBuilder(
                    python(),
                    "-c",
                    "import importlib.metadata as m, oslo_messaging;"
                        + " print(m.version('oslo.messaging'))")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0) {
          found = output.trim();
        }
        notice = python() + " cannot import oslo_messaging: " + output.trim();
      } else {
        notice = "no " + python();
      }
      if (found == null) {
        if ("true".equals(System.getenv("CI"))) {
          Assertions.fail(
              notice + ", and CI=true needs it: .ci/run installs python3-oslo.messaging");
        }
        System.err.println("NOTICE: skipping oslo.messaging interoperability tests: " + notice);
        Assumptions.abort(notice);
      }
      version = found;
    }
    return version;
  }

  /** A running oslo_server.py; closing it closes its standard input, which stops it. */
  static final class Server implements AutoCloseable {
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuffer errors = new StringBuffer();

    private Server(Process process) {
      this.process = process;
      Thread out =
          new Thread(
              () ->
                  pump(
                      new BufferedReader(
                          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)),
                      lines,
                      null),
              "oslo-server-out");
      Thread err =
          new Thread(
              () ->
                  pump(
                      new BufferedReader(
                          new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8)),
                      null,
                      errors),
              "oslo-server-err");
      out.setDaemon(true);
      err.setDaemon(true);
      out.start();
      err.start();
    }

    /**
     * Starts serving {@code topic} as {@code host} with API {@code version}; waits until it
     * consumes.
     */
    static Server start(Broker broker, String topic, String host, String version)
        throws IOException, InterruptedException {
      Server server =
          new Server(
              new ProcessBuilder(
                      python(),
                      SCRIPTS.resolve("oslo_server.py").toString(),
                      "--url",
                      broker.url(),
                      "--topic",
                      topic,
                      "--server",
                      host,
                      "--version",
                      version)
                  .start());
      String first = server.lines.poll(START.toSeconds(), TimeUnit.SECONDS);
      if (!"READY".equals(first)) {
        server.close();
        throw new AssertionError("oslo_server.py did not start (" + first + "):\n" + server.errors);
      }
      return server;
    }

    /**
     * The next line it printed after READY, such as {@code CAST text}, waiting up to {@code
     * timeout}.
     */
    String nextLine(Duration timeout) throws InterruptedException {
      String line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (line == null) {
        throw new AssertionError(
            "oslo_server.py printed nothing in " + timeout + "; its errors:\n" + errors);
      }
      return line;
    }

    @Override
    public void close() throws InterruptedException {
      try {
        process.getOutputStream().close();
      } catch (IOException e) {
        // Gone already.
      }
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  /**
   * Runs oslo_client.py with {@code arguments} (after {@code --url} and {@code --topic}) and
   * returns what it printed: {@code result} or {@code error}, each as raw JSON.
   */
  static Map<String, String> client(Broker broker, String topic, String... arguments)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                python(),
                SCRIPTS.resolve("oslo_client.py").toString(),
                "--url",
                broker.url(),
                "--topic",
                topic));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).start();
    process.getOutputStream().close();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    Thread err =
        new Thread(
            () -> {
              try {
                process.getErrorStream().transferTo(errors);
              } catch (IOException e) {
                // The process went away.
              }
            });
    err.setDaemon(true);
    err.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("oslo_client.py did not finish: " + command);
    }
    err.join(10_000);
    String line = output.lines().reduce((a, b) -> b).orElse("");
    if (process.exitValue() != 0 || line.isEmpty()) {
      throw new AssertionError(
          "oslo_client.py failed (" + process.exitValue() + "): " + output + "\n" + errors);
    }
    return fields(line);
  }

  /** The fields of the JSON object {@code json}, each with its value as compact JSON text. */
  static Map<String, String> fields(String json) throws IOException {
    Map<String, String> fields = new LinkedHashMap<>();
    try (JsonParser in = JSON.createParser(json)) {
      if (in.nextToken() != JsonToken.START_OBJECT) {
        throw new AssertionError("not a JSON object: " + json);
      }
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        String name = in.currentName();
        in.nextToken();
        fields.put(name, compact(in));
      }
    }
    return fields;
  }

  /** The value {@code in} is on, as compact JSON text. */
  static String compact(JsonParser in) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (JsonGenerator out = JSON.createGenerator(buffer)) {
      out.copyCurrentStructure(in);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  /** The string value of JSON text {@code json}. */
  static String string(String json) throws IOException {
    try (JsonParser in = JSON.createParser(json)) {
      if (in.nextToken() != JsonToken.VALUE_STRING) {
        throw new AssertionError("not a JSON string: " + json);
      }
      return in.getText();
    }
  }

  private static void pump(BufferedReader from, BlockingQueue<String> to, StringBuffer text) {
    try {
      String line;
      while ((line = from.readLine()) != null) {
        if (to != null) {
          to.add(line);
        } else {
          text.append(line).append('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
