package io.github.flagstaff.rabbit;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The local RabbitMQ broker the RabbitMQ tests use ({@code .ci/run} installs and starts it).
 * Without one they are skipped with a notice, except under {@code CI=true}, where a missing broker
 * fails.
 */
public final class Broker {
  /** The broker's URL for {@code --transport_url}. */
  public static final String URL = "rabbit://guest:guest@127.0.0.1:5672/";

  private Broker() {}

  /** Skips the calling test (or fails it under CI) when no broker listens on 127.0.0.1:5672. */
  public static void assumeRunning() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", 5672), 1000);
    } catch (IOException e) {
      String notice = "no RabbitMQ broker on 127.0.0.1:5672 (" + e.getMessage() + ")";
      if ("true".equals(System.getenv("CI"))) {
        Assertions.fail(notice + ", and CI=true needs one: .ci/run starts it");
      }
      System.err.println(
          "NOTICE: skipping RabbitMQ tests: " + notice + "; see README to start one");
      Assumptions.abort(notice);
    }
  }

  /** Stops the broker application (its listeners and connections) with rabbitmqctl. */
  public static void stop() throws IOException, InterruptedException {
    rabbitmqctl("stop_app");
  }

  /** Starts the broker application again and waits until it accepts connections. */
  public static void start() throws IOException, InterruptedException {
    rabbitmqctl("start_app");
    rabbitmqctl("await_startup");
  }

  private static String rabbitmqctl(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("rabbitmqctl"));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
    }
    return output;
  }

  /**
   * How many messages of {@code queue} are ready or delivered but not yet acknowledged, as {@code
   * rabbitmqctl list_queues} reports them.
   */
  public static long pending(String queue) throws IOException, InterruptedException {
    String listing =
        rabbitmqctl(
            "list_queues",
            "-q",
            "--no-table-headers",
            "name",
            "messages_ready",
            "messages_unacknowledged");
    for (String line : listing.split("\n")) {
      String[] columns = line.trim().split("\\s+");
      if (columns.length == 3 && columns[0].equals(queue)) {
        return Long.parseLong(columns[1]) + Long.parseLong(columns[2]);
      }
    }
    throw new AssertionError("no queue " + queue + " in:\n" + listing);
  }

  /** Deletes {@code queues}, so a test starts without what an earlier one left. */
  public static void delete(String... queues) throws Exception {
    try (Connection connection = factory().newConnection()) {
      for (String queue : queues) {
        try (Channel channel = connection.createChannel()) {
          channel.queueDelete(queue);
        }
      }
    }
  }

  /** Waits up to {@code timeout} for {@code condition}. */
  public static void await(Duration timeout, String what, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("gave up after " + timeout + " waiting for " + what);
      }
      Thread.sleep(50);
    }
  }

  private static ConnectionFactory factory() {
    ConnectionFactory factory = new ConnectionFactory();
    factory.setHost("127.0.0.1");
    return factory;
  }
}
