package io.github.flagstaff.rabbit;

import com.rabbitmq.client.Channel;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Declares exchanges and queues exactly as oslo.messaging's rabbit driver (14.0) does, so Flagstaff
 * and OpenStack's Python services share every one of them without a {@code 406
 * PRECONDITION_FAILED}:
 *
 * <ul>
 *   <li>the topic exchange ({@code --control_exchange}) and its {@code topic} and {@code
 *       topic.host} queues: durable if {@code --amqp_durable_queues} or {@code
 *       --rabbit_quorum_queue}, auto-delete if {@code --amqp_auto_delete}, and {@code x-queue-type:
 *       quorum} with {@code --rabbit_quorum_queue};
 *   <li>the fan-out exchange {@code <topic>_fanout}: transient and auto-delete; its queues {@code
 *       <topic>_fanout_<hex>}: transient, not auto-delete, expiring after {@code
 *       --rabbit_transient_queues_ttl} unused;
 *   <li>reply queues {@code reply_<hex>} on the default exchange: transient, not auto-delete,
 *       expiring likewise.
 * </ul>
 *
 * @param durable {@code --amqp_durable_queues}
 * @param autoDelete {@code --amqp_auto_delete}
 * @param quorum {@code --rabbit_quorum_queue}
 * @param transientTtlSeconds {@code --rabbit_transient_queues_ttl}
 */
record Declarations(boolean durable, boolean autoDelete, boolean quorum, int transientTtlSeconds) {

  /** oslo's defaults. */
  static final Declarations OSLO_DEFAULTS = new Declarations(false, false, false, 1800);

  /** Declares the topic exchange {@code exchange}. */
  void topicExchange(Channel channel, String exchange) throws IOException {
    channel.exchangeDeclare(exchange, "topic", durable || quorum, autoDelete, null);
  }

  /** Declares the queue {@code queue} on the topic exchange, bound by its own name. */
  void topicQueue(Channel channel, String exchange, String queue) throws IOException {
    topicExchange(channel, exchange);
    Map<String, Object> arguments = null;
    if (quorum) {
      arguments = Map.of("x-queue-type", "quorum");
    }
    channel.queueDeclare(queue, durable || quorum, false, autoDelete, arguments);
    channel.queueBind(queue, exchange, queue);
  }

  /** Declares the fan-out exchange {@code exchange}. */
  void fanoutExchange(Channel channel, String exchange) throws IOException {
    channel.exchangeDeclare(exchange, "fanout", false, true, null);
  }

  /** Declares the fan-out queue {@code queue} of {@code topic}, bound to {@code exchange}. */
  void fanoutQueue(Channel channel, String exchange, String topic, String queue)
      throws IOException {
    fanoutExchange(channel, exchange);
    channel.queueDeclare(queue, false, false, false, expiring());
    channel.queueBind(queue, exchange, topic);
  }

  /** Declares the reply queue {@code queue}. */
  void replyQueue(Channel channel, String queue) throws IOException {
    channel.queueDeclare(queue, false, false, false, expiring());
  }

  private Map<String, Object> expiring() {
    Map<String, Object> arguments = new HashMap<>();
    arguments.put("x-expires", transientTtlSeconds * 1000);
    return arguments;
  }
}
