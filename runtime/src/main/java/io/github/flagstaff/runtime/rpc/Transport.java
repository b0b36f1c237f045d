package io.github.flagstaff.runtime.rpc;

import java.time.Duration;

/**
 * Carries RPC messages between services. {@code memory://} is built in; others come from modules on
 * the class path through {@link TransportFactory}.
 */
public interface Transport extends AutoCloseable {

  /** Receives replies; called on a transport thread, so it should return quickly. */
  interface ReplyHandler {
    /** A reply arrived. */
    void onReply(byte[] message);

    /**
     * Replies on their way may have been lost (the connection or the reply queue went away), so
     * whoever waits for one should stop waiting; {@code reason} says why.
     */
    void onLost(String reason);
  }

  /** Receives requests; called on a transport thread, so it should hand work off quickly. */
  @FunctionalInterface
  interface Receiver {
    void onDelivery(Delivery delivery);
  }

  /** A request taken from a queue, to be acknowledged when a handler takes it. */
  interface Delivery {
    /** The message. */
    byte[] body();

    /**
     * Whether the broker delivered this message before, to a receiver that lost it: it may have run
     * there, so to keep delivery at most once it must not run again.
     */
    boolean redelivered();

    /**
     * Acknowledges the message as a handler takes it; false if that is no longer possible (its
     * channel went away, and the broker will deliver it again), in which case it must not run.
     */
    boolean take();
  }

  /** Stops a {@link #listen}. */
  interface Subscription {
    void cancel();

    /**
     * Runs {@code action} once the queues are declared and consumed (at once if they are); a
     * transport that declares them in the background retries until it can.
     */
    default void whenConsuming(Runnable action) {
      action.run();
    }
  }

  /**
   * Sends {@code message} to {@code target}; the broker drops it unread once it has waited longer
   * than {@code expiration} (null: never).
   *
   * @throws TransportException when it cannot be sent now, or nothing would receive it
   */
  void send(Target target, byte[] message, Duration expiration);

  /**
   * Delivers to {@code receiver} what is sent to {@code topic}, to {@code topic.host}, and to the
   * topic's fan-out.
   */
  Subscription listen(String topic, String host, Receiver receiver);

  /**
   * Creates a queue for replies to this process, delivered to {@code handler}; returns its address.
   */
  String replyQueue(ReplyHandler handler);

  /**
   * Sends a reply to the reply queue {@code address}.
   *
   * @throws TransportException when it cannot be sent now
   */
  void reply(String address, byte[] message);

  /** Releases the transport's connections. */
  @Override
  void close();
}
