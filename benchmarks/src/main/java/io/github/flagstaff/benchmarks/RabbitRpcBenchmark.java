package io.github.flagstaff.benchmarks;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * RPC through a local RabbitMQ broker, Flagstaff against raw amqp-client sending the same message
 * bodies through the same exchange: casts handled per second, and a call's round trip.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RabbitRpcBenchmark {
  private static final String URL = "rabbit://guest:guest@127.0.0.1:5672/";
  private static final String RAW_CAST = "bench_raw_cast";
  private static final String RAW_CALL = "bench_raw_call";

  private RpcBench bench;
  private Connection connection;
  private Channel publisher;
  private Channel confirmedPublisher;
  private String replyQueue;
  private final AtomicLong rawCasts = new AtomicLong();
  private final BlockingQueue<byte[]> rawReplies = new ArrayBlockingQueue<>(1);
  private byte[] castBody;
  private byte[] callBody;

  @Setup
  public void start() throws Exception {
    bench = new RpcBench(URL);
    ConnectionFactory factory = new ConnectionFactory();
    factory.setHost("127.0.0.1");
    connection = factory.newConnection("raw-bench");
    publisher = connection.createChannel();
    confirmedPublisher = connection.createChannel();
    confirmedPublisher.confirmSelect();
    Channel consumer = connection.createChannel();
    for (String queue : new String[] {RAW_CAST, RAW_CALL}) {
      consumer.queueDeclare(queue, false, false, true, null);
      consumer.queueBind(queue, "nova", queue);
    }
    consumer.basicConsume(RAW_CAST, true, (tag, delivery) -> rawCasts.incrementAndGet(), tag -> {});
    Channel responder = connection.createChannel();
    responder.basicConsume(
        RAW_CALL,
        true,
        (tag, delivery) ->
            responder.basicPublish(
                "", delivery.getProperties().getReplyTo(), null, delivery.getBody()),
        tag -> {});
    Channel replies = connection.createChannel();
    replyQueue = replies.queueDeclare().getQueue();
    replies.basicConsume(
        replyQueue, true, (tag, delivery) -> rawReplies.add(delivery.getBody()), tag -> {});
    castBody = body("ping", "{\"payload\":\"" + RpcBench.PAYLOAD + "\"}", false);
    callBody = body("echo", "{\"value\":42}", true);
  }

  /**
   * A message as Flagstaff writes it (oslo.messaging's 2.0 envelope around the request, with its
   * context), so both sides move bodies of the same shape and size.
   */
  private byte[] body(String method, String args, boolean call) {
    StringBuilder message = new StringBuilder("{\"method\":\"").append(method);
    message.append("\",\"args\":").append(args);
    if (call) {
      message.append(",\"_msg_id\":\"").append(hexId());
      message.append("\",\"_reply_q\":\"").append(replyQueue).append("\",\"_timeout\":null");
    }
    message.append(",\"_unique_id\":\"").append(hexId()).append('"');
    for (Map.Entry<String, String> value : RpcBench.CONTEXT.rawValues().entrySet()) {
      message.append(",\"_context_").append(value.getKey()).append("\":").append(value.getValue());
    }
    message.append('}');
    String escaped = message.toString().replace("\\", "\\\\").replace("\"", "\\\"");
    return ("{\"oslo.version\":\"2.0\",\"oslo.message\":\"" + escaped + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String hexId() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  @TearDown
  public void stop() throws Exception {
    bench.close();
    connection.close();
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(1000)
  public void flagstaffCastThroughput() {
    bench.castAndAwait(1000);
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(1000)
  public void rawCastThroughput() throws Exception {
    long target = rawCasts.get() + 1000;
    for (int i = 0; i < 1000; i++) {
      publisher.basicPublish("nova", RAW_CAST, null, castBody);
    }
    while (rawCasts.get() < target) {
      Thread.onSpinWait();
    }
  }

  /**
   * As {@link #rawCastThroughput}, waiting for the broker's confirm of each message, as Flagstaff's
   * casts do, and mandatory, as they are.
   */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(1000)
  public void rawConfirmedCastThroughput() throws Exception {
    long target = rawCasts.get() + 1000;
    for (int i = 0; i < 1000; i++) {
      confirmedPublisher.basicPublish("nova", RAW_CAST, true, null, castBody);
      confirmedPublisher.waitForConfirmsOrDie(5_000);
    }
    while (rawCasts.get() < target) {
      Thread.onSpinWait();
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public int flagstaffCallRoundTrip() {
    return bench.client.call(RpcBench.CONTEXT).echo(42);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public byte[] rawCallRoundTrip() throws Exception {
    AMQP.BasicProperties properties =
        new AMQP.BasicProperties.Builder().replyTo(replyQueue).correlationId("1").build();
    publisher.basicPublish("nova", RAW_CALL, properties, callBody);
    return rawReplies.take();
  }
}
