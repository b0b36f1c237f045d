package io.github.flagstaff.sql;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL server of a test's own, made with Debian's {@code pg_createcluster} on a free
 * loopback port, so that the test can stop and start it without touching the machine's server.
 * Needs root and Debian's {@code postgresql}; without them tests are skipped with a notice, except
 * under {@code CI=true}, where that fails them.
 */
public final class PostgresCluster implements AutoCloseable {
  private final String version;
  private final String name;
  private final int port;

  private PostgresCluster(String version, String name, int port) {
    this.version = version;
    this.name = name;
    this.port = port;
  }

  /** Creates and starts a new cluster that trusts local connections. */
  public static PostgresCluster create() throws IOException, InterruptedException {
    String version;
    try {
      String clusters = run("pg_lsclusters", "-h");
      version = clusters.isBlank() ? "" : clusters.trim().split("\\s+")[0];
    } catch (IOException | AssertionError e) {
      version = "";
    }
    if (version.isEmpty() || !"root".equals(System.getProperty("user.name"))) {
      String notice = "a private PostgreSQL cluster needs root and Debian's postgresql";
      if ("true".equals(System.getenv("CI"))) {
        Assertions.fail(notice + ", and CI=true needs it: .ci/run installs it");
      }
      System.err.println("NOTICE: skipping: " + notice);
      Assumptions.abort(notice);
    }
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String name = "flagstaff_" + UUID.randomUUID().toString().substring(0, 8);
    run(
        "pg_createcluster",
        version,
        name,
        "-p",
        Integer.toString(port),
        "--start",
        "--",
        "--auth-local=trust",
        "--auth-host=trust");
    return new PostgresCluster(version, name, port);
  }

  /** The JDBC URL of its {@code postgres} database, as the {@code postgres} user. */
  public String url() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
  }

  /** Stops the server (fast shutdown: clients are disconnected). */
  public void stop() throws IOException, InterruptedException {
    run("pg_ctlcluster", version, name, "stop", "-m", "fast");
  }

  /** Starts it again. */
  public void start() throws IOException, InterruptedException {
    run("pg_ctlcluster", version, name, "start");
  }

  @Override
  public void close() throws IOException, InterruptedException {
    run("pg_dropcluster", version, name, "--stop");
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new AssertionError(String.join(" ", new ArrayList<>(List.of(command))) + ": " + output);
    }
    return output;
  }
}
