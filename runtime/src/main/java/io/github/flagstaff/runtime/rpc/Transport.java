package io.github.flagstaff.runtime.rpc;

/**
 * Carries RPC messages between services. {@code memory://} is built in; others come from modules on
 * the class path through {@link TransportFactory}.
 */
public interface Transport extends AutoCloseable {

  /** Receives messages; called on a transport thread, so it should hand work off quickly. */
  @FunctionalInterface
  interface Handler {
    void onMessage(byte[] message);
  }

  /** Stops a {@link #listen}. */
  interface Subscription {
    void cancel();
  }

  /**
   * Sends {@code message} to {@code target}.
   *
   * @throws TransportException when it cannot be sent now
   */
  void send(Target target, byte[] message);

  /**
   * Delivers to {@code handler} what is sent to {@code topic}, to {@code topic.host}, and to the
   * topic's fan-out.
   */
  Subscription listen(String topic, String host, Handler handler);

  /**
   * Creates a queue for replies to this process, delivered to {@code handler}; returns its address.
   */
  String replyQueue(Handler handler);

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
