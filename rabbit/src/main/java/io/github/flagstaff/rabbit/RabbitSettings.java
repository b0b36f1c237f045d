package io.github.flagstaff.rabbit;

import java.time.Duration;

/**
 * How a transport uses its broker, from {@code --transport_url}, {@code RpcFlags} and {@link
 * RabbitFlags}.
 *
 * @param where the broker's URL without credentials, for messages
 * @param exchange the topic exchange, {@code --control_exchange}
 * @param prefetch how many unacknowledged messages a consumer's channel may hold
 * @param maxMessageSize the largest message sent, in bytes
 * @param confirmTimeout how long a send waits for the broker to confirm it
 * @param queues how exchanges and queues are declared
 */
record RabbitSettings(
    String where,
    String exchange,
    int prefetch,
    int maxMessageSize,
    Duration confirmTimeout,
    Declarations queues) {}
