package io.github.flagstaff.rabbit;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Method;
import com.rabbitmq.client.ShutdownSignalException;

/** The broker's own words for why it closed a channel or connection. */
final class Reasons {
  private Reasons() {}

  /**
   * The reply text of the broker's {@code channel.close} or {@code connection.close}, such as
   * {@code NOT_FOUND - no exchange 'x' in vhost 'y'}; else what the client library says.
   */
  static String of(ShutdownSignalException e) {
    Method method = e.getReason();
    if (method instanceof AMQP.Channel.Close close) {
      return close.getReplyText();
    }
    if (method instanceof AMQP.Connection.Close close) {
      return close.getReplyText();
    }
    Throwable cause = e.getCause();
    if (cause != null && cause.getMessage() != null) {
      return cause.getMessage();
    }
    return e.getMessage();
  }

  /** {@link #of(ShutdownSignalException)} for any failure of an AMQP operation. */
  static String of(Throwable e) {
    if (e instanceof ShutdownSignalException signal) {
      return of(signal);
    }
    if (e.getCause() instanceof ShutdownSignalException signal) {
      return of(signal);
    }
    return String.valueOf(e.getMessage());
  }
}
