package io.github.flagstaff.rabbit;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.ShutdownSignalException;
import io.github.flagstaff.runtime.rpc.Target;
import io.github.flagstaff.runtime.rpc.Transport;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * RPC over RabbitMQ, built so that no single error deafens or mutes a service:
 *
 * <ul>
 *   <li>When the connection drops, the transport logs the broker's reason, fails the calls waiting
 *       for replies at once, reconnects with back-off (from 0.5 s, doubling, up to 10 s) and
 *       declares its queues and consumers again. Sending while disconnected fails at once with a
 *       {@link io.github.flagstaff.runtime.rpc.TransportException}.
 *   <li>When the broker closes one channel, or cancels a consumer because its queue was deleted,
 *       the transport logs the broker's reason and opens the channel, declares the queue and
 *       consumes again (retrying with the same back-off while that fails).
 *   <li>Messages are published {@code mandatory} with publisher confirms (see {@link Publisher}):
 *       one the broker refuses or no queue takes is an error to the sender, and one over {@code
 *       --rabbit_max_message_size} is refused before it is sent. A call's request carries an AMQP
 *       {@code expiration} equal to its timeout.
 *   <li>Each consumer's channel holds at most {@code --rabbit_qos_prefetch_count} unacknowledged
 *       messages; a message is acknowledged when a handler takes it ({@link Delivery#take}), so the
 *       rest of a backlog stays on the broker.
 * </ul>
 */
final class RabbitTransport implements Transport {
  private static final Logger LOG = System.getLogger(RabbitTransport.class.getName());
  private static final Duration FIRST_RETRY = Duration.ofMillis(500);
  private static final Duration LAST_RETRY = Duration.ofSeconds(10);
  private static final int CLOSE_TIMEOUT_MILLIS = 5_000;
  private static final AMQP.BasicProperties JSON =
      new AMQP.BasicProperties.Builder().contentType("application/json").deliveryMode(1).build();

  private final ConnectionFactory factory;
  private final RabbitSettings settings;
  private final Publisher publisher;
  private final List<Consumer> consumers = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService repairs;
  private volatile Connection connection;
  private volatile boolean closed;
  private Duration nextRetry = FIRST_RETRY;

  /** How one queue is declared (and bound) on a channel; returns the name to consume from. */
  @FunctionalInterface
  private interface Declaration {
    String declare(Channel channel) throws IOException;
  }

  /** A channel with the queues of one listen or reply queue, declared again whenever lost. */
  private abstract class Consumer {
    final String name;
    final List<Declaration> declarations;
    final List<String> tags = new ArrayList<>();
    final CompletableFuture<Void> consuming = new CompletableFuture<>();
    volatile Channel channel;
    Duration nextRepair = FIRST_RETRY;
    boolean failing;

    Consumer(String name, List<Declaration> declarations) {
      this.name = name;
      this.declarations = declarations;
    }

    /** Handles one message that arrived on {@code from}. */
    abstract void deliver(Channel from, Envelope envelope, byte[] body);

    /** Messages on their way to this consumer may have been lost, for {@code reason}. */
    void lost(String reason) {}

    /** Opens a channel and consumes every queue on it. */
    void open(Connection on) throws IOException {
      Channel fresh = on.createChannel();
      try {
        fresh.basicQos(settings.prefetch(), true);
        tags.clear();
        for (Declaration declaration : declarations) {
          consume(fresh, declaration);
        }
      } catch (IOException | RuntimeException e) {
        closeQuietly(fresh);
        throw e;
      }
      channel = fresh;
      fresh.addShutdownListener(cause -> channelClosed(this, fresh, cause));
      consuming.complete(null);
    }

    /** Declares one queue on {@code on} and consumes from it. */
    void consume(Channel on, Declaration declaration) throws IOException {
      String queue = declaration.declare(on);
      tags.add(
          on.basicConsume(
              queue,
              false,
              new DefaultConsumer(on) {
                @Override
                public void handleDelivery(
                    String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
                  deliver(on, envelope, body);
                }

                @Override
                public void handleCancel(String tag) {
                  cancelled(Consumer.this, on, declaration, queue);
                }
              }));
    }
  }

  /** A message from a listen queue, acknowledged on the channel it came on. */
  private record RabbitDelivery(Channel channel, long tag, boolean redelivered, byte[] body)
      implements Delivery {
    @Override
    public boolean take() {
      if (!channel.isOpen()) {
        return false;
      }
      try {
        channel.basicAck(tag, false);
        return true;
      } catch (IOException | ShutdownSignalException e) {
        return false;
      }
    }
  }

  private RabbitTransport(ConnectionFactory factory, RabbitSettings settings) {
    this.factory = factory;
    this.settings = settings;
    this.publisher = new Publisher(settings, () -> connection);
    this.repairs =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "rabbit-repair");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** A transport that connects now, or keeps trying in the background. */
  static RabbitTransport open(ConnectionFactory factory, RabbitSettings settings) {
    RabbitTransport transport = new RabbitTransport(factory, settings);
    transport.connect();
    return transport;
  }

  private synchronized void connect() {
    if (closed || connection != null) {
      return;
    }
    Connection fresh;
    try {
      fresh = factory.newConnection("flagstaff");
    } catch (IOException | TimeoutException | RuntimeException e) {
      if (nextRetry == FIRST_RETRY) {
        LOG.log(
            Level.WARNING,
            "cannot reach the broker at {0} ({1}); retrying",
            settings.where(),
            Reasons.of(e));
      }
      schedule(this::connect, nextRetry);
      nextRetry = later(nextRetry);
      return;
    }
    connection = fresh;
    fresh.addShutdownListener(cause -> lost(fresh, cause));
    fresh.addBlockedListener(
        reason ->
            LOG.log(
                Level.WARNING,
                "the broker at {0} blocks publishing ({1}); sends wait",
                settings.where(),
                reason),
        () -> LOG.log(Level.INFO, "the broker at {0} accepts messages again", settings.where()));
    for (Consumer consumer : consumers) {
      open(consumer);
    }
    if (nextRetry != FIRST_RETRY) {
      LOG.log(Level.INFO, "reconnected to {0}; queues declared again", settings.where());
    }
    nextRetry = FIRST_RETRY;
  }

  /** The connection dropped: tell those waiting for replies, and reconnect. */
  private void lost(Connection which, ShutdownSignalException cause) {
    if (closed || cause.isInitiatedByApplication()) {
      return;
    }
    String reason = "lost the broker at " + settings.where() + " (" + Reasons.of(cause) + ")";
    LOG.log(Level.WARNING, "{0}; reconnecting", reason);
    for (Consumer consumer : consumers) {
      consumer.lost(reason);
    }
    execute(
        () -> {
          synchronized (this) {
            if (connection == which) {
              connection = null;
              nextRetry = later(FIRST_RETRY);
              schedule(this::connect, FIRST_RETRY);
            }
          }
        });
  }

  /** The broker closed one consumer's channel: log its reason and open it again. */
  private void channelClosed(Consumer consumer, Channel which, ShutdownSignalException cause) {
    if (closed || cause.isHardError() || cause.isInitiatedByApplication()) {
      return;
    }
    String reason = Reasons.of(cause);
    LOG.log(
        Level.WARNING,
        "the broker at {0} closed the channel of {1} ({2}); opening it again",
        settings.where(),
        consumer.name,
        reason);
    consumer.lost(
        "the broker at " + settings.where() + " closed the reply channel (" + reason + ")");
    execute(
        () -> {
          synchronized (this) {
            if (consumer.channel == which) {
              open(consumer);
            }
          }
        });
  }

  /** The broker cancelled one consumer (its queue was deleted): declare it and consume again. */
  private void cancelled(Consumer consumer, Channel on, Declaration declaration, String queue) {
    if (closed) {
      return;
    }
    LOG.log(
        Level.WARNING,
        "the broker at {0} cancelled the consumer of queue {1} (was it deleted?); declaring it"
            + " again",
        settings.where(),
        queue);
    consumer.lost(
        "the reply queue " + queue + " at " + settings.where() + " went away (was it deleted?)");
    execute(
        () -> {
          synchronized (this) {
            if (!consumers.contains(consumer) || consumer.channel != on || !on.isOpen()) {
              return;
            }
            try {
              consumer.consume(on, declaration);
              LOG.log(Level.INFO, "{0}: queue {1} declared again", consumer.name, queue);
            } catch (IOException | ShutdownSignalException e) {
              // A declaration that fails closes the channel; channelClosed takes over.
              LOG.log(Level.DEBUG, "declaring {0} again: {1}", queue, Reasons.of(e));
            }
          }
        });
  }

  /** Opens {@code consumer} on the current connection, or tries again later. Holds the lock. */
  private void open(Consumer consumer) {
    Connection current = connection;
    if (closed || current == null || !consumers.contains(consumer)) {
      return;
    }
    closeQuietly(consumer.channel);
    try {
      consumer.open(current);
      if (consumer.failing) {
        LOG.log(Level.INFO, "{0}: queues declared again at {1}", consumer.name, settings.where());
      }
      consumer.failing = false;
      consumer.nextRepair = FIRST_RETRY;
    } catch (IOException | ShutdownSignalException e) {
      if (!current.isOpen()) {
        return;
      }
      if (!consumer.failing) {
        LOG.log(
            Level.WARNING,
            "cannot declare the queues of {0} at {1} ({2}); retrying",
            consumer.name,
            settings.where(),
            Reasons.of(e));
      }
      consumer.failing = true;
      schedule(
          () -> {
            synchronized (this) {
              if (connection == current) {
                open(consumer);
              }
            }
          },
          consumer.nextRepair);
      consumer.nextRepair = later(consumer.nextRepair);
    }
  }

  @Override
  public void send(Target target, byte[] message, Duration expiration) {
    AMQP.BasicProperties properties =
        expiration == null
            ? JSON
            : JSON.builder().expiration(Long.toString(Math.max(1, expiration.toMillis()))).build();
    String what = "the message to " + target;
    if (target.fanout()) {
      publisher.publish(
          target.address(),
          "",
          properties,
          message,
          target.address(),
          what,
          "no " + target.topic() + " service listens to the fan-out " + target);
    } else {
      publisher.publish(
          settings.exchange(),
          target.address(),
          properties,
          message,
          null,
          what,
          "no queue takes messages for "
              + target
              + " (no "
              + target.topic()
              + " service"
              + (target.host() == null ? "" : " on host " + target.host())
              + " has declared it)");
    }
  }

  @Override
  public void reply(String address, byte[] message) {
    publisher.publish(
        "",
        address,
        JSON,
        message,
        null,
        "the reply to " + address,
        "the reply queue " + address + " is gone (its caller stopped or lost the broker)");
  }

  @Override
  public Subscription listen(String topic, String host, Receiver receiver) {
    String shared = Target.topic(topic).address();
    String own = Target.host(topic, host).address();
    String fanout = Target.fanout(topic).address();
    // One name for the consumer's life, as oslo's: a re-declared queue after a reconnect is the
    // same queue, not one more left bound to the exchange until it expires.
    String mine = fanout + "_" + hex();
    Consumer consumer =
        new Consumer(
            topic + " on " + host,
            List.of(
                channel -> bound(channel, shared),
                channel -> bound(channel, own),
                channel -> {
                  settings.queues().fanoutQueue(channel, fanout, topic, mine);
                  return mine;
                })) {
          @Override
          void deliver(Channel from, Envelope envelope, byte[] body) {
            receiver.onDelivery(
                new RabbitDelivery(from, envelope.getDeliveryTag(), envelope.isRedeliver(), body));
          }
        };
    add(consumer);
    return new Subscription() {
      @Override
      public void cancel() {
        remove(consumer);
      }

      @Override
      public void whenConsuming(Runnable action) {
        consumer.consuming.thenRun(action);
      }
    };
  }

  private String bound(Channel channel, String queue) throws IOException {
    settings.queues().topicQueue(channel, settings.exchange(), queue);
    return queue;
  }

  /** A fresh name part, as oslo makes them: a random UUID in 32 hex digits. */
  private static String hex() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  @Override
  public String replyQueue(ReplyHandler handler) {
    String address = "reply_" + hex();
    add(
        new Consumer(
            "the reply queue " + address,
            List.of(
                channel -> {
                  settings.queues().replyQueue(channel, address);
                  return address;
                })) {
          @Override
          void deliver(Channel from, Envelope envelope, byte[] body) {
            handler.onReply(body);
            try {
              from.basicAck(envelope.getDeliveryTag(), false);
            } catch (IOException | ShutdownSignalException e) {
              LOG.log(Level.DEBUG, "acknowledging a reply: {0}", Reasons.of(e));
            }
          }

          @Override
          void lost(String reason) {
            handler.onLost(reason + "; a reply on its way can no longer arrive");
          }
        });
    return address;
  }

  private synchronized void add(Consumer consumer) {
    consumers.add(consumer);
    open(consumer);
  }

  /**
   * Stops {@code consumer} receiving; its channel stays open until the transport closes, so the
   * messages it already received can still be acknowledged as their handlers take them.
   */
  private synchronized void remove(Consumer consumer) {
    consumers.remove(consumer);
    Channel channel = consumer.channel;
    if (channel != null && channel.isOpen()) {
      for (String tag : consumer.tags) {
        try {
          channel.basicCancel(tag);
        } catch (IOException | ShutdownSignalException e) {
          LOG.log(Level.DEBUG, "cancelling a consumer: {0}", Reasons.of(e));
        }
      }
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    repairs.shutdownNow();
    Connection current = connection;
    connection = null;
    if (current != null && current.isOpen()) {
      try {
        current.close(CLOSE_TIMEOUT_MILLIS);
      } catch (IOException | ShutdownSignalException e) {
        LOG.log(Level.DEBUG, "closing the connection to {0}: {1}", settings.where(), Reasons.of(e));
      }
    }
  }

  private void execute(Runnable task) {
    schedule(task, Duration.ZERO);
  }

  private void schedule(Runnable task, Duration delay) {
    try {
      repairs.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      LOG.log(Level.DEBUG, "the transport to {0} is closed", settings.where());
    }
  }

  private static Duration later(Duration retry) {
    Duration doubled = retry.multipliedBy(2);
    return doubled.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : doubled;
  }

  private static void closeQuietly(Channel channel) {
    if (channel != null && channel.isOpen()) {
      try {
        channel.close();
      } catch (IOException | TimeoutException | ShutdownSignalException e) {
        LOG.log(Level.DEBUG, "closing a channel: {0}", Reasons.of(e));
      }
    }
  }
}
