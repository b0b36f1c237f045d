package io.github.flagstaff.runtime.rpc;

import io.github.flagstaff.runtime.Log;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Consumes a service's messages (its topic, {@code topic.host}, and the topic's fan-out) and runs
 * each on a bounded pool of {@code --rpc_thread_pool_size} threads, so a slow method does not hold
 * up the others. At most as many messages as there are threads wait for one: when that queue is
 * full the transport waits too (RabbitMQ's prefetch limit keeps the rest on the broker), so memory
 * stays flat under any backlog.
 *
 * <p>A message is acknowledged when a thread takes it, before its method runs: delivery is at most
 * once, as in Nova. One the broker delivers again (its first receiver lost its channel, perhaps
 * after running it) does not run: a call is answered with a {@code Redelivered} error. A message
 * that cannot be dispatched is answered with an error (call) or logged and dropped (cast); nothing
 * a message holds stops the consumer. A reply that cannot be sent (too large, say) is replaced by a
 * {@code ReplyNotSent} error, so its caller learns at once. Failures are logged through {@link
 * RepeatedFailures}, so a flood of failing messages logs a stack trace once and then counts.
 *
 * <p>As oslo.messaging's server: a request for a version the manager does not serve (another major,
 * a higher minor) or for a namespace none of its methods is in is answered {@code
 * UnsupportedVersion}, one for a method it does not have in the namespace asked for {@code
 * NoSuchMethod}; a message whose {@code _unique_id} is among the last {@value RecentIds#SIZE} seen
 * is a duplicate and dropped; a caller that sent a call-monitor {@code _timeout} gets an {@code
 * ending: false} heartbeat every half of it while its method runs.
 */
public final class RpcServer {
  private static final Log LOG = Log.of(RpcServer.class);

  private final Transport transport;
  private final String topic;
  private final String host;
  private final RpcDispatcher dispatcher;

  /** The dispatcher's API version and namespaces, fixed for the server's life. */
  private final String version;

  private final Map<String, String> namespaces;
  private final ThreadPoolExecutor executor;
  private final RepeatedFailures failures = new RepeatedFailures(LOG, System::nanoTime);
  private final RecentIds seen = new RecentIds();
  private final Heartbeats heartbeats;
  private Transport.Subscription subscription;

  /** Marks this class's handler threads, which run a message themselves when the queue is full. */
  private static final ThreadLocal<Boolean> HANDLER_THREAD = ThreadLocal.withInitial(() -> false);

  public RpcServer(
      Transport transport, String topic, String host, RpcDispatcher dispatcher, int threads) {
    this.transport = transport;
    this.topic = topic;
    this.host = host;
    this.dispatcher = dispatcher;
    this.version = dispatcher.version();
    this.namespaces = dispatcher.namespaces();
    this.heartbeats = new Heartbeats(topic);
    AtomicInteger count = new AtomicInteger();
    this.executor =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(threads),
            runnable -> {
              Thread thread =
                  new Thread(
                      () -> {
                        HANDLER_THREAD.set(true);
                        runnable.run();
                      },
                      topic + "-rpc-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            },
            new WaitForRoom());
  }

  /**
   * When every thread is busy and the queue is full, the transport's thread waits for room; a
   * handler thread (sending over {@code memory://}) runs the message itself rather than wait for
   * threads that may be waiting on it.
   */
  private static final class WaitForRoom implements RejectedExecutionHandler {
    @Override
    public void rejectedExecution(Runnable work, ThreadPoolExecutor executor) {
      if (executor.isShutdown()) {
        throw new RejectedExecutionException("stopping");
      }
      if (HANDLER_THREAD.get()) {
        work.run();
        return;
      }
      try {
        executor.getQueue().put(work);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RejectedExecutionException("interrupted", e);
      }
    }
  }

  /** Starts consuming. */
  public synchronized void start() {
    subscription = transport.listen(topic, host, this::receive);
  }

  /**
   * Runs {@code action} once the server consumes its queues: at once over {@code memory://}, after
   * the broker accepted the declarations over RabbitMQ (which retries them until it does).
   */
  public synchronized void whenConsuming(Runnable action) {
    if (subscription != null) {
      subscription.whenConsuming(action);
    }
  }

  /** Stops consuming; handlers already running go on. */
  public synchronized void stop() {
    if (subscription != null) {
      subscription.cancel();
      subscription = null;
    }
    executor.shutdown();
  }

  /**
   * Waits for running handlers, at most {@code timeout} (zero: for ever); true if all finished.
   * Then logs how often each failure repeated since it was last logged.
   */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    try {
      if (timeout.isZero()) {
        while (!executor.awaitTermination(1, TimeUnit.HOURS)) {
          LOG.log(Level.INFO, "still waiting for RPC handlers of {0}", topic);
        }
        return true;
      }
      return executor.awaitTermination(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } finally {
      failures.flush();
      if (executor.isTerminated()) {
        heartbeats.stop();
      }
    }
  }

  private void receive(Transport.Delivery delivery) {
    try {
      executor.execute(() -> take(delivery));
    } catch (RejectedExecutionException e) {
      failures.report(
          Level.WARNING, "stopping", topic + " is stopping; leaving a message it received", null);
    }
  }

  private void take(Transport.Delivery delivery) {
    if (!delivery.take()) {
      LOG.log(
          Level.DEBUG, "{0}: a message's channel went away before it ran; not running it", topic);
    } else if (delivery.redelivered()) {
      refuse(delivery.body());
    } else {
      handle(delivery.body());
    }
  }

  /** Answers a message delivered again, which may have run already, without running it. */
  private void refuse(byte[] message) {
    String[] replyTo = Messages.replyAddressOf(message);
    failures.report(
        Level.WARNING,
        "redelivered",
        topic
            + ": not running a message delivered again (its first receiver lost its channel and"
            + " may have run it; delivery is at most once)",
        null);
    if (replyTo != null) {
      reply(
          replyTo[1],
          Messages.failure(
              replyTo[0],
              Failure.flagstaff(
                  "Redelivered",
                  "not run: the broker delivered it again after its first receiver lost its"
                      + " channel, which may have run it")));
    }
  }

  private void handle(byte[] message) {
    Messages.Request request;
    try {
      request = Messages.parseRequest(message);
    } catch (Exception e) {
      String[] replyTo = Messages.replyAddressOf(message);
      failures.report(
          Level.WARNING, "malformed", topic + ": malformed message: " + e.getMessage(), null);
      if (replyTo != null) {
        reply(
            replyTo[1],
            Messages.failure(
                replyTo[0], Failure.flagstaff("MalformedMessage", String.valueOf(e.getMessage()))));
      }
      return;
    }
    if (request.uniqueId() != null && !seen.add(request.uniqueId())) {
      LOG.log(Level.DEBUG, "{0}: dropping a duplicate of message {1}", topic, request.uniqueId());
      return;
    }
    Heartbeats.Beat beat =
        request.monitorTimeout() == null
            ? null
            : heartbeats.start(
                request.monitorTimeout(),
                () -> reply(request.replyTo(), Messages.heartbeat(request.msgId())));
    byte[] reply;
    try {
      reply = run(request);
    } finally {
      if (beat != null) {
        beat.stop();
      }
    }
    if (reply != null) {
      try {
        transport.reply(request.replyTo(), reply);
      } catch (RuntimeException e) {
        failures.report(
            Level.WARNING,
            "reply",
            topic + "." + request.method() + ": could not send the reply: " + e.getMessage(),
            null);
        reply(
            request.replyTo(),
            Messages.failure(
                request.msgId(),
                Failure.flagstaff(
                    "ReplyNotSent", "the reply could not be sent: " + e.getMessage())));
      }
    }
  }

  /** Runs {@code request}; returns its reply, or null for a cast. */
  private byte[] run(Messages.Request request) {
    Failure failure;
    if ((request.namespace() != null && !namespaces.containsValue(request.namespace()))
        || !Versions.compatible(version, request.version())) {
      failure = Failure.unsupportedVersion(request.version(), request.method());
      failures.report(
          Level.WARNING,
          failure.type(),
          topic
              + "."
              + request.method()
              + ": "
              + failure.message()
              + (request.namespace() == null ? "" : " (namespace " + request.namespace() + ")"),
          null);
    } else {
      try {
        if (!Objects.equals(namespaces.get(request.method()), request.namespace())) {
          throw new UnknownMethodException(request.method());
        }
        EncodedResult result =
            dispatcher.dispatch(request.method(), request.arguments(), request.context());
        return request.msgId() == null ? null : Messages.result(request.msgId(), result);
      } catch (UnknownMethodException e) {
        failure = Failure.noSuchMethod(request.method());
        failures.report(
            Level.WARNING,
            failure.type(),
            topic + "." + request.method() + ": " + failure.message(),
            null);
      } catch (BadArgumentsException e) {
        failure = Failure.flagstaff("BadArguments", e.getMessage());
        failures.report(
            Level.WARNING,
            "BadArguments",
            topic + "." + request.method() + ": " + e.getMessage(),
            null);
      } catch (Exception e) {
        failures.report(
            Level.ERROR,
            request.method() + " " + e.getClass().getName(),
            topic + "." + request.method() + " failed (" + request.context().requestId() + ")",
            e);
        failure = Failure.of(e);
      }
    }
    return request.msgId() == null ? null : Messages.failure(request.msgId(), failure);
  }

  private void reply(String address, byte[] reply) {
    try {
      transport.reply(address, reply);
    } catch (RuntimeException e) {
      failures.report(
          Level.WARNING, "reply", topic + ": could not send a reply: " + e.getMessage(), null);
    }
  }
}
