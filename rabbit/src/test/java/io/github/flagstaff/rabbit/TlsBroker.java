package io.github.flagstaff.rabbit;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A second RabbitMQ node of the tests' own, listening only for TLS on a free loopback port, with a
 * throw-away certificate authority made here by {@code openssl}. It has its own node name, ports,
 * configuration, Erlang cookie and data directory, all in a temporary directory, so the machine's
 * broker is never touched; {@link #close()} stops this node only. When it cannot be started the
 * tests are skipped with a notice, except under {@code CI=true}, where that fails them.
 */
final class TlsBroker implements AutoCloseable {
  private static final Path SERVER = tool("rabbitmq-server");
  private static final Path CTL = tool("rabbitmqctl");

  private final Path dir;
  private final String node;
  private final int port;
  private final Process process;

  private TlsBroker(Path dir, String node, int port, Process process) {
    this.dir = dir;
    this.node = node;
    this.port = port;
    this.process = process;
  }

  /** Makes the certificates, starts the node and waits until it serves. */
  static TlsBroker start() throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("flagstaff-tls-broker");
    try {
      makeCertificates(dir);
    } catch (IOException | AssertionError e) {
      deleteTree(dir);
      unavailable("cannot make certificates with openssl (" + e.getMessage() + ")");
    }
    int port = freePort();
    String node = "flagstaff-tls-" + UUID.randomUUID().toString().substring(0, 8) + "@localhost";
    Files.writeString(
        dir.resolve("rabbitmq.conf"),
        String.join(
            "\n",
            "listeners.tcp = none",
            "listeners.ssl.default = 127.0.0.1:" + port,
            "ssl_options.cacertfile = " + dir.resolve("ca.pem"),
            "ssl_options.certfile = " + dir.resolve("server.pem"),
            "ssl_options.keyfile = " + dir.resolve("server.key"),
            "ssl_options.verify = verify_peer",
            "ssl_options.fail_if_no_peer_cert = true",
            ""));
    Files.writeString(dir.resolve("enabled_plugins"), "[].\n");
    Files.writeString(dir.resolve("rabbitmq-env.conf"), "");
    ProcessBuilder server =
        new ProcessBuilder(SERVER.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("server.out").toFile());
    environment(server, dir, node);
    Map<String, String> env = server.environment();
    env.put("RABBITMQ_NODE_IP_ADDRESS", "127.0.0.1");
    env.put("RABBITMQ_NODE_PORT", Integer.toString(freePort()));
    env.put("RABBITMQ_DIST_PORT", Integer.toString(freePort()));
    env.put("RABBITMQ_CONFIG_FILE", dir.resolve("rabbitmq.conf").toString());
    env.put("RABBITMQ_ADVANCED_CONFIG_FILE", dir.resolve("advanced.config").toString());
    env.put("RABBITMQ_MNESIA_BASE", dir.resolve("mnesia").toString());
    env.put("RABBITMQ_LOG_BASE", dir.resolve("log").toString());
    env.put("RABBITMQ_ENABLED_PLUGINS_FILE", dir.resolve("enabled_plugins").toString());
    env.put("RABBITMQ_PLUGINS_EXPAND_DIR", dir.resolve("plugins").toString());
    env.put("RABBITMQ_PID_FILE", dir.resolve("node.pid").toString());
    Process process;
    try {
      process = server.start();
    } catch (IOException e) {
      deleteTree(dir);
      unavailable("cannot run " + SERVER + " (" + e.getMessage() + ")");
      throw e;
    }
    TlsBroker broker = new TlsBroker(dir, node, port, process);
    String failure = broker.awaitStartup();
    if (failure != null) {
      broker.close();
      unavailable("the TLS node did not start: " + failure);
    }
    return broker;
  }

  /** Waits for the node to come up; returns why it did not, or null. */
  private String awaitStartup() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    String last = "";
    // await_startup fails at once while the node has not yet registered, so ask until it has.
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        return "it exited:\n" + Files.readString(dir.resolve("server.out"));
      }
      try {
        ctl("await_startup", "--timeout", "120");
        return null;
      } catch (AssertionError e) {
        last = e.getMessage();
      }
      Thread.sleep(1000);
    }
    return last;
  }

  /** The directory that holds the certificates and keys ({@code ca.pem}, {@code client.pem}...). */
  Path dir() {
    return dir;
  }

  /** A file of the throw-away PKI: {@code ca.pem}, {@code client.pem}, {@code client.key}... */
  Path file(String name) {
    return dir.resolve(name);
  }

  /** The TLS listener's port on 127.0.0.1. */
  int port() {
    return port;
  }

  /**
   * Stops this node (only this one) and deletes its directory; if it does not stop when asked (it
   * may not have got far enough to listen), ends the processes this helper started.
   */
  @Override
  public void close() throws IOException, InterruptedException {
    List<ProcessHandle> started = new ArrayList<>(process.descendants().toList());
    started.add(process.toHandle());
    try {
      if (process.isAlive()) {
        ctl("stop");
      }
    } catch (AssertionError e) {
      System.err.println("NOTICE: stopping the TLS node: " + e.getMessage());
    } finally {
      process.waitFor(60, TimeUnit.SECONDS);
      // The node itself outlives the script that started it if that script is ended first.
      started.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
      deleteTree(dir);
    }
  }

  private void ctl(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(CTL.toString(), "-n", node));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    environment(builder, dir, node);
    run(builder, 240);
  }

  /** The node's name, and its own HOME, so its Erlang cookie is a fresh one there. */
  private static void environment(ProcessBuilder builder, Path dir, String node) {
    builder.environment().put("HOME", dir.toString());
    builder.environment().put("RABBITMQ_NODENAME", node);
    builder
        .environment()
        .put("RABBITMQ_CONF_ENV_FILE", dir.resolve("rabbitmq-env.conf").toString());
  }

  /**
   * A certificate authority, a broker certificate for 127.0.0.1 signed by it, a client certificate
   * signed by it, a second authority that signed neither, and the client key in PKCS#1 form.
   */
  private static void makeCertificates(Path dir) throws IOException, InterruptedException {
    Files.writeString(dir.resolve("server.ext"), "subjectAltName=IP:127.0.0.1\n");
    for (String ca : List.of("ca", "other-ca")) {
      openssl(
          dir,
          "req",
          "-x509",
          "-newkey",
          "rsa:2048",
          "-nodes",
          "-days",
          "2",
          "-subj",
          "/CN=flagstaff test " + ca,
          "-keyout",
          ca + ".key",
          "-out",
          ca + ".pem");
    }
    for (String party : List.of("server", "client")) {
      openssl(
          dir,
          "req",
          "-newkey",
          "rsa:2048",
          "-nodes",
          "-subj",
          "/CN=flagstaff test " + party,
          "-keyout",
          party + ".key",
          "-out",
          party + ".csr");
      List<String> sign =
          new ArrayList<>(
              List.of(
                  "x509",
                  "-req",
                  "-days",
                  "2",
                  "-in",
                  party + ".csr",
                  "-CA",
                  "ca.pem",
                  "-CAkey",
                  "ca.key",
                  "-set_serial",
                  party.equals("server") ? "1" : "2",
                  "-out",
                  party + ".pem"));
      if (party.equals("server")) {
        sign.addAll(List.of("-extfile", "server.ext"));
      }
      openssl(dir, sign.toArray(String[]::new));
    }
    openssl(dir, "rsa", "-in", "client.key", "-traditional", "-out", "client-pkcs1.key");
  }

  private static void openssl(Path dir, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("openssl"));
    command.addAll(List.of(arguments));
    run(new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true), 60);
  }

  private static void run(ProcessBuilder builder, int seconds)
      throws IOException, InterruptedException {
    Path output = Files.createTempFile("flagstaff-tls", ".out");
    try {
      Process process = builder.redirectOutput(output.toFile()).start();
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(String.join(" ", builder.command()) + " timed out");
      }
      if (process.exitValue() != 0) {
        throw new AssertionError(
            String.join(" ", builder.command())
                + " failed:\n"
                + Files.readString(output, StandardCharsets.UTF_8));
      }
    } finally {
      Files.deleteIfExists(output);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** The Debian package's real scripts, run as this user; else those on the PATH. */
  private static Path tool(String name) {
    Path packaged = Path.of("/usr/lib/rabbitmq/bin", name);
    if (Files.isExecutable(packaged)) {
      return packaged;
    }
    for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(entry, name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return Path.of(name);
  }

  private static void unavailable(String notice) {
    if ("true".equals(System.getenv("CI"))) {
      Assertions.fail(notice + ", and CI=true needs the TLS tests to run");
    }
    System.err.println("NOTICE: skipping the RabbitMQ TLS tests: " + notice);
    Assumptions.abort(notice);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
