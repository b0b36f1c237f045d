package io.github.flagstaff.rabbit;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.AlreadyClosedException;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.ShutdownSignalException;
import io.github.flagstaff.runtime.rpc.Target;
import io.github.flagstaff.runtime.rpc.Transport;
import io.github.flagstaff.runtime.rpc.TransportException;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * RPC over RabbitMQ. Queues are declared again on every connection, so when the broker goes away
 * the transport logs it, keeps the service running, reconnects with back-off (from 0.5 s, doubling,
 * up to 10 s) and redeclares its queues and consumers. Sending while disconnected fails at once
 * with a {@link TransportException}; messages sent after the reconnection arrive.
 *
 * <p>Delivery is at most once, as in Nova: consumers acknowledge a message when it is delivered
 * ({@code autoAck}), before the method runs, so a message whose handler dies with its process is
 * not delivered again.
 */
final class RabbitTransport implements Transport {
  private static final Logger LOG = System.getLogger(RabbitTransport.class.getName());
  private static final Duration FIRST_RETRY = Duration.ofMillis(500);
  private static final Duration LAST_RETRY = Duration.ofSeconds(10);
  private static final AMQP.BasicProperties JSON =
      new AMQP.BasicProperties.Builder().contentType("application/json").deliveryMode(1).build();

  private final ConnectionFactory factory;
  private final String exchange;
  private final String where;
  private final List<Consumer> consumers = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService reconnector;
  private Connection connection;
  private Channel publisher;
  private Duration nextRetry = FIRST_RETRY;
  private boolean closed;

  /** A queue this transport consumes from, declared again on every connection. */
  private abstract static class Consumer {
    final Handler handler;
    Channel channel;

    Consumer(Handler handler) {
      this.handler = handler;
    }

    /** Declares the queues and starts consuming on {@code channel}. */
    abstract void declare(Channel channel, String exchange) throws IOException;

    void consume(Channel channel, String queue) throws IOException {
      channel.basicConsume(
          queue, true, (tag, delivery) -> handler.onMessage(delivery.getBody()), tag -> {});
    }
  }

  private RabbitTransport(ConnectionFactory factory, String exchange, String where) {
    this.factory = factory;
    this.exchange = exchange;
    this.where = where;
    this.reconnector =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "rabbit-reconnect");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** A transport that connects now, or keeps trying in the background. */
  static RabbitTransport open(ConnectionFactory factory, String exchange, String where) {
    RabbitTransport transport = new RabbitTransport(factory, exchange, where);
    transport.connect();
    return transport;
  }

  private synchronized void connect() {
    if (closed || connection != null) {
      return;
    }
    try {
      Connection fresh = factory.newConnection("flagstaff");
      Channel channel = fresh.createChannel();
      channel.exchangeDeclare(exchange, "topic");
      connection = fresh;
      publisher = channel;
      for (Consumer consumer : consumers) {
        declare(consumer);
      }
      fresh.addShutdownListener(this::lost);
      if (nextRetry != FIRST_RETRY) {
        LOG.log(Level.INFO, "reconnected to {0}; queues declared again", where);
      }
      nextRetry = FIRST_RETRY;
    } catch (IOException | TimeoutException | RuntimeException e) {
      if (nextRetry == FIRST_RETRY) {
        LOG.log(
            Level.WARNING, "cannot reach the broker at {0} ({1}); retrying", where, e.getMessage());
      }
      connection = null;
      reconnector.schedule(this::connect, nextRetry.toMillis(), TimeUnit.MILLISECONDS);
      nextRetry =
          nextRetry.multipliedBy(2).compareTo(LAST_RETRY) > 0
              ? LAST_RETRY
              : nextRetry.multipliedBy(2);
    }
  }

  private synchronized void lost(ShutdownSignalException cause) {
    if (closed || cause.isInitiatedByApplication()) {
      return;
    }
    LOG.log(Level.WARNING, "lost the broker at {0} ({1}); reconnecting", where, cause.getMessage());
    connection = null;
    publisher = null;
    nextRetry = FIRST_RETRY.multipliedBy(2);
    reconnector.schedule(this::connect, FIRST_RETRY.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void declare(Consumer consumer) throws IOException {
    Channel channel = connection.createChannel();
    consumer.declare(channel, exchange);
    consumer.channel = channel;
  }

  @Override
  public void send(Target target, byte[] message) {
    if (target.fanout()) {
      publish(target.address(), "", message, target.toString());
    } else {
      publish(exchange, target.address(), message, target.toString());
    }
  }

  @Override
  public void reply(String address, byte[] message) {
    publish("", address, message, address);
  }

  private synchronized void publish(
      String toExchange, String routingKey, byte[] message, String what) {
    if (publisher == null) {
      throw new TransportException(
          "not connected to the broker at " + where + "; reconnecting", null);
    }
    try {
      publisher.basicPublish(toExchange, routingKey, JSON, message);
    } catch (IOException | AlreadyClosedException e) {
      throw new TransportException(
          "cannot send to " + what + " through " + where + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Subscription listen(String topic, String host, Handler handler) {
    return add(
        new Consumer(handler) {
          @Override
          void declare(Channel channel, String exchange) throws IOException {
            String shared = Target.topic(topic).address();
            String own = Target.host(topic, host).address();
            String fanout = Target.fanout(topic).address();
            for (String queue : List.of(shared, own)) {
              channel.queueDeclare(queue, false, false, false, null);
              channel.queueBind(queue, exchange, queue);
              consume(channel, queue);
            }
            channel.exchangeDeclare(fanout, "fanout");
            String mine =
                channel
                    .queueDeclare(fanout + "_" + UUID.randomUUID(), false, true, true, null)
                    .getQueue();
            channel.queueBind(mine, fanout, "");
            consume(channel, mine);
          }
        });
  }

  @Override
  public String replyQueue(Handler handler) {
    String address = "reply_" + UUID.randomUUID();
    add(
        new Consumer(handler) {
          @Override
          void declare(Channel channel, String exchange) throws IOException {
            channel.queueDeclare(address, false, true, true, null);
            consume(channel, address);
          }
        });
    return address;
  }

  private synchronized Subscription add(Consumer consumer) {
    consumers.add(consumer);
    if (connection != null) {
      try {
        declare(consumer);
      } catch (IOException | RuntimeException e) {
        LOG.log(
            Level.WARNING,
            "cannot declare queues at {0} now ({1}); will on reconnecting",
            where,
            e.getMessage());
      }
    }
    return () -> remove(consumer);
  }

  private synchronized void remove(Consumer consumer) {
    consumers.remove(consumer);
    closeQuietly(consumer.channel);
  }

  @Override
  public synchronized void close() {
    closed = true;
    reconnector.shutdownNow();
    if (connection != null) {
      try {
        connection.close();
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.DEBUG, "closing the connection to {0}: {1}", where, e.getMessage());
      }
      connection = null;
      publisher = null;
    }
  }

  private static void closeQuietly(Channel channel) {
    if (channel != null && channel.isOpen()) {
      try {
        channel.close();
      } catch (IOException | TimeoutException | RuntimeException e) {
        LOG.log(Level.DEBUG, "closing a channel: {0}", e.getMessage());
      }
    }
  }
}
