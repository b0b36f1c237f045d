package io.github.flagstaff.runtime.rpc;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code memory://} transport: every service in this JVM on one bus (one per URL authority, so
 * {@code memory://test-1} is apart from {@code memory://}). Queues behave as RabbitMQ's in Nova: a
 * topic queue gives each message to one of its consumers in turn and keeps messages until one
 * listens; a host queue is the same for one host; a fan-out reaches every listener of the topic.
 */
final class MemoryTransport implements Transport {
  private static final Map<String, Bus> BUSES = new ConcurrentHashMap<>();

  private final Bus bus;

  private MemoryTransport(Bus bus) {
    this.bus = bus;
  }

  /** A transport on the bus called {@code name} (the part of the URL after {@code memory://}). */
  static MemoryTransport open(String name) {
    Bus bus = BUSES.get(name);
    if (bus == null) {
      Bus fresh = new Bus();
      bus = BUSES.putIfAbsent(name, fresh);
      bus = bus != null ? bus : fresh;
    }
    return new MemoryTransport(bus);
  }

  @Override
  public void send(Target target, byte[] message, Duration expiration) {
    bus.send(target, message);
  }

  @Override
  public Subscription listen(String topic, String host, Receiver receiver) {
    return bus.listen(topic, host, message -> receiver.onDelivery(new Taken(message)));
  }

  @Override
  public String replyQueue(ReplyHandler handler) {
    return bus.replyQueue(handler::onReply);
  }

  @Override
  public void reply(String address, byte[] message) {
    bus.reply(address, message);
  }

  @Override
  public void close() {}

  /** Receives the messages of one queue. */
  @FunctionalInterface
  private interface Handler {
    void onMessage(byte[] message);
  }

  /** A message in memory, which is never delivered twice, so is always there to take. */
  private record Taken(byte[] body) implements Delivery {
    @Override
    public boolean redelivered() {
      return false;
    }

    @Override
    public boolean take() {
      return true;
    }
  }

  /** One in-memory broker. */
  private static final class Bus {
    private final Map<String, Queue> queues = new HashMap<>();
    private final Map<String, List<Handler>> fanouts = new HashMap<>();
    private final Map<String, Handler> replies = new ConcurrentHashMap<>();

    void send(Target target, byte[] message) {
      List<Handler> receivers;
      synchronized (this) {
        if (target.fanout()) {
          receivers = new ArrayList<>(fanouts.getOrDefault(target.topic(), List.of()));
        } else {
          Handler next = queue(target.address()).next(message);
          receivers = next == null ? List.of() : List.of(next);
        }
      }
      receivers.forEach(handler -> handler.onMessage(message));
    }

    Subscription listen(String topic, String host, Handler handler) {
      List<byte[]> backlog = new ArrayList<>();
      synchronized (this) {
        Queue shared = queue(topic);
        Queue own = queue(Target.host(topic, host).address());
        shared.consumers.add(handler);
        own.consumers.add(handler);
        fanouts.computeIfAbsent(topic, t -> new ArrayList<>()).add(handler);
        backlog.addAll(shared.backlog);
        backlog.addAll(own.backlog);
        shared.backlog.clear();
        own.backlog.clear();
      }
      backlog.forEach(handler::onMessage);
      return () -> {
        synchronized (this) {
          queue(topic).consumers.remove(handler);
          queue(Target.host(topic, host).address()).consumers.remove(handler);
          fanouts.get(topic).remove(handler);
        }
      };
    }

    String replyQueue(Handler handler) {
      String address = "reply_" + UUID.randomUUID();
      replies.put(address, handler);
      return address;
    }

    void reply(String address, byte[] message) {
      Handler handler = replies.get(address);
      if (handler != null) {
        handler.onMessage(message);
      }
    }

    private Queue queue(String address) {
      return queues.computeIfAbsent(address, a -> new Queue());
    }
  }

  /** A queue: consumers taking turns, and the messages that came while it had none. */
  private static final class Queue {
    final List<Handler> consumers = new ArrayList<>();
    final Deque<byte[]> backlog = new ArrayDeque<>();
    int turn;

    Handler next(byte[] message) {
      if (consumers.isEmpty()) {
        backlog.add(message);
        return null;
      }
      return consumers.get(turn++ % consumers.size());
    }
  }
}
