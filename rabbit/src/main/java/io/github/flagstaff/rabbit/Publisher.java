package io.github.flagstaff.rabbit;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ShutdownSignalException;
import io.github.flagstaff.runtime.rpc.TransportException;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Publishes one message at a time on a channel of its own, {@code mandatory} and with publisher
 * confirms, so the sender learns whether the broker took the message and whether any queue did. A
 * message over the size limit is refused before it reaches the broker. When the broker closes the
 * channel (its reason is logged), the next message opens another and declares the exchange again,
 * so one bad message never mutes the process.
 */
final class Publisher {
  private static final Logger LOG = System.getLogger(Publisher.class.getName());

  private final RabbitSettings settings;
  private final Supplier<Connection> connection;
  private Channel channel;
  private volatile String returned;

  Publisher(RabbitSettings settings, Supplier<Connection> connection) {
    this.settings = settings;
    this.connection = connection;
  }

  /**
   * Publishes {@code body} and waits for the broker to confirm it.
   *
   * @param fanout the fan-out exchange to declare first, or null
   * @param what what the message is for, in errors
   * @param unroutable what it means when no queue takes the message, in errors
   * @throws TransportException if it is too large, cannot be sent, or no queue takes it
   */
  synchronized void publish(
      String exchange,
      String routingKey,
      AMQP.BasicProperties properties,
      byte[] body,
      String fanout,
      String what,
      String unroutable) {
    if (body.length > settings.maxMessageSize()) {
      throw new TransportException(
          what
              + " is "
              + body.length
              + " bytes, over the limit of "
              + settings.maxMessageSize()
              + " (--rabbit_max_message_size); not sent",
          null);
    }
    Channel open = channel();
    returned = null;
    try {
      if (fanout != null) {
        settings.queues().fanoutExchange(open, fanout);
      }
      open.basicPublish(exchange, routingKey, true, properties, body);
      open.waitForConfirmsOrDie(settings.confirmTimeout().toMillis());
    } catch (TimeoutException e) {
      throw new TransportException(
          "the broker at "
              + settings.where()
              + " did not confirm "
              + what
              + " within "
              + settings.confirmTimeout(),
          e);
    } catch (IOException | ShutdownSignalException e) {
      throw new TransportException(
          "cannot send " + what + " through " + settings.where() + ": " + Reasons.of(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException("interrupted while sending " + what, e);
    }
    String reason = returned;
    if (reason != null) {
      throw new TransportException(
          unroutable + " at " + settings.where() + " (" + reason + "); not delivered", null);
    }
  }

  private Channel channel() {
    if (channel != null && channel.isOpen()) {
      return channel;
    }
    Connection current = connection.get();
    if (current == null || !current.isOpen()) {
      throw new TransportException(
          "not connected to the broker at " + settings.where() + "; reconnecting", null);
    }
    try {
      Channel fresh = current.createChannel();
      fresh.confirmSelect();
      settings.queues().topicExchange(fresh, settings.exchange());
      fresh.addReturnListener(back -> returned = back.getReplyText());
      fresh.addShutdownListener(this::closed);
      channel = fresh;
      return fresh;
    } catch (IOException | ShutdownSignalException e) {
      throw new TransportException(
          "cannot open a channel to " + settings.where() + ": " + Reasons.of(e), e);
    }
  }

  private void closed(ShutdownSignalException cause) {
    if (!cause.isHardError() && !cause.isInitiatedByApplication()) {
      LOG.log(
          Level.WARNING,
          "the broker at {0} closed the publishing channel ({1}); the next message opens another",
          settings.where(),
          Reasons.of(cause));
    }
  }
}
