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
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A virtual host of its own on the machine's RabbitMQ broker ({@code .ci/run} installs and starts
 * it), which a test may break as it likes: close its connections, take away its permissions, delete
 * its queues and exchanges. The broker itself is shared and is never stopped. Without a broker the
 * tests are skipped with a notice, except under {@code CI=true}, where a missing broker fails.
 */
public final class Broker implements AutoCloseable {
  private static final String USER = "guest";

  private final String vhost;

  private Broker(String vhost) {
    this.vhost = vhost;
  }

  /** Creates a fresh virtual host, named after {@code purpose}, that guest may use. */
  public static Broker vhost(String purpose) throws IOException, InterruptedException {
    assumeRunning();
    Broker broker = new Broker("flagstaff-" + purpose + "-" + UUID.randomUUID());
    rabbitmqctl("add_vhost", broker.vhost);
    broker.allow();
    return broker;
  }

  /** The virtual host's name. */
  public String name() {
    return vhost;
  }

  /** The URL for {@code --transport_url}. */
  public String url() {
    return "rabbit://guest:guest@127.0.0.1:5672/" + vhost;
  }

  /** What the transport calls this broker in messages: its URL without credentials. */
  public String where() {
    return "rabbit://127.0.0.1:5672/" + vhost;
  }

  /** Gives guest every permission on the virtual host. */
  public void allow() throws IOException, InterruptedException {
    rabbitmqctl("set_permissions", "-p", vhost, USER, ".*", ".*", ".*");
  }

  /** Takes guest's permissions away, so that connecting to the virtual host fails. */
  public void refuse() throws IOException, InterruptedException {
    rabbitmqctl("clear_permissions", "-p", vhost, USER);
  }

  /** Closes every connection to the virtual host, as a network fault or an operator would. */
  public void closeConnections() throws IOException, InterruptedException {
    rabbitmqctl("close_all_connections", "--vhost", vhost, "closed by the test");
  }

  /** Deletes {@code queue} as an operator would, even an exclusive queue of another connection. */
  public void deleteQueue(String queue) throws IOException, InterruptedException {
    rabbitmqctl("delete_queue", "-p", vhost, queue);
  }

  /** Deletes the virtual host and all in it. */
  @Override
  public void close() throws IOException, InterruptedException {
    rabbitmqctl("delete_vhost", vhost);
  }

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

  /** Runs {@code rabbitmqctl} with {@code arguments}; returns its output. */
  static String rabbitmqctl(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("rabbitmqctl"));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
    }
    return output;
  }

  /** Messages of a queue, as {@code rabbitmqctl list_queues} reports them. */
  public record Counts(long ready, long unacknowledged) {}

  /** The counts of {@code queue}. */
  public Counts counts(String queue) throws IOException, InterruptedException {
    String listing =
        rabbitmqctl(
            "list_queues",
            "-p",
            vhost,
            "-q",
            "--no-table-headers",
            "name",
            "messages_ready",
            "messages_unacknowledged");
    for (String line : listing.split("\n")) {
      String[] columns = line.trim().split("\\s+");
      if (columns.length == 3 && columns[0].equals(queue)) {
        return new Counts(Long.parseLong(columns[1]), Long.parseLong(columns[2]));
      }
    }
    throw new AssertionError("no queue " + queue + " in:\n" + listing);
  }

  /** The names of the virtual host's queues. */
  public List<String> queues() throws IOException, InterruptedException {
    return rabbitmqctl("list_queues", "-p", vhost, "-q", "--no-table-headers", "name")
        .lines()
        .map(String::trim)
        .filter(line -> !line.isEmpty())
        .toList();
  }

  /** How many messages of {@code queue} are ready or delivered but not yet acknowledged. */
  public long pending(String queue) throws IOException, InterruptedException {
    Counts counts = counts(queue);
    return counts.ready() + counts.unacknowledged();
  }

  /** Runs {@code action} on a channel of a connection of the test's own. */
  public void admin(ChannelAction action) throws Exception {
    ConnectionFactory factory = new ConnectionFactory();
    factory.setHost("127.0.0.1");
    factory.setVirtualHost(vhost);
    try (Connection connection = factory.newConnection("test-admin");
        Channel channel = connection.createChannel()) {
      action.run(channel);
    }
  }

  /** Something done on an admin channel. */
  @FunctionalInterface
  public interface ChannelAction {
    void run(Channel channel) throws Exception;
  }

  /** Waits up to {@code timeout} for {@code condition}, checking it every 50 ms. */
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
}
