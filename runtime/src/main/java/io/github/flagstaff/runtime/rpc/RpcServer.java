package io.github.flagstaff.runtime.rpc;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Consumes a service's messages (its topic, {@code topic.host}, and the topic's fan-out) and runs
 * each on a bounded pool of {@code --rpc_thread_pool_size} threads, so a slow method does not hold
 * up the others. A message is taken off the queue before its method runs: delivery is at most once,
 * as in Nova. A message that cannot be dispatched is answered with an error (call) or logged and
 * dropped (cast); nothing a message holds stops the consumer. Failures are logged through {@link
 * RepeatedFailures}, so a flood of failing messages logs a stack trace once and then counts.
 */
public final class RpcServer {
  private static final Logger LOG = System.getLogger(RpcServer.class.getName());

  private final Transport transport;
  private final String topic;
  private final String host;
  private final RpcDispatcher dispatcher;
  private final ThreadPoolExecutor executor;
  private final RepeatedFailures failures = new RepeatedFailures(LOG, System::nanoTime);
  private Transport.Subscription subscription;

  public RpcServer(
      Transport transport, String topic, String host, RpcDispatcher dispatcher, int threads) {
    this.transport = transport;
    this.topic = topic;
    this.host = host;
    this.dispatcher = dispatcher;
    AtomicInteger count = new AtomicInteger();
    this.executor =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            runnable -> {
              Thread thread = new Thread(runnable, topic + "-rpc-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Starts consuming. */
  public synchronized void start() {
    subscription = transport.listen(topic, host, this::receive);
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
    }
  }

  private void receive(byte[] message) {
    try {
      executor.execute(() -> handle(message));
    } catch (RejectedExecutionException e) {
      failures.report(
          Level.WARNING, "stopping", topic + " is stopping; dropping a message it received", null);
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
            Messages.failure(replyTo[0], "MalformedMessage", String.valueOf(e.getMessage())));
      }
      return;
    }
    byte[] reply;
    try {
      EncodedResult result =
          dispatcher.dispatch(request.method(), request.arguments(), request.context());
      reply = request.msgId() == null ? null : Messages.result(request.msgId(), result);
    } catch (UnknownMethodException | BadArgumentsException e) {
      String type = e instanceof UnknownMethodException ? "UnknownMethod" : "BadArguments";
      failures.report(
          Level.WARNING, type, topic + "." + request.method() + ": " + e.getMessage(), null);
      reply =
          request.msgId() == null ? null : Messages.failure(request.msgId(), type, e.getMessage());
    } catch (Exception e) {
      failures.report(
          Level.ERROR,
          request.method() + " " + e.getClass().getName(),
          topic + "." + request.method() + " failed (" + request.context().requestId() + ")",
          e);
      reply =
          request.msgId() == null
              ? null
              : Messages.failure(
                  request.msgId(), e.getClass().getName(), String.valueOf(e.getMessage()));
    }
    if (reply != null) {
      reply(request.replyTo(), reply);
    }
  }

  private void reply(String address, byte[] reply) {
    try {
      transport.reply(address, reply);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "{0}: could not send a reply: {1}", topic, e.getMessage());
    }
  }
}
